import Domain
import Foundation
import Texts

/// A value written as JSON `null` when absent instead of being left out, so scripts always find the key.
struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    var value: Value?
    init(_ value: Value?) { self.value = value }
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}

/// Where a report sits in a batch (`paike solve A B … --out DIR`) and the indicators the batch
/// summary shows that the rest of report.json does not hold. Written under `batch` only by batch
/// runs, so a single solve's report.json is unchanged.
public struct BatchEntry: Sendable, Encodable, Equatable {
    /// The scenario file as given, its 0-based position in the whole list, and the list's length.
    public var file: String
    public var position: Int
    public var count: Int
    /// Mean over groups of the met share of need (nil when no group states needs).
    public var metShare: Double?
    /// Periods taught ÷ periods teachers could teach; periods held at rooms ÷ room periods.
    public var teacherUtilisation: Double
    public var venueUtilisation: Double
    public var daysUsed: Int

    public init(file: String, position: Int, count: Int, metShare: Double?, teacherUtilisation: Double, venueUtilisation: Double, daysUsed: Int) {
        self.file = file; self.position = position; self.count = count; self.metShare = metShare
        self.teacherUtilisation = teacherUtilisation; self.venueUtilisation = venueUtilisation; self.daysUsed = daysUsed
    }

    enum CodingKeys: String, CodingKey { case file, position, count, metShare, teacherUtilisation, venueUtilisation, daysUsed }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(position, forKey: .position)
        try c.encode(count, forKey: .count)
        // null rather than absent, like the rest of report.json
        try c.encode(Nullable(metShare), forKey: .metShare)
        try c.encode(teacherUtilisation, forKey: .teacherUtilisation)
        try c.encode(venueUtilisation, forKey: .venueUtilisation)
        try c.encode(daysUsed, forKey: .daysUsed)
    }
}

/// The numbers of `report.txt` and `report.json`: how the solve ended, the objective term by
/// term, loads, utilisation, needs coverage, and anything unmet or violated.
struct Report: Encodable, Sendable {
    struct Term: Encodable, Sendable { var name, unit: String; var weight, amount, weighted: Double }
    struct TeacherLoad: Encodable, Sendable {
        var id, name: String
        var sessions, periods, busiestDayPeriods: Int
        var maxPeriodsPerDay, maxPeriods: Nullable<Int>
    }
    struct VenueUse: Encodable, Sendable {
        var id, name, kind: String
        var sessions, periodsUsed, periodsAvailable: Int
        /// Used ÷ available, 0 when nothing is available.
        var utilisation: Double
    }
    struct GroupLoad: Encodable, Sendable {
        var id, name: String
        var sessions, periods: Int
        /// Periods of the required courses plus the menu's periods.
        var periodsRequired: Int
    }
    struct NeedCoverage: Encodable, Sendable {
        var group, topic: String
        /// The group's gap score, 0–5.
        var gap: Int
        /// Coverage points delivered (topic scores of the courses held); 5 covers a topic fully.
        var coverage: Double
        /// Coverage points with the best menu choice and unlimited teachers and venues.
        var potential: Double
        /// Courses held that cover the topic.
        var courses: [String]
        /// Why the topic is not fully covered.
        var reason: String
        /// The same for wording in the reader's language (report.txt only).
        var because: [Phrase] = []
        enum CodingKeys: String, CodingKey { case group, topic, gap, coverage, potential, courses, reason }
    }
    struct NeedShare: Encodable, Sendable {
        var group, name: String
        /// Share of the group's weighted need met, 0–1, and what unlimited resources would allow.
        var met, potential: Double
        var heldBackBy: String
        /// The same for wording in the reader's language (report.txt only).
        var heldBackBecause: [Phrase] = []
        enum CodingKeys: String, CodingKey { case group, name, met, potential, heldBackBy }
    }
    struct Moved: Encodable, Sendable {
        var group, course: String
        var occurrence: Int
        var segment: String?
        var change: String
        var before, after: String
    }
    struct HistoryPoint: Encodable, Sendable {
        var seconds, objective: Double
        var bound: Nullable<Double>
        var phase: String
    }
    struct Unmet: Encodable, Sendable {
        var group, groupName, course, courseTitle: String
        var occurrence: Int
        var segment: String?
        var rule, reason: String
    }

