import Domain

/// Checks that need the whole scenario: references between entities, sums that must add up,
/// and counting arguments that prove a scenario impossible before any solve. Counting checks
/// skip anything whose own values were broken, so one typo does not cascade into false alarms.
struct ScenarioChecks {
    let d: DecodedScenario
    let r: FieldReader
    /// Entities a variant removed, so a dangling reference can say where it went.
    let removedBy: [EntityKey: SourceLocation]
    let s: TrainingScenario
    let map: SourceMap
    // Lookups built once; scenarios have thousands of entities.
    let courseByID: [Course.ID: Course]
    let teachersByCourse: [Course.ID: [Teacher]]
    let groupsRequiring: [Course.ID: [Group]]
    let teachingDays: [Day]

    init(d: DecodedScenario, r: FieldReader, removedBy: [EntityKey: SourceLocation]) {
        self.d = d; self.r = r; self.removedBy = removedBy
        s = d.scenario; map = d.sourceMap
        courseByID = Dictionary(d.scenario.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byCourse: [Course.ID: [Teacher]] = [:]
        for t in d.scenario.teachers { for c in Set(t.teaches) { byCourse[c, default: []].append(t) } }
        teachersByCourse = byCourse
        var requiring: [Course.ID: [Group]] = [:]
        for g in d.scenario.groups { for c in Set(g.required) { requiring[c, default: []].append(g) } }
        groupsRequiring = requiring
        teachingDays = d.calendarBroken ? [] : d.scenario.calendar.teachingDays
    }

    func run() {
        checkReferences()
        checkDatesInCalendar()
        checkMenus()
        checkSessionLengths()
        checkTeachingDays()
        checkMinDays()
        checkGroupHours()
        checkFirstCourses()
        checkCourseOrder()
        checkTeachers()
        checkDailyLimits()
        checkVenues()
        checkPlacements()
        checkTeacherLoads()
        checkPins()
        checkRosters()
        checkMentoring()
        checkTeams()
        warnUnused()
    }

    /// A group is also broken when the package it inherits from is.
    func isBroken(_ collection: String, _ id: String) -> Bool {
        if r.broken.contains(EntityKey(collection: collection, id: id)) { return true }
        guard collection == "groups", let package = d.inheritance[id]?.package else { return false }
        return r.broken.contains(package)
    }
    func anyBroken(_ collection: String) -> Bool {
        r.broken.contains { $0.collection == collection || (collection == "groups" && $0.collection == "packages") }
    }
    func at(_ collection: String, _ id: String) -> SourceLocation {
        map.location(of: collection, id: id) ?? SourceLocation(file: map.files.first ?? "", line: 1, column: 1)
    }

    // MARK: References

    /// Every id written in a list or field names an entity that exists.
    func checkReferences() {
        for ref in d.references where !(d.ids[ref.collection]?.contains(ref.id) ?? false) {
            let known = d.ids[ref.collection] ?? []
            var notes = Suggestions.didYouMean(ref.id, in: known.sorted())
            if let removed = removedBy[EntityKey(collection: ref.collection, id: ref.id)] {
                notes.insert("'\(ref.id)' was removed by the variant at \(removed)", at: 0)
            } else if known.isEmpty {
                notes.append("the scenario defines no \(ref.collection)")
            }
            r.current = ref.owner
            r.error(.unknownReference, "unknown \(Keys.singular(ref.collection)) '\(ref.id)' in \(ref.context)", at: ref.at, notes: notes)
        }
        r.current = nil
    }

    /// A date outside the calendar is harmless but usually a typo in the year or month.
    func checkDatesInCalendar() {
        guard !d.calendarBroken else { return }
        let cal = s.calendar
        for (from, to, loc) in d.unavailableDates where to < cal.start || from > cal.end {
            r.warning(
                .outsideCalendar, "unavailable \(from == to ? "date \(from)" : "range \(from) to \(to)") is outside the calendar (\(cal.start) to \(cal.end))",
                at: loc)
        }
    }

    // MARK: Sums

    /// A menu cannot fill more periods than its courses hold together.
    func checkMenus() {
        func check(_ menu: Menu, _ what: String, at loc: SourceLocation) {
            let courses = menu.from.compactMap { course($0) }
            guard courses.count == menu.from.count, !courses.contains(where: { isBroken("courses", $0.id.rawValue) }) else { return }
            // A placement on a menu is refused by checkPlacements; its periods mean nothing here.
            guard !courses.contains(where: { $0.form == .placement }) else { return }
            let offered = courses.reduce(0) { $0 + $1.totalPeriods }
            if offered < menu.periods {
                r.error(
                    .menuTooSmall, "menu of \(what) asks for \(menu.periods) periods but its courses offer only \(offered)",
                    at: loc, hint: "offer more courses or lower 'periods'")
            }
        }
        for p in d.packages {
            guard let menu = p.menu, !isBroken("packages", p.key.id) else { continue }
            check(menu, "package '\(p.key.id)'", at: map.location(of: "packages", id: p.key.id, field: "menu.periods") ?? at("packages", p.key.id))
        }
        for g in s.groups {
            guard let menu = g.menu, !isBroken("groups", g.id.rawValue) else { continue }
            let inherited = d.inheritance[g.id.rawValue]
            // A menu taken whole from the package was checked there, once.
            if inherited?.menuFrom == true && inherited?.menuPeriods == true { continue }
            // With inherited periods the group's own `from` is what changed: point at its menu.
            let field = inherited?.menuPeriods == true ? "menu" : "menu.periods"
            check(menu, "group '\(g.id)'", at: map.location(of: "groups", id: g.id.rawValue, field: field) ?? at("groups", g.id.rawValue))
        }
    }

    // MARK: Impossible

    /// A session is consecutive periods of one day, so it cannot be longer than the day.
    func checkSessionLengths() {
        let perDay = s.calendar.periods.count
        guard !d.calendarBroken, perDay > 0 else { return }
        for c in s.courses where !isBroken("courses", c.id.rawValue) {
            if let fh = c.fiveHaves {
                for seg in fh.segments where seg.periods > perDay {
                    r.error(
                        .impossibleSessionLength,
                        "segment '\(seg.kind.rawValue)' of course '\(c.id)' lasts \(seg.periods) periods but a day has only \(perDay)",
                        at: map.location(of: "courses", id: c.id.rawValue, field: "five_haves.\(seg.kind.rawValue)") ?? at("courses", c.id.rawValue))
                }
            } else if c.periods > perDay {
                r.error(
                    .impossibleSessionLength, "course '\(c.id)' lasts \(c.periods) consecutive periods but a day has only \(perDay)",
                    at: map.location(of: "courses", id: c.id.rawValue, field: "periods") ?? at("courses", c.id.rawValue),
                    hint: "split it into several sessions with 'sessions'")
            }
        }
    }

    func checkTeachingDays() {
        guard !d.calendarBroken, teachingDays.isEmpty else { return }
        r.error(
            .impossibleNoTeachingDays, "the calendar has no teaching day from \(s.calendar.start) to \(s.calendar.end)",
            at: map.location(ofSingleton: "calendar") ?? SourceLocation(file: map.files.first ?? "", line: 1, column: 1),
            hint: "check 'weekdays', 'holidays' and the dates")
    }

    /// A course cannot meet on more different days than the calendar has.
    func checkMinDays() {
        guard !d.calendarBroken, !teachingDays.isEmpty else { return }
        let days = teachingDays.count
        for c in s.courses where !isBroken("courses", c.id.rawValue) {
            guard let n = c.minDays, n > days else { continue }
            r.error(
                .impossibleMinDays,
                "course '\(c.id)' should meet on at least \(n) different days but the calendar has only \(days) teaching \(days == 1 ? "day" : "days")",
                at: map.location(of: "courses", id: c.id.rawValue, field: "min_days") ?? at("courses", c.id.rawValue),
                hint: "lower 'min_days' to \(days) at most, or lengthen the calendar")
        }
    }

    /// Periods a group, teacher or venue can be used on teaching days, given its unavailability.
    func availablePeriods(_ unavailable: [Unavailability], perDayCap: Int? = nil) -> Int {
        let days = teachingDays
        let periods = s.calendar.periods
        if unavailable.isEmpty { return days.count * min(periods.count, perDayCap ?? .max) }
        return days.reduce(0) { sum, day in
            sum + min(periods.filter { !unavailable.covers(day, $0.id) }.count, perDayCap ?? .max)
        }
    }

    /// A group cannot sit more periods than its calendar has.
    func checkGroupHours() {
        guard !d.calendarBroken, !teachingDays.isEmpty else { return }
        for g in s.groups where !isBroken("groups", g.id.rawValue) {
            let required = g.required.compactMap { course($0) }
            guard required.count == g.required.count, !required.contains(where: { isBroken("courses", $0.id.rawValue) }) else { continue }
            // A placement longer than the calendar is reported once, by checkPlacements.
            if required.contains(where: { ($0.placement?.days ?? 0) > teachingDays.count }) { continue }
            // A placement takes its whole days.
            let need = required.reduce(0) { $0 + ($1.placement.map { $0.days * s.calendar.periods.count } ?? $1.totalPeriods) } + (g.menu?.periods ?? 0)
            let have = availablePeriods(g.unavailable)
            if need > have {
                var notes = ["required courses: \(need - (g.menu?.periods ?? 0)) periods"]
                if let m = g.menu { notes.append("menu: \(m.periods) periods") }
                notes.append("\(teachingDays.count) teaching days × \(s.calendar.periods.count) periods, \(have) free for this group")
                r.error(
                    .impossibleHours, "group '\(g.id)' needs \(need) periods but its calendar has only \(have)",
                    at: at("groups", g.id.rawValue), notes: notes)
            }
        }
    }

    /// Each group's `first` course must precede all its others, so a group cannot have two.
    func checkFirstCourses() {
        func check(_ required: [Course.ID], _ collection: String, _ id: String, _ what: String) {
            let firsts = required.filter { course($0)?.first == true }
            for c in firsts.dropFirst() {
                r.error(
                    .impossibleFirst, "\(what) requires two courses marked 'first': '\(firsts[0])' and '\(c)'",
                    at: map.location(of: collection, id: id, field: "required", item: c.rawValue) ?? at(collection, id),
                    hint: "only one course can come before every other")
            }
        }
        for p in d.packages where !isBroken("packages", p.key.id) {
            check(p.required, "packages", p.key.id, "package '\(p.key.id)'")
        }
        // A list taken whole from the package was checked there, once.
        for g in s.groups where !isBroken("groups", g.id.rawValue) && d.inheritance[g.id.rawValue]?.wholeRequired != true {
            check(g.required, "groups", g.id.rawValue, "group '\(g.id)'")
        }
    }

    /// Online courses may run without a teacher (self-study, S10); every other course needs one.
    func needsTeacher(_ c: Course) -> Bool { c.form != .online && c.form != .placement }
    func teachers(of c: Course.ID) -> [Teacher] { teachersByCourse[c] ?? [] }
    func course(_ id: Course.ID) -> Course? { courseByID[id] }

    /// A required course that no teacher teaches can never be held.
    func checkTeachers() {
        guard !anyBroken("teachers") else { return }
        for c in s.courses where needsTeacher(c) && teachers(of: c.id).isEmpty {
            let groups = groupsRequiring[c.id] ?? []
            guard !groups.isEmpty else { continue }
            r.error(
                .impossibleNoTeacher,
                "no teacher teaches course '\(c.id)', which \(groups.count == 1 ? "group" : "groups") \(Suggestions.quotedList(groups.map(\.id.rawValue))) \(groups.count == 1 ? "requires" : "require")",
                at: at("courses", c.id.rawValue), hint: "add '\(c.id)' to some teacher's 'teaches'")
        }
    }

    /// A session is taught by one teacher on one day, so a course (or, on site, a segment) longer
    /// than every one of its teachers' `max_periods_per_day` can never be held.
    func checkDailyLimits() {
        guard !anyBroken("teachers") else { return }
        let w = r.wording
        for c in s.courses where needsTeacher(c) && !isBroken("courses", c.id.rawValue) && groupsRequiring[c.id] != nil {
            let teachers = teachers(of: c.id)
            let longest = c.fiveHaves?.segments.max { ($0.periods, $1.kind) < ($1.periods, $0.kind) }
            let length = longest?.periods ?? c.periods
            guard !teachers.isEmpty, teachers.allSatisfy({ ($0.maxPeriodsPerDay ?? .max) < length }) else { continue }
            let lasts = longest.map { w("validate.dailyLimit.segmentLasts", $0.kind.rawValue, length) } ?? w("validate.dailyLimit.lasts", length)
            if teachers.count == 1, let t = teachers.first, let limit = t.maxPeriodsPerDay {
                r.error(
                    .impossibleDailyLimit, w("validate.dailyLimit.sole", t.id, limit, c.id, lasts),
                    at: map.location(of: "teachers", id: t.id.rawValue, field: "max_periods_per_day") ?? at("teachers", t.id.rawValue),
                    hint: w("validate.dailyLimit.soleHint", length, c.id))
            } else {
                let field = longest.map { "five_haves.\($0.kind.rawValue)" } ?? "periods"
                r.error(
                    .impossibleDailyLimit, w("validate.dailyLimit.every", c.id, lasts),
                    at: map.location(of: "courses", id: c.id.rawValue, field: field) ?? at("courses", c.id.rawValue),
                    hint: w("validate.dailyLimit.everyHint", length),
                    notes: teachers.map { w("validate.dailyLimit.teacherNote", $0.id, $0.maxPeriodsPerDay ?? 0) })
            }
        }
    }

    /// Each required session needs a venue its rule allows that holds the group (online: anyone).
    /// With `over_capacity` weighed, a group meeting alone (a course that is not joint) may sit in
    /// a smaller venue at a cost, so only joint courses still need a venue that holds it.
    func checkVenues() {
        guard !anyBroken("venues") else { return }
        // Each course's venues once, not once per class taking it: a province has 1,000 of each.
        struct Rule: Hashable { var course: Course.ID; var segment: Int }
        let venueIndex = VenueIndex(s.venues)
        var allowedFor: [Rule: (venues: [Venue], largest: Int)] = [:]
        for g in s.groups where !isBroken("groups", g.id.rawValue) && g.size > 0 {
            for cid in g.required {
                guard let c = course(cid), !isBroken("courses", cid.rawValue), c.form != .placement else { continue }
                let rules: [(String?, VenueRule)] = c.fiveHaves.map { $0.segments.map { ($0.kind.rawValue, $0.venueRule) } } ?? [(nil, c.venueRule)]
                for (k, (segment, rule)) in rules.enumerated() {
                    let key = Rule(course: cid, segment: k)
                    if allowedFor[key] == nil {
                        let venues = venueIndex.allowed(by: rule)
                        allowedFor[key] = (venues, venues.map { $0.isOnline ? .max : ($0.capacity ?? .max) }.max() ?? -1)
                    }
                    let (allowed, largest) = allowedFor[key]!
                    if largest >= g.size { continue }
                    let squeezable = !c.joint && !allowed.isEmpty
                    if squeezable && s.objective.overCapacity != nil { continue }
                    let what = segment.map { "segment '\($0)' of course '\(cid)'" } ?? "course '\(cid)'"
                    var notes: [String] = []
                    if let biggest = allowed.max(by: { ($0.capacity ?? 0, $1.id) < ($1.capacity ?? 0, $0.id) }) {
                        notes.append("the largest venue allowed is '\(biggest.id)' for \(biggest.capacity ?? 0)")
                    } else {
                        notes.append("no venue matches \(describe(rule))")
                    }
                    if squeezable {
                        notes.append("with 'over_capacity' in the objective, a group meeting alone may use a smaller venue at a cost per seat short")
                    }
                    r.error(
                        .impossibleNoVenue, "no venue can hold group '\(g.id)' (\(g.size) people) for \(what)",
                        at: map.location(of: "groups", id: g.id.rawValue, field: "required", item: cid.rawValue) ?? at("groups", g.id.rawValue),
                        notes: notes)
                }
            }
        }
    }

    /// Shadowing placements: every host is a host unit with room for cadres, the block fits the
    /// calendar, and the hosts together take the largest class that goes (it goes out whole).
    func checkPlacements() {
        let venueByID = Dictionary(s.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for c in s.courses where !isBroken("courses", c.id.rawValue) {
            guard let rule = c.placement else { continue }
            let cid = c.id.rawValue
            var capacity = 0
            var hostsKnown = true
            for h in rule.hosts {
                guard let v = venueByID[h], !isBroken("venues", h.rawValue) else { hostsKnown = false; continue }
                let loc = map.location(of: "courses", id: cid, field: "hosts", item: h.rawValue) ?? at("courses", cid)
                if !VenueKind.hostKinds.contains(v.kind) {
                    r.error(
                        .placementHost, "host '\(h)' of shadowing placement '\(cid)' is a venue of kind '\(v.kind.rawValue)', not a host unit",
                        at: loc, hint: "name venues of kind 'host_unit', 'village', 'community' or 'enterprise' with a 'host_capacity'")
                    hostsKnown = false
                } else if let n = v.hostCapacity {
                    capacity += n
                } else {
                    r.error(
                        .placementHost, "host '\(h)' of shadowing placement '\(cid)' has no 'host_capacity'", at: loc,
                        hint: "give venue '\(h)' a 'host_capacity': how many cadres it takes at once")
                    hostsKnown = false
                }
            }
            if !d.calendarBroken, !teachingDays.isEmpty, rule.days > teachingDays.count {
                r.error(
                    .impossiblePlacement, "shadowing placement '\(cid)' lasts \(rule.days) teaching days but the calendar has only \(teachingDays.count)",
                    at: map.location(of: "courses", id: cid, field: "days") ?? at("courses", cid),
                    hint: "lower 'days' or lengthen the calendar")
            }
            guard hostsKnown, !anyBroken("groups") else { continue }
            for g in groupsRequiring[c.id] ?? [] where g.size > capacity {
                r.error(
                    .impossiblePlacement,
                    "group '\(g.id)' (\(g.size) cadres) goes out on shadowing placement '\(cid)' but its hosts take only \(capacity) at once",
                    at: map.location(of: "groups", id: g.id.rawValue, field: "required", item: cid) ?? at("groups", g.id.rawValue),
                    hint: "add hosts to '\(cid)' or raise their 'host_capacity'")
            }
        }
        // A placement is one block for the whole class: it is required, never an elective.
        for g in s.groups where !isBroken("groups", g.id.rawValue) {
            for cid in g.menu?.from ?? [] where course(cid)?.form == .placement {
                r.error(
                    .badValue, "group '\(g.id)' offers shadowing placement '\(cid)' on its menu",
                    at: map.location(of: "groups", id: g.id.rawValue, field: "menu", item: cid.rawValue) ?? at("groups", g.id.rawValue),
                    hint: "a placement takes the whole class out: list it under 'required'")
            }
        }
        // A pin of a placement fixes a day inside its block, nothing else.
        for (i, pin) in s.pins.enumerated() where course(pin.course)?.form == .placement {
            for (field, given) in [
                ("period", pin.period != nil), ("venue", pin.venue != nil), ("teacher", pin.teacher != nil),
                ("segment", pin.segment != nil)
            ] where given {
                r.error(
                    .badValue, "pin \(i + 1) gives a \(field) for shadowing placement '\(pin.course)'",
                    at: map.location(of: "pins", id: String(i + 1), field: field) ?? map.location(of: "pins", id: String(i + 1))
                        ?? at("courses", pin.course.rawValue),
                    hint: "a placement is whole days at its hosts: pin only a 'date' the block must include")
            }
        }
    }

    func describe(_ rule: VenueRule) -> String {
        var parts: [String] = []
        if !rule.kinds.isEmpty { parts.append("kinds \(Suggestions.quotedList(rule.kinds.map(\.rawValue)))") }
        if !rule.venues.isEmpty { parts.append("venues \(Suggestions.quotedList(rule.venues.map(\.rawValue)))") }
        return parts.isEmpty ? "'any venue that is not online'" : parts.joined(separator: " or ")
    }

    /// The sole teacher of some required courses must teach them all: their periods (once per
    /// requiring group; once in all for joint courses) cannot exceed what the teacher may teach.
    func checkTeacherLoads() {
        guard !anyBroken("teachers"), !anyBroken("groups"), !d.calendarBroken else { return }
        for t in s.teachers {
            var load = 0
            var notes: [String] = []
            for cid in t.teaches {
                guard let c = course(cid), needsTeacher(c), !isBroken("courses", cid.rawValue), teachers(of: cid).count == 1 else { continue }
                let groups = groupsRequiring[cid] ?? []
                guard !groups.isEmpty else { continue }
                let periods = c.totalPeriods * (c.joint ? 1 : groups.count)
                load += periods
                notes.append(
                    "only '\(t.id)' teaches '\(cid)': \(periods) periods for \(Suggestions.quotedList(groups.map(\.id.rawValue)))\(c.joint ? " (joint, counted once)" : "")"
                )
            }
            guard load > 0 else { continue }
            let free = availablePeriods(t.unavailable, perDayCap: t.maxPeriodsPerDay)
            let limit = min(t.maxPeriods ?? .max, free)
            if load > limit {
                let field = t.maxPeriods == limit ? "max_periods" : (t.maxPeriodsPerDay != nil ? "max_periods_per_day" : "unavailable")
                r.error(
                    .impossibleTeacherLoad, "teacher '\(t.id)' must teach \(load) periods but can teach at most \(limit)",
                    at: map.location(of: "teachers", id: t.id.rawValue, field: field) ?? at("teachers", t.id.rawValue),
                    notes: notes)
            }
        }
    }

    // MARK: Pins

    /// A pin must name a day the group can be taught, a course the group takes, and an
    /// occurrence and segment that course has. Pins naming unknown or broken entities were
    /// reported already and are skipped here.
    func checkPins() {
        let days = Set(teachingDays)
        for (pin, key) in zip(s.pins, d.pinKeys) where !r.broken.contains(key) {
            r.current = key
            defer { r.current = nil }
            let what = "pin number \(key.id)"
            func loc(_ field: String) -> SourceLocation { map.location(of: "pins", id: key.id, field: field) ?? at("pins", key.id) }
            if let date = pin.date, !d.calendarBroken, !days.contains(date) {
                let cal = s.calendar
                let why =
                    date < cal.start || date > cal.end
                    ? "outside the calendar (\(cal.start) to \(cal.end))"
                    : cal.holidays.contains(date) ? "a holiday" : "a '\(date.weekday.rawValue)', not one of the calendar's 'weekdays'"
                r.error(
                    .pinOutsideCalendar, "\(what) fixes date \(date), which is \(why)", at: loc("date"),
                    hint: "pin a teaching day of the calendar")
            }
            guard let c = course(pin.course), !isBroken("courses", c.id.rawValue) else { continue }
            if let segment = pin.segment, c.fiveHaves == nil {
                r.error(
                    .fiveHavesSegment, "\(what) names segment '\(segment.rawValue)' but course '\(c.id)' is not an on-site five-haves unit",
                    at: loc("segment"), hint: "only on-site units have segments; leave 'segment' out")
            }
            if let n = pin.occurrence, n > c.sessions {
                r.error(
                    .outOfRange, "\(what) pins occurrence \(n) of course '\(c.id)', which each group takes \(c.sessions == 1 ? "once" : "\(c.sessions) times")",
                    at: loc("occurrence"), hint: "occurrences count from 1 to the course's 'sessions'")
            }
            guard let g = s.group(pin.group), !isBroken("groups", g.id.rawValue) else { continue }
            if !g.required.contains(c.id) && !(g.menu?.from.contains(c.id) ?? false) {
                var notes = ["group '\(g.id)' requires \(g.required.isEmpty ? "nothing" : Suggestions.quotedList(g.required.map(\.rawValue)))"]
                if let m = g.menu { notes.append("its menu offers \(Suggestions.quotedList(m.from.map(\.rawValue)))") }
                r.error(
                    .pinNotTaken, "\(what) is for course '\(c.id)', which group '\(g.id)' neither requires nor has on its menu",
                    at: loc("course"), notes: notes)
            }
        }
    }

    // MARK: Warnings

    func warnUnused() {
        if !anyBroken("courses") {
            let rules = s.courses.filter { $0.form != .placement }.flatMap { c in c.fiveHaves.map { $0.segments.map(\.venueRule) } ?? [c.venueRule] }
            let hosts = Set(s.courses.flatMap { $0.placement?.hosts ?? [] })
            // What any rule allows, gathered once: a venue is used when its id or kind is named,
            // or when some rule names neither and it is a venue such a rule takes (not online, not a host unit).
            let named = Set(rules.flatMap(\.venues)), kinds = Set(rules.flatMap(\.kinds))
            let open = rules.contains { $0.kinds.isEmpty && $0.venues.isEmpty }
            for v in s.venues
            where !isBroken("venues", v.id.rawValue) && !hosts.contains(v.id)
                && !(named.contains(v.id) || kinds.contains(v.kind) || (open && VenueRule().allows(v)))
            {
                r.warning(
                    .unusedVenue, "no course can use venue '\(v.id)'", at: at("venues", v.id.rawValue),
                    hint: v.isOnline ? "online venues are used only by courses that name them or the 'online' kind" : nil)
            }
        }
        guard !anyBroken("groups") else { return }
        let wanted = Set(s.groups.flatMap { $0.required + ($0.menu?.from ?? []) })
        for t in s.teachers where !t.teaches.contains(where: wanted.contains) {
            r.warning(.idleTeacher, "teacher '\(t.id)' teaches nothing any group requires or is offered", at: at("teachers", t.id.rawValue))
        }
        guard !anyBroken("teachers") else { return }
        let offered = Set(s.groups.flatMap { $0.menu?.from ?? [] })
        for c in s.courses
        where offered.contains(c.id) && needsTeacher(c) && teachers(of: c.id).isEmpty
            && groupsRequiring[c.id] == nil
        {
            r.warning(
                .untaughtCourse, "course '\(c.id)' is offered on a menu but no teacher teaches it", at: at("courses", c.id.rawValue),
                hint: "it can never be chosen")
        }
    }
}
