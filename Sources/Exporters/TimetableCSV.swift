import Domain
import Foundation

/// `timetable.csv`: one row per group per occupied period, columns fixed by the contract, plus
/// `occurrence` at the end so that reading the file back gives the same timetable.
public enum TimetableCSV {
    /// The contract's columns, in its order; `occurrence` is an extension after them.
    public static let columns = [
        "date", "weekday", "period", "start", "end", "group_id", "group_name", "course_id", "course_title",
        "form", "segment", "teacher_id", "teacher_name", "venue_id", "venue_name", "venue_kind", "session_id",
        "occurrence"
    ]
    static let requiredColumns = Array(columns.prefix(17))

    /// Header and rows, sorted by date, period, group id (then session id, should two ever share a slot).
    public static func rows(scenario: TrainingScenario, timetable: Timetable) -> [[String]] {
        let look = Lookup(scenario, timetable)
        var keyed: [(key: (Day, Int, String, String), cells: [String])] = []
        for s in look.sessions {
            let course = look.courses[s.course]
            let venue = look.venues[s.venue]
            for g in s.groups {
                for p in s.periodRange {
                    let period = look.period(p)
                    let cells = [
                        s.day.iso, s.day.weekday.rawValue, look.periodID(p),
                        period?.start.description ?? "", period?.end.description ?? "",
                        g.rawValue, look.groupName(g), s.course.rawValue, look.courseTitle(s.course),
                        course?.form.rawValue ?? "", s.segment?.rawValue ?? "",
                        s.teacher?.rawValue ?? "", look.teacherName(s.teacher),
                        s.venue.rawValue, look.venueName(s.venue), venue?.kind.rawValue ?? "", s.id,
                        String(s.occurrence)
                    ]
                    keyed.append(((s.day, p, g.rawValue, s.id), cells))
                }
            }
        }
        // A shadowing placement: every period of its days, no teacher and no venue (the hosts are in placements.csv).
        for b in timetable.placements {
            let id = placementSessionID(b)
            for day in b.days {
                for p in 0..<scenario.calendar.periods.count {
                    let period = look.period(p)
                    let cells = [
                        day.iso, day.weekday.rawValue, look.periodID(p), period?.start.description ?? "", period?.end.description ?? "",
                        b.group.rawValue, look.groupName(b.group), b.course.rawValue, look.courseTitle(b.course),
                        CourseForm.placement.rawValue, "", "", "", "", "", "", id, "1"
                    ]
                    keyed.append(((day, p, b.group.rawValue, id), cells))
                }
            }
        }
        keyed.sort { $0.key < $1.key }
        return [columns] + keyed.map(\.cells)
    }

    public static func write(scenario: TrainingScenario, timetable: Timetable) -> Data {
        CSV.document(rows(scenario: scenario, timetable: timetable))
    }

    /// The session id of a block's rows: one block per group and placement course.
    static func placementSessionID(_ b: PlacementBlock) -> String { "\(b.course)-\(b.group)" }

    /// Everything wrong with a timetable file, each problem on its line.
    public struct ReadError: Error, Equatable, CustomStringConvertible {
        public struct Problem: Equatable, Sendable {
            public var line: Int
            public var message: String
        }
        public var problems: [Problem]
        public var description: String { diagnostics(path: "timetable.csv") }
        /// One `PATH:LINE: error: MESSAGE` line per problem.
        public func diagnostics(path: String) -> String {
            problems.map { "\(path):\($0.line): error: \($0.message)" }.joined(separator: "\n")
        }
    }

    private struct Row {
        var line: Int
        var day: Day
        var period: Int
        var group: Group.ID
        var course: Course.ID
        var segment: SegmentKind?
        var teacher: Teacher.ID?
        var venue: Venue.ID
        var session: String
        var occurrence: Int?
    }

    /// Reads `timetable.csv` back into sessions: rows sharing a `session_id` become one session
    /// whose groups all hold the same consecutive periods of one day. Ids are checked against the
    /// scenario; names, times and kinds are taken from the scenario, not from the file. Without an
    /// `occurrence` column, occurrences are numbered by date for each group and course.
    ///
    /// `strict` (for `paike check`) also holds every descriptive column to the ids: names, titles,
    /// form, kind, times. `--keep` reads without it, since a variant may rename what it kept.
    public static func read(data: Data, scenario: TrainingScenario, strict: Bool = false) throws(ReadError) -> Timetable {
        let records: [CSV.Record]
        do { records = try CSV.parse(data) } catch { throw ReadError(problems: [.init(line: error.line, message: error.message)]) }
        guard let header = records.first else { throw ReadError(problems: [.init(line: 1, message: "file is empty")]) }
        var problems: [ReadError.Problem] = []
        func problem(_ line: Int, _ message: String) { problems.append(.init(line: line, message: message)) }

        var index: [String: Int] = [:]
        for (i, name) in header.cells.enumerated() where index[name] == nil { index[name] = i }
        let missing = requiredColumns.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw ReadError(problems: [.init(line: header.line, message: "missing columns " + missing.map { "'\($0)'" }.joined(separator: ", "))])
        }