    var format = "paike-report/1"
    var scenario: String
    var status: String
    var statusMeaning: String
    var exitCode: Int
    var objective, bound, gap, gapPercent: Nullable<Double>
    var optimal: Bool
    var terms: [Term]
    var timeLimitSeconds: Double
    var seed, nodes: Int
    var method: String
    /// `SIGINT` or `SIGTERM` when the run was stopped by one; absent otherwise.
    var interrupted: String?
    /// What ended the search (`RunEnd`: time_limit, gap, optimal, search_done, interrupted).
    var endedBy: String?
    /// Left out unless the caller asked for it, so reruns write identical bytes.
    var elapsedSeconds: Double?
    var sessionCount: Int
    var teachers: [TeacherLoad]
    var venues: [VenueUse]
    var groups: [GroupLoad]
    var needs: [NeedCoverage]
    var needShares: [NeedShare]
    /// Sessions moved against the published timetable (`--keep`); absent without one.
    var moved: [Moved]?
    /// The objective over time (`--timing` only: it holds seconds).
    var history: [HistoryPoint]?
    var unmet: [Unmet]
    var violations: [String]
    /// Only in batch runs (absent otherwise).
    var batch: BatchEntry?
    /// Mentor matching (导师帮带); absent when no group asks for it.
    var mentoring: MentoringReport?
    /// Classes out on shadowing placements (跟班学习); absent when none.
    var placements: [PlacementOut]?

    struct PlacementOut: Encodable, Sendable {
        var group, name, course, start, end: String
        var hosts: [Host]
        struct Host: Encodable, Sendable { var host, name: String; var cadres: Int }
    }

    static func meaning(_ status: SolveStatus) -> String {
        switch status {
        case .valid: "valid: every hard rule met and every requirement scheduled"
        case .unmet: "unmet: no timetable meets every requirement; the best partial timetable and the unmet requirements are written"
        case .none: "none: the solve ended with no timetable at all"
        }
    }

    static func build(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, batch: BatchEntry? = nil, look: Lookup? = nil) -> Report {
        let look = look ?? Lookup(scenario, timetable)
        let sessions = look.sessions
        var words = meaning(summary.status)
        let exit = ExitStatus.ofSolve(
            summary.status, mentoringMet: summary.mentoring?.isMet ?? true,
            brokenRules: !summary.violations.isEmpty, signal: summary.interruptedBy)
        // Stopped by a signal: the timetable is what had been found by then.
        if let signal = summary.interruptedBy { words += " (interrupted by \(signal): the best timetable found by then)" }

        let teachers = look.sortedTeachers.map { t in
            let mine = look.sessions(of: t.id)
            var perDay: [Day: Int] = [:]
            for s in mine { perDay[s.day, default: 0] += s.periodCount }
            return TeacherLoad(
                id: t.id.rawValue, name: t.name, sessions: mine.count, periods: mine.reduce(0) { $0 + $1.periodCount },
                busiestDayPeriods: perDay.values.max() ?? 0,
                maxPeriodsPerDay: Nullable(t.maxPeriodsPerDay), maxPeriods: Nullable(t.maxPeriods))
        }
        let venues = look.sortedVenues.map { v in
            let mine = look.sessions(of: v.id)
            let available = look.days.reduce(0) { n, day in n + look.periods.filter { !v.unavailable.covers(day, $0.id) }.count }
            let used = mine.reduce(0) { $0 + $1.periodCount }
            return VenueUse(
                id: v.id.rawValue, name: v.name, kind: v.kind.rawValue, sessions: mine.count, periodsUsed: used,
                periodsAvailable: available, utilisation: available == 0 ? 0 : Double(used) / Double(available))
        }
        let perDay = scenario.calendar.periods.count
        let groups = look.sortedGroups.map { g in
            let mine = look.sessions(of: g.id)
            // A placement takes whole days.
            let required =
                g.required.reduce(0) { $0 + (look.courses[$1].map { c in c.placement.map { $0.days * perDay } ?? c.totalPeriods } ?? 0) }
                + (g.menu?.periods ?? 0)
            let out = timetable.placements.filter { $0.group == g.id }.reduce(0) { $0 + $1.days.count * perDay }
            return GroupLoad(
                id: g.id.rawValue, name: g.name, sessions: mine.count, periods: mine.reduce(0) { $0 + $1.periodCount } + out,
                periodsRequired: required)
        }
        let needs = NeedsCoverage.lines(scenario: scenario, timetable: timetable, summary: summary).map {
            NeedCoverage(
                group: $0.line.group.rawValue, topic: $0.line.topic, gap: $0.line.gap, coverage: $0.line.coverage,
                potential: $0.line.potential, courses: $0.courses, reason: $0.line.reason, because: $0.line.because)
        }
        let needShares = summary.needShares.sorted { $0.group < $1.group }.map {
            NeedShare(
                group: $0.group.rawValue, name: look.groupName($0.group), met: $0.met, potential: $0.potential, heldBackBy: $0.heldBackBy,
                heldBackBecause: $0.heldBackBecause)
        }
        let unmet = timetable.unmet
            .sorted {
                ($0.group.rawValue, $0.course.rawValue, $0.occurrence, $0.segment?.order ?? -1, $0.rule?.rawValue ?? "")
                    < ($1.group.rawValue, $1.course.rawValue, $1.occurrence, $1.segment?.order ?? -1, $1.rule?.rawValue ?? "")
            }
            .map { u in
                Unmet(
                    group: u.group.rawValue, groupName: look.groupName(u.group), course: u.course.rawValue,
                    courseTitle: look.courseTitle(u.course), occurrence: u.occurrence, segment: u.segment?.rawValue,
                    rule: u.rule?.rawValue ?? "", reason: u.reason)
            }
        return Report(
            scenario: summary.scenarioName.isEmpty ? scenario.name : summary.scenarioName,
            status: summary.status.rawValue, statusMeaning: words, exitCode: Int(exit.rawValue),
            objective: Nullable(summary.objective), bound: Nullable(summary.bound), gap: Nullable(summary.gap),
            gapPercent: Nullable(summary.gap.map { $0 * 100 }), optimal: summary.optimal,
            terms: summary.terms.map { Term(name: $0.name, unit: $0.unit, weight: $0.weight, amount: $0.amount, weighted: $0.weighted) },
            timeLimitSeconds: summary.timeLimit, seed: summary.seed, nodes: summary.nodes, method: summary.method,
            interrupted: summary.interruptedBy, endedBy: summary.endedBy?.rawValue, elapsedSeconds: summary.elapsedSeconds, sessionCount: sessions.count,
            teachers: teachers, venues: venues, groups: groups, needs: needs, needShares: needShares,
            moved: summary.moves.map {
                $0.map { m in
                    func place(_ p: SessionPlace?) -> String {
                        guard let p else { return "—" }
                        let period =
                            scenario.calendar.periods.indices.contains(p.firstPeriod)
                            ? scenario.calendar.periods[p.firstPeriod].id.rawValue : "#\(p.firstPeriod)"
                        return "\(p.day.iso) \(period) \(p.venue) \(p.teacher?.rawValue ?? "—")"
                    }
                    return Moved(
                        group: m.group.rawValue, course: m.course.rawValue, occurrence: m.occurrence, segment: m.segment?.rawValue,
                        change: m.changed.joined(separator: "+"), before: place(m.before), after: place(m.after))
                }
            },
            history: summary.history.map { $0.map { HistoryPoint(seconds: $0.seconds, objective: $0.objective, bound: Nullable($0.bound), phase: $0.phase) } },
            unmet: unmet,
            violations: summary.violations,
            batch: batch,
            mentoring: summary.mentoring.map { MentoringReport($0, scenario, timing: summary.elapsedSeconds != nil) },
            placements: timetable.placements.isEmpty
                ? nil
                : timetable.placements.map { b in
                    // One line per host: a roster's cadres at one host are counted together.
                    var hosts: [PlacementOut.Host] = []
                    for share in b.hosts {
                        if let i = hosts.firstIndex(where: { $0.host == share.host.rawValue }) {
                            hosts[i].cadres += share.count
                        } else {
                            hosts.append(PlacementOut.Host(host: share.host.rawValue, name: look.venueName(share.host), cadres: share.count))
                        }
                    }
                    return PlacementOut(
                        group: b.group.rawValue, name: look.groupName(b.group), course: b.course.rawValue,
                        start: b.days.first?.iso ?? "", end: b.days.last?.iso ?? "", hosts: hosts)
                }
        )
        .withMentoringStatus()
    }