        let cal = scenario.calendar
        let look = Lookup(scenario, Timetable(sessions: []))
        let groupIDs = Set(scenario.groups.map(\.id)), courseIDs = Set(scenario.courses.map(\.id))
        let teacherIDs = Set(scenario.teachers.map(\.id)), venueIDs = Set(scenario.venues.map(\.id))
        var rows: [Row] = []
        var placementRows: [(line: Int, day: Day, period: Int, group: Group.ID, course: Course.ID)] = []
        for record in records.dropFirst() {
            if record.cells == [""] { continue }
            guard record.cells.count == header.cells.count else {
                problem(record.line, "expected \(header.cells.count) cells, found \(record.cells.count)"); continue
            }
            func cell(_ name: String) -> String { index[name].map { CSV.unguarded(record.cells[$0]) } ?? "" }
            let before = problems.count
            let day = Day(iso: cell("date"))
            if day == nil { problem(record.line, "date '\(Printable.clip(cell("date")))' is not YYYY-MM-DD") }
            if let day, cell("weekday") != day.weekday.rawValue {
                problem(record.line, "weekday '\(Printable.clip(cell("weekday")))' does not match \(day.iso), which is '\(day.weekday.rawValue)'")
            }
            let period = cal.periodIndex(Period.ID(cell("period")))
            if period == nil { problem(record.line, "unknown period '\(Printable.clip(cell("period")))'") }
            let group = Group.ID(cell("group_id"))
            if !groupIDs.contains(group) { problem(record.line, "unknown group '\(Printable.clip("\(group)"))'") }
            let course = Course.ID(cell("course_id"))
            if !courseIDs.contains(course) { problem(record.line, "unknown course '\(Printable.clip("\(course)"))'") }
            let segmentText = cell("segment")
            let segment = SegmentKind(rawValue: segmentText)
            if !segmentText.isEmpty && segment == nil { problem(record.line, "unknown segment '\(Printable.clip("\(segmentText)"))'") }
            let teacherText = cell("teacher_id")
            let teacher = teacherText.isEmpty ? nil : Teacher.ID(teacherText)
            if let teacher, !teacherIDs.contains(teacher) { problem(record.line, "unknown teacher '\(Printable.clip("\(teacher)"))'") }
            let venue = Venue.ID(cell("venue_id"))
            let placement = look.courses[course]?.form == .placement
            if placement {
                if teacher != nil || !venue.rawValue.isEmpty || !segmentText.isEmpty {
                    problem(
                        record.line, "shadowing placement '\(Printable.clip("\(course)"))' has no teacher, venue or segment; the hosts are in placements.csv")
                }
            } else if !venueIDs.contains(venue) {
                problem(record.line, "unknown venue '\(Printable.clip("\(venue)"))'")
            }
            let session = cell("session_id")
            if session.isEmpty { problem(record.line, "session_id is empty") }
            var occurrence: Int?
            if index["occurrence"] != nil {
                occurrence = Int(cell("occurrence"))
                if (occurrence ?? 0) < 1 { problem(record.line, "occurrence '\(Printable.clip(cell("occurrence")))' is not a positive whole number") }
            }
            guard problems.count == before, let day, let period else { continue }
            if placement {
                if strict, cell("form") != CourseForm.placement.rawValue {
                    problem(record.line, "form '\(Printable.clip(cell("form")))' does not match the scenario, which gives 'placement'")
                }
                placementRows.append((record.line, day, period, group, course))
                continue
            }
            // After the guard: a wrong name is reported, but the row's ids still make the session.
            if strict {
                for (column, expected) in described(
                    period: period, group: group, course: course,
                    teacher: teacher, venue: venue, look)
                where cell(column) != expected {
                    problem(record.line, "\(column) '\(Printable.clip(cell(column)))' does not match the scenario, which gives '\(Printable.clip(expected))'")
                }
            }
            rows.append(
                Row(
                    line: record.line, day: day, period: period, group: group, course: course, segment: segment,
                    teacher: teacher, venue: venue, session: session, occurrence: occurrence))
        }