    /// Label and value pairs of the summary in the reader's language, shared by report.txt and the HTML page.
    func facts(_ w: Wording) -> [(String, String)] {
        func num(_ x: Double?) -> String { x.map { Number.text($0) } ?? "—" }
        let words = SolveStatus(rawValue: status).map { w("report.status.\($0.rawValue)") } ?? statusMeaning
        var f: [(String, String)] = [
            (w("report.fact.scenario"), scenario),
            (w("report.fact.status"), w("report.exitCode", words, exitCode)),
            (w("report.fact.objective"), num(objective.value)),
            (w("report.fact.bound"), num(bound.value)),
            (w("report.fact.gap"), gapPercent.value.map { Number.text($0, decimals: 2) + " %" } ?? "—"),
            (w("report.fact.optimal"), optimal ? w("report.yes") : w("report.no")),
            (w("report.fact.method"), method.isEmpty ? "—" : method),
            (w("report.fact.timeLimit"), w("report.seconds", Number.text(timeLimitSeconds))),
            (w("report.fact.seed"), String(seed)),
            (w("report.fact.nodes"), String(nodes))
        ]
        if let interrupted { f.append((w("report.fact.interrupted"), w("report.interrupted", interrupted))) }
        if let endedBy { f.append((w("report.fact.endedBy"), w("report.ended.\(endedBy)", Number.text(timeLimitSeconds)))) }
        if let elapsedSeconds { f.append((w("report.fact.elapsed"), w("report.seconds", Number.text(elapsedSeconds, decimals: 2)))) }
        f.append((w("report.fact.sessions"), String(sessionCount)))
        return f
    }

    func json() -> Data { JSONOutput.encode(self) }

    /// report.txt in the reader's language (report.json stays as it is: it is for programs).
    func text(_ w: Wording = .english) -> String {
        var out = w("report.title") + "\n\n"
        let facts = facts(w)
        let width = facts.map { DisplayWidth.of($0.0) }.max() ?? 0
        let colon = w.colon
        for (label, value) in facts { out += DisplayWidth.pad(label + colon, to: width + DisplayWidth.of(colon)) + "  " + value + "\n" }

        func section(_ title: String, _ header: [String], _ rows: [[String]], right: Set<Int> = []) {
            out += "\n\(title)\n"
            guard !rows.isEmpty else { out += "  \(w("core.none"))\n"; return }
            out += TextTable.render([header.map { w("report.col.\($0)") }] + rows, rightAligned: right)
        }
        let n = { (x: Double) in Number.text(x) }
        let pct = { (x: Double) in Number.text(x * 100, decimals: 1) + " %" }
        let limit = { (x: Int?) in x.map(String.init) ?? "—" }
        section(
            w("report.section.terms"), ["term", "unit", "weight", "amount", "weighted"],
            terms.map { [w.term($0.name), w.termUnit($0.name, $0.unit), n($0.weight), n($0.amount), n($0.weighted)] }
                + (terms.isEmpty ? [] : [[w("report.total"), "", "", "", n(terms.reduce(0) { $0 + $1.weighted })]]),
            right: [2, 3, 4])
        section(
            w("report.section.teachers"), ["teacher", "name", "sessions", "periods", "maxLimit", "busiestDay", "dayLimit"],
            teachers.map {
                [
                    $0.id, $0.name, String($0.sessions), String($0.periods), limit($0.maxPeriods.value),
                    String($0.busiestDayPeriods), limit($0.maxPeriodsPerDay.value)
                ]
            },
            right: [2, 3, 4, 5, 6])
        section(
            w("report.section.venues"), ["venue", "name", "kind", "sessions", "used", "available", "use"],
            venues.map {
                [
                    $0.id, $0.name, w("venue.\($0.kind)"), String($0.sessions), String($0.periodsUsed), String($0.periodsAvailable),
                    pct($0.utilisation)
                ]
            },
            right: [3, 4, 5, 6])
        section(
            w("report.section.groups"), ["group", "name", "sessions", "periods", "required"],
            groups.map { [$0.id, $0.name, String($0.sessions), String($0.periods), String($0.periodsRequired)] },
            right: [2, 3, 4])
        section(
            w("report.section.needShares"), ["group", "name", "met", "potential", "heldBackBy"],
            needShares.map { [$0.group, $0.name, pct($0.met), pct($0.potential), w.words($0.heldBackBecause, english: $0.heldBackBy)] },
            right: [2, 3])
        section(
            w("report.section.coverage"), ["group", "topic", "gap", "coverage", "potential", "courses", "whyNotCovered"],
            needs.map {
                [
                    $0.group, $0.topic, String($0.gap), Number.text($0.coverage, decimals: 1), Number.text($0.potential, decimals: 1),
                    $0.courses.joined(separator: " "), w.words($0.because, english: $0.reason)
                ]
            },
            right: [2, 3, 4])
        if let moved {
            section(
                w("report.section.moved", moved.count), ["group", "course", "occurrence", "segment", "change", "before", "after"],
                moved.map {
                    [
                        $0.group, $0.course, String($0.occurrence), $0.segment.map { w("segment.\($0)") } ?? "",
                        w.change($0.change), $0.before, $0.after
                    ]
                },
                right: [2])
        }
        section(
            w("report.section.unmet", unmet.count), ["group", "name", "course", "title", "occurrence", "segment", "rule", "reason"],
            unmet.map {
                [
                    $0.group, $0.groupName, $0.course, $0.courseTitle, String($0.occurrence),
                    $0.segment.map { w("segment.\($0)") } ?? "", w.rule($0.rule), $0.reason
                ]
            },
            right: [4])
        if let placements {
            section(
                w("report.section.placements", placements.count), ["group", "name", "course", "from", "to", "hosts"],
                placements.map { p in
                    [
                        p.group, p.name, p.course, p.start, p.end,
                        p.hosts.map { w("grid.placementHost", $0.name, $0.cadres) }.joined(separator: w.language == .zh ? "、" : ", ")
                    ]
                })
        }
        if let mentoring {
            section(
                w("report.section.mentoring", mentoring.pairs.count, mentoring.unmet.count),
                ["mentee", "mentor", "fit", "travelMinutes", "meetings"],
                mentoring.pairs.map {
                    [
                        $0.mentee, $0.mentorName + " [\($0.mentor)]", Number.text($0.fit, decimals: 2),
                        $0.travelMinutes.map(String.init) ?? "—", $0.meetings.joined(separator: " ")
                    ]
                },
                right: [2, 3])
            out += mentoring.unmetProblems.map { "  - " + MentorsExport.describe($0, in: mentoring.scenario, w) + "\n" }.joined()
        }
        out += "\n" + w("report.section.violations", violations.count) + "\n"
        out += violations.isEmpty ? "  \(w("core.none"))\n" : violations.map { "  - \($0)\n" }.joined()
        return out
    }
}

/// Columns padded by display width (CJK counts two), two spaces apart, header underlined.
enum TextTable {
    static func render(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        let clean = rows.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ") } }
        let columns = clean.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in clean.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let parts = (0..<columns).map { c in
                DisplayWidth.pad(c < cells.count ? cells[c] : "", to: widths[c], right: rightAligned.contains(c))
            }
            // No trailing blanks after the last cell.
            var text = "  " + parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        var out = line(clean[0])
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in clean.dropFirst() { out += line(row) }
        return out
    }
}

/// JSON as every file here writes it: sorted keys, indented, slashes left alone, snake_case keys.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            var data = try encoder.encode(value)
            data.append(0x0A)
            return data
        } catch {
            // Only plain structs, strings and finite-or-stringified numbers reach here.
            preconditionFailure("JSON encoding of \(T.self) failed: \(error)")
        }
    }
}