        var order: [String] = []
        var bySession: [String: [Row]] = [:]
        for r in rows {
            if bySession[r.session] == nil { order.append(r.session) }
            bySession[r.session, default: []].append(r)
        }
        var sessions: [ScheduledSession] = []
        for id in order {
            let rs = bySession[id]!
            let first = rs[0]
            var consistent = true
            for r in rs.dropFirst() {
                func differs(_ what: String, _ here: String, _ there: String) {
                    problem(r.line, "session '\(Printable.clip("\(id)"))' has \(what) '\(here)' here but '\(there)' on line \(first.line)")
                    consistent = false
                }
                if r.day != first.day { differs("date", r.day.iso, first.day.iso) }
                if r.course != first.course { differs("course", r.course.rawValue, first.course.rawValue) }
                if r.segment != first.segment { differs("segment", r.segment?.rawValue ?? "", first.segment?.rawValue ?? "") }
                if r.teacher != first.teacher { differs("teacher", r.teacher?.rawValue ?? "", first.teacher?.rawValue ?? "") }
                if r.venue != first.venue { differs("venue", r.venue.rawValue, first.venue.rawValue) }
                if r.occurrence != first.occurrence {
                    differs("occurrence", r.occurrence.map(String.init) ?? "", first.occurrence.map(String.init) ?? "")
                }
            }
            var periodsOf: [Group.ID: Set<Int>] = [:]
            for r in rs {
                if periodsOf[r.group, default: []].insert(r.period).inserted == false {
                    problem(r.line, "group '\(r.group)' holds period '\(cal.periods[r.period].id)' of session '\(Printable.clip("\(id)"))' twice")
                    consistent = false
                }
            }
            let groups = periodsOf.keys.sorted()
            let periods = periodsOf[groups[0]]!
            for g in groups.dropFirst() where periodsOf[g]! != periods {
                let line = rs.first { $0.group == g }!.line
                problem(line, "group '\(Printable.clip("\(g)"))' attends other periods of session '\(Printable.clip("\(id)"))' than group '\(groups[0])'")
                consistent = false
            }
            let lo = periods.min()!, hi = periods.max()!
            if hi - lo + 1 != periods.count {
                problem(first.line, "session '\(Printable.clip("\(id)"))' does not hold consecutive periods")
                consistent = false
            }
            guard consistent else { continue }
            sessions.append(
                ScheduledSession(
                    id: id, course: first.course, segment: first.segment, occurrence: first.occurrence ?? 0,
                    groups: groups, teacher: first.teacher, venue: first.venue, day: first.day,
                    firstPeriod: lo, periodCount: periods.count))
        }
        // Blocks: each day of a group's placement holds every period of the day.
        var blocks: [PlacementBlock] = []
        let perDay = cal.periods.count
        for (key, rs) in Dictionary(grouping: placementRows, by: { "\($0.group)\u{1F}\($0.course)" }).sorted(by: { $0.key < $1.key }) {
            _ = key
            var byDay: [Day: Set<Int>] = [:]
            for r in rs {
                if byDay[r.day, default: []].insert(r.period).inserted == false {
                    problem(r.line, "group '\(r.group)' holds period '\(cal.periods[r.period].id)' of placement '\(Printable.clip("\(r.course)"))' twice")
                }
            }
            for (day, periods) in byDay where periods.count != perDay {
                let line = rs.first { $0.day == day }!.line
                problem(
                    line,
                    "placement '\(Printable.clip("\(rs[0].course)"))' of group '\(rs[0].group)' holds \(periods.count) of the \(perDay) periods of \(day.iso); a placement day is whole"
                )
            }
            blocks.append(PlacementBlock(group: rs[0].group, course: rs[0].course, days: byDay.keys.sorted()))
        }
        guard problems.isEmpty else {
            throw ReadError(problems: problems.sorted { ($0.line, $0.message) < ($1.line, $1.message) })
        }
        if index["occurrence"] == nil { numberOccurrences(&sessions) }
        var timetable = Timetable(sessions: Timetable(sessions: sessions).ordered)
        timetable.placements = blocks
        return timetable
    }

    /// What the scenario says each descriptive column of a row must hold, for the ids it knows.
    static func described(
        period: Int?, group: Group.ID, course: Course.ID, teacher: Teacher.ID?,
        venue: Venue.ID, _ look: Lookup
    ) -> [(String, String)] {
        var out: [(String, String)] = []
        if let period, let p = look.period(period) { out += [("start", p.start.description), ("end", p.end.description)] }
        if let g = look.groups[group] { out.append(("group_name", g.name)) }
        if let c = look.courses[course] { out += [("course_title", c.title), ("form", c.form.rawValue)] }
        if let teacher, let t = look.teachers[teacher] { out.append(("teacher_name", t.name)) }
        if teacher == nil { out.append(("teacher_name", "")) }
        if let v = look.venues[venue] { out += [("venue_name", v.name), ("venue_kind", v.kind.rawValue)] }
        return out
    }

    /// The n-th session of a course (and segment) for the first group attending it, by date.
    private static func numberOccurrences(_ sessions: inout [ScheduledSession]) {
        let chronological = sessions.indices.sorted {
            (sessions[$0].day, sessions[$0].firstPeriod, sessions[$0].id) < (sessions[$1].day, sessions[$1].firstPeriod, sessions[$1].id)
        }
        var seen: [String: Int] = [:]
        var numbers: [Int: Int] = [:]
        for i in chronological {
            let s = sessions[i]
            var mine = 0
            for g in s.groups {
                let key = "\(g.rawValue)\u{1F}\(s.course.rawValue)\u{1F}\(s.segment?.rawValue ?? "")"
                seen[key, default: 0] += 1
                if g == s.groups[0] { mine = seen[key]! }
            }
            numbers[i] = mine
        }
        for i in sessions.indices { sessions[i].occurrence = numbers[i]! }
    }
}
