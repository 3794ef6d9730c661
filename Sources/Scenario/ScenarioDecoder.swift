import Domain

/// Accepted keys of each part of the file, in the order the format guide lists them.
enum Keys {
    static let top = [
        "format", "name", "language", "calendar", "sites", "travel", "venues", "teachers", "courses", "packages", "groups", "cohorts", "objective", "pins",
        "cadres", "mentors", "assessment", "teams", "visits"
    ]
    static let calendar = ["start", "end", "weekdays", "holidays", "periods"]
    static let period = ["id", "name", "start", "end"]
    static let site = ["id", "name"]
    static let travel = ["from", "to", "minutes"]
    static let venue = ["id", "name", "kind", "site", "capacity", "unavailable", "host_capacity", "topics"]
    static let teacher = ["id", "name", "teaches", "site", "max_periods_per_day", "max_periods", "unavailable"]
    static let course = [
        "id", "title", "form", "periods", "venue_kinds", "venues", "topics", "first", "joint", "sessions", "five_haves", "min_days", "after", "days", "hosts"
    ]
    static let fiveHaves = ["within_days"] + SegmentKind.allCases.map(\.rawValue)
    static let segment = ["periods", "venue_kinds", "venues"]
    static let package = ["category", "name", "required", "menu"]
    static let group = ["id", "name", "category", "size", "site", "required", "required_add", "required_remove", "menu", "needs", "unavailable", "mentoring"]
    static let menu = ["from", "periods"]
    static let objective = ["needs", "travel", "compactness", "teacher_balance", "stability", "over_capacity", "spread", "isolated", "venue_changes"]
    static let cohort = ["id", "name", "groups"]
    static let unavailable = ["date", "periods", "from", "to"]
    static let pin = ["group", "course", "occurrence", "segment", "date", "period", "venue", "teacher"]
    /// Entity collections keyed by id, with the singular used in messages.
    static let collections: [(key: String, singular: String)] = [
        ("sites", "site"), ("venues", "venue"), ("teachers", "teacher"), ("courses", "course"), ("groups", "group"),
        ("cohorts", "cohort"), ("cadres", "cadre"), ("mentors", "mentor"), ("teams", "team")
    ]
    static func singular(_ collection: String) -> String {
        collections.first { $0.key == collection }?.singular
            ?? ["periods": "period", "packages": "package"][collection] ?? collection
    }
}

/// An id written in one place that must name an entity of `collection`.
struct Reference {
    var collection: String
    var id: String
    var at: SourceLocation
    var owner: EntityKey?
    /// Where it was written, for the message: "'teaches' of teacher 'wang_li'".
    var context: String
}

/// What the decoder knows beyond the domain values, for the checks.
struct DecodedScenario {
    var scenario: TrainingScenario
    var sourceMap: SourceMap
    var references: [Reference]
    /// Ids actually defined, per collection (duplicates included once).
    var ids: [String: Set<String>]
    /// Dates written in `unavailable` entries, to compare with the calendar.
    var unavailableDates: [(Day, Day, SourceLocation)]
    var calendarBroken: Bool
    var broken: Set<EntityKey>
    /// Packages as read (only usable ones), and what each group (by id) took from its package.
    var packages: [ResolvedPackage] = []
    var inheritance: [String: Inheritance] = [:]
    /// Pins as read, with their source-map key (`pins`, 1-based position), for the checks.
    var pinKeys: [EntityKey] = []
    /// Roster entries written per group id, duplicates and broken entries included.
    var rosterCounts: [String: Int] = [:]
}

/// A package (培训套餐) as read: the defaults groups of its category inherit.
struct PackageDef {
    var category: GroupCategory
    var key: EntityKey
    var required: [(id: String, at: SourceLocation)]
    var requiredAt: SourceLocation?
    /// The menu was written at all; its fields may still be broken.
    var hasMenu: Bool
    var menuAt: SourceLocation?
    var menuFrom: [(id: String, at: SourceLocation)]
    var menuPeriods: Int?
    var menuPeriodsAt: SourceLocation?

    var resolved: ResolvedPackage {
        ResolvedPackage(
            category: category, key: key, required: required.map { Course.ID($0.id) },
            menu: hasMenu ? menuPeriods.map { Menu(from: menuFrom.map { Course.ID($0.id) }, periods: $0) } : nil)
    }
}

struct ResolvedPackage {
    var category: GroupCategory
    var key: EntityKey
    var required: [Course.ID]
    var menu: Menu?
}

/// Which parts of a group came unchanged from its package, so checks on them report once, at the package.
struct Inheritance {
    var package: EntityKey
    var wholeRequired: Bool
    var menuFrom: Bool
    var menuPeriods: Bool
}

/// Reads the tree of a whole scenario into domain values. Broken values get harmless
/// placeholders (the scenario is withheld anyway) so every other problem is still found.
final class ScenarioDecoder {
    /// Upper bounds a real programme never reaches; a typo beyond them is named, not solved.
    static let maxWeight = 1_000_000.0
    static let maxPeople = 100_000

    let r: FieldReader
    var map = SourceMap()
    var refs: [Reference] = []
    var firstSeen: [String: [String: SourceLocation]] = [:]
    var unavailableDates: [(Day, Day, SourceLocation)] = []
    var calendarBroken = false
    var packages: [GroupCategory: PackageDef] = [:]
    var inheritance: [String: Inheritance] = [:]
    /// Courses marked `first`, known before groups are read.
    var firstCourses = Set<String>()
    var pinKeys: [EntityKey] = []
    var rosterCounts: [String: Int] = [:]

    init(reader: FieldReader) { r = reader }

    func decode(_ root: YNode, defaultName: String) -> DecodedScenario? {
        guard root.pairs != nil else {
            r.error(.wrongType, "a scenario file should be a mapping with keys such as 'calendar' and 'groups', found \(root.found)", at: root.location)
            return nil
        }
        guard let top = r.fields(root, "scenario", what: "the scenario", allowed: Keys.top, required: ["format", "calendar"]) else { return nil }
        if let f = top["format"], let s = r.text(f, "format", ""), s != "paike/1" {
            r.error(.badFormat, "unsupported format '\(YNode.clip(s))'", at: f.location, hint: "this version of paike reads 'format: paike/1'")
        }
        let name = top["name"].flatMap { r.text($0, "name", "the scenario") } ?? defaultName
        let language = top["language"].flatMap(readLanguage)

        let calendar =
            top["calendar"].flatMap(readCalendar)
            ?? {
                calendarBroken = true
                return TeachingCalendar(start: Day(ordinal: 0), end: Day(ordinal: 0), periods: [])
            }()
        let sites = entities(top, "sites", allowed: Keys.site, required: ["id", "name"]) { f, id, what, key in
            Site(id: Site.ID(id), name: self.name(f, "name", what))
        }
        let travel = readTravel(top)
        let venues = entities(top, "venues", allowed: Keys.venue, required: ["id", "name", "kind"], read: readVenue)
        let teachers = entities(top, "teachers", allowed: Keys.teacher, required: ["id", "name", "teaches"], read: readTeacher)
        let courses = entities(top, "courses", allowed: Keys.course, required: ["id", "title", "form"], read: readCourse)
        firstCourses = Set(courses.filter(\.first).map(\.id.rawValue))
        for p in readPackages(top) { packages[p.category] = p }
        let groups = entities(top, "groups", allowed: Keys.group, required: ["id", "name", "category", "size"], read: readGroup)
        let cohorts = entities(top, "cohorts", allowed: Keys.cohort, required: ["id", "groups"], read: readCohort)
        let cadres = entities(top, "cadres", allowed: Keys.cadre, required: ["id", "name", "group"], read: readCadre)
        let mentors = entities(top, "mentors", allowed: Keys.mentor, required: ["id", "name", "site", "capacity"], read: readMentor)
        let teams = entities(top, "teams", allowed: Keys.team, required: ["id", "name", "site"], read: readTeam)
        let visits = top["visits"].flatMap(readVisits)
        let objective = top["objective"].map(readObjective) ?? Objective()

        var scenario = TrainingScenario(
            name: name, calendar: calendar, sites: sites, travel: travel, venues: venues,
            teachers: teachers, courses: courses, groups: groups, objective: objective)
        scenario.pins = readPins(top)
        scenario.cohorts = cohorts
        scenario.cadres = cadres
        scenario.mentors = mentors
        scenario.teams = teams
        scenario.visits = visits
        scenario.language = language
        scenario.assessment = top["assessment"].flatMap(readAssessment)
        var ids: [String: Set<String>] = [:]
        for (collection, seen) in firstSeen { ids[collection] = Set(seen.keys) }
        return DecodedScenario(
            scenario: scenario, sourceMap: map, references: refs, ids: ids,
            unavailableDates: unavailableDates, calendarBroken: calendarBroken, broken: r.broken,
            packages: packages.values.map(\.resolved).sorted { $0.key.id < $1.key.id }, inheritance: inheritance,
            pinKeys: pinKeys, rosterCounts: rosterCounts)
    }

    /// `language: zh` or `en`: what people read the outputs in (the files' ids never change).
    func readLanguage(_ node: YNode) -> String? {
        guard let s = r.text(node, "language", "the scenario") else { return nil }
        guard s == "zh" || s == "en" else {
            r.error(
                .badValue, "unknown language '\(YNode.clip(s))'", at: node.location,
                hint: "write 'language: zh' for Chinese (中文) or 'language: en' for English")
            return nil
        }
        return s
    }

    // MARK: Collections

    /// Reads a list of entities with ids: checks each id, duplicates, and keys, then `read` builds the value.
    func entities<T>(
        _ top: Fields, _ collection: String, allowed: [String], required: [String],
        read: (Fields, String, String, EntityKey) -> T
    ) -> [T] {
        guard let node = top[collection], let items = r.list(node, collection, "") else { return [] }
        let singular = Keys.singular(collection)
        var out: [T] = []
        for (n, item) in items.enumerated() {
            r.current = nil
            var id: String?
            if let idNode = item.value(forKey: "id"), !idNode.isNull { id = r.identifier(idNode, "id", singular) }
            let what = id.map { "\(singular) '\($0)'" } ?? "\(singular) number \(n + 1)"
            // An entity without a usable id cannot be referred to; still read it to find its other problems.
            let key = EntityKey(collection: collection, id: id ?? "#\(n + 1)")
            var duplicate = false
            if let id, let first = firstSeen[collection]?[id] {
                duplicate = true
                r.error(
                    .duplicateID, "duplicate \(singular) id '\(id)'", at: item.value(forKey: "id")!.location,
                    notes: ["first defined at \(first)"])
            }
            r.current = duplicate ? EntityKey(collection: collection, id: "#dup\(n)") : key
            guard let f = r.fields(item, collection, what: what, allowed: allowed, required: required) else { continue }
            if let id, !duplicate {
                firstSeen[collection, default: [:]][id] = item.location
                map.record(key, at: item.location)
                for (k, v) in f.values { map.record(key, field: k, at: v.location) }
            }
            let value = read(f, id ?? "", what, key)
            if id != nil, !duplicate { out.append(value) }
        }
        r.current = nil
        return out
    }

    func name(_ f: Fields, _ field: String, _ what: String) -> String {
        f[field].flatMap { r.text($0, field, what) } ?? ""
    }

    func reference(_ collection: String, _ node: YNode?, _ field: String, _ what: String, owner: EntityKey?) -> String? {
        guard let node, let id = r.identifier(node, field, what) else { return nil }
        refs.append(Reference(collection: collection, id: id, at: node.location, owner: owner, context: "'\(field)' of \(what)"))
        return id
    }

    func references(_ collection: String, _ node: YNode?, _ field: String, _ what: String, owner: EntityKey?, mapField: String? = nil) -> [String] {
        referencesAt(collection, node, field, what, owner: owner, mapField: mapField).map(\.id)
    }

    func referencesAt(
        _ collection: String, _ node: YNode?, _ field: String, _ what: String, owner: EntityKey?,
        mapField: String? = nil
    ) -> [(id: String, at: SourceLocation)] {
        guard let node else { return [] }
        return r.idList(node, field, what).map { id, loc in
            refs.append(Reference(collection: collection, id: id, at: loc, owner: owner, context: "'\(field)' of \(what)"))
            if let owner { map.record(owner, field: mapField ?? field, item: id, at: loc) }
            return (id, loc)
        }
    }

    // MARK: Calendar

    func readCalendar(_ node: YNode) -> TeachingCalendar? {
        let key = EntityKey(collection: "calendar", id: "")
        r.current = key
        defer { r.current = nil }
        guard let f = r.fields(node, "calendar", what: "the calendar", allowed: Keys.calendar, required: ["start", "end", "periods"]) else {
            calendarBroken = true; return nil
        }
        map.record(key, at: node.location)
        for (k, v) in f.values { map.record(key, field: k, at: v.location) }
        let start = f["start"].flatMap { r.day($0, "start", "the calendar") }
        let end = f["end"].flatMap { r.day($0, "end", "the calendar") }
        if let start, let end, end < start, let e = f["end"] {
            r.error(.endBeforeStart, "calendar ends on \(end) before it starts on \(start)", at: e.location)
        } else if let start, let end, end.ordinal - start.ordinal > 3660, let e = f["end"] {
            r.error(.outOfRange, "calendar spans \(end.ordinal - start.ordinal + 1) days, more than the 10 years paike plans", at: e.location)
            // Periods are still read, so references to them are not reported as unknown too.
            calendarBroken = true
        }
        // Training programmes run days or weeks; a calendar over a year is usually a typo in a year.
        if let start, let end, (366...3660).contains(end.ordinal - start.ordinal), let e = f["end"] {
            let sameYear = Day(year: start.year, month: end.month, day: end.day).flatMap { $0 >= start ? $0 : nil }
            r.warning(
                .outOfRange, "calendar spans \(end.ordinal - start.ordinal + 1) days, from \(start) to \(end)", at: e.location,
                hint: sameYear.map { "did you mean \($0)?" } ?? "check the years")
        }
        var weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
        if let w = f["weekdays"], let items = r.list(w, "weekdays", "the calendar") {
            weekdays = items.compactMap { r.choice($0, "weekdays", "the calendar", as: Weekday.self) }
        }
        var holidays: [Day] = []
        if let h = f["holidays"], let items = r.list(h, "holidays", "the calendar") {
            holidays = items.compactMap { r.day($0, "holidays", "the calendar") }
        }
        let periods = readPeriods(f["periods"])
        if r.broken.contains(key) { calendarBroken = true }
        guard let start, let end else { calendarBroken = true; return nil }
        return TeachingCalendar(start: start, end: end, weekdays: weekdays, holidays: holidays, periods: periods)
    }

    func readPeriods(_ node: YNode?) -> [Period] {
        guard let node, let items = r.list(node, "periods", "the calendar") else { return [] }
        var out: [(Period, SourceLocation)] = []
        for (n, item) in items.enumerated() {
            var id: String?
            if let idNode = item.value(forKey: "id"), !idNode.isNull { id = r.identifier(idNode, "id", "period") }
            let what = id.map { "period '\($0)'" } ?? "period number \(n + 1)"
            if let id, let first = firstSeen["periods"]?[id] {
                r.error(.duplicateID, "duplicate period id '\(id)'", at: item.value(forKey: "id")!.location, notes: ["first defined at \(first)"])
                continue
            }
            guard let f = r.fields(item, "periods", what: what, allowed: Keys.period, required: ["id", "start", "end"]) else { continue }
            let start = f["start"].flatMap { r.time($0, "start", what) }
            let end = f["end"].flatMap { r.time($0, "end", what) }
            let label = f["name"].flatMap { r.text($0, "name", what) }
            guard let id else { continue }
            let key = EntityKey(collection: "periods", id: id)
            firstSeen["periods", default: [:]][id] = item.location
            map.record(key, at: item.location)
            for (k, v) in f.values { map.record(key, field: k, at: v.location) }
            guard let start, let end else { continue }
            if end <= start {
                r.error(.endBeforeStart, "period '\(id)' ends at \(end), not after it starts at \(start)", at: f["end"]!.location)
                continue
            }
            out.append((Period(id: Period.ID(id), name: label, start: start, end: end), item.location))
        }
        // Sessions of several periods run in list order, so the list must follow the clock.
        for i in out.indices.dropFirst() {
            let (prev, _) = out[i - 1]
            let (cur, loc) = out[i]
            if cur.start < prev.end {
                if cur.end > prev.start && cur.start < prev.end && cur.start >= prev.start {
                    r.error(
                        .overlappingPeriods, "period '\(cur.id)' (\(cur.start)–\(cur.end)) overlaps period '\(prev.id)' (\(prev.start)–\(prev.end))", at: loc)
                } else {
                    r.error(
                        .overlappingPeriods, "period '\(cur.id)' starts before period '\(prev.id)' listed above it", at: loc,
                        hint: "list periods in time order without overlaps")
                }
                calendarBroken = true
            }
        }
        return out.map(\.0)
    }

    func readUnavailable(_ node: YNode?, _ what: String, owner: EntityKey) -> [Unavailability] {
        guard let node, let items = r.list(node, "unavailable", what) else { return [] }
        var out: [Unavailability] = []
        for item in items {
            if item.text != nil, !item.isNull {
                // Shorthand: a bare date.
                if let d = r.day(item, "unavailable", what) { unavailableDates.append((d, d, item.location)); out.append(.date(d, periods: nil)) }
                continue
            }
            guard let f = r.fields(item, "unavailable", what: "an 'unavailable' entry of \(what)", allowed: Keys.unavailable, required: []) else { continue }
            if f.has("date") && (f.has("from") || f.has("to")) {
                r.error(
                    .wrongType, "an 'unavailable' entry of \(what) has both 'date' and 'from'/'to'", at: item.location,
                    hint: "use {date} or {date, periods} for one day, {from, to} for a range")
                continue
            }
            if let dn = f["date"] {
                let periods = f["periods"].map { references("periods", $0, "periods", "an 'unavailable' entry of \(what)", owner: nil) }
                if let d = r.day(dn, "date", what) {
                    unavailableDates.append((d, d, dn.location)); out.append(.date(d, periods: periods.map { $0.map { Period.ID($0) } }))
                }
            } else if f.has("from") || f.has("to") {
                if f.has("periods") { r.error(.unknownKey, "'periods' can only go with 'date' in \(what)", at: f.values["periods"]!.location) }
                guard let fromNode = f["from"], let toNode = f["to"] else {
                    r.error(.missingField, "an 'unavailable' range of \(what) needs both 'from' and 'to'", at: item.location)
                    continue
                }
                guard let from = r.day(fromNode, "from", what), let to = r.day(toNode, "to", what) else { continue }
                if to < from {
                    r.error(.endBeforeStart, "unavailable range of \(what) ends on \(to) before it starts on \(from)", at: toNode.location)
                    continue
                }
                unavailableDates.append((from, to, fromNode.location))
                out.append(.range(from: from, to: to))
            } else {
                r.error(.missingField, "an 'unavailable' entry of \(what) needs 'date' or 'from' and 'to'", at: item.location)
            }
        }
        return out
    }

    // MARK: Entities

    func readTravel(_ top: Fields) -> [Travel] {
        guard let node = top["travel"], let items = r.list(node, "travel", "") else { return [] }
        var out: [Travel] = []
        for item in items {
            r.current = nil
            guard let f = r.fields(item, "travel", what: "a travel entry", allowed: Keys.travel, required: ["from", "to", "minutes"]) else { continue }
            let from = reference("sites", f["from"], "from", "a travel entry", owner: nil)
            let to = reference("sites", f["to"], "to", "a travel entry", owner: nil)
            let minutes = f["minutes"].flatMap { r.int($0, "minutes", "a travel entry", range: 0...100_000) }
            guard let from, let to else { continue }
            let id = "\(from)/\(to)"
            if let first = firstSeen["travel"]?[id] {
                r.error(.duplicateID, "travel from '\(from)' to '\(to)' is given twice", at: item.location, notes: ["first given at \(first)"])
                continue
            }
            firstSeen["travel", default: [:]][id] = item.location
            let key = EntityKey(collection: "travel", id: id)
            map.record(key, at: item.location)
            for (k, v) in f.values { map.record(key, field: k, at: v.location) }
            if let minutes { out.append(Travel(from: Site.ID(from), to: Site.ID(to), minutes: minutes)) }
        }
        return out
    }

    func readVenue(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Venue {
        let kind = f["kind"].flatMap { r.choice($0, "kind", what, as: VenueKind.self) }
        let online = kind == .online
        var site: String?
        var capacity: Int?
        if online {
            if let s = f["site"] { r.warning(.onlineVenueField, "online venue '\(id)' has a 'site'; it is ignored", at: s.location) }
            if let c = f["capacity"] { r.warning(.onlineVenueField, "online venue '\(id)' has a 'capacity'; online venues hold any number", at: c.location) }
        } else {
            if kind != nil {
                // A host unit seats no class unless a course names it, so its seats are optional.
                for k in ["site", "capacity"] where !f.has(k) && !f.misspelt.contains(k) && !(k == "capacity" && kind == .hostUnit) {
                    r.error(.missingField, "missing '\(k)' in \(what)", at: f.values[k]?.location ?? f.node.location)
                }
            }
            site = reference("sites", f["site"], "site", what, owner: key)
            capacity = f["capacity"].flatMap { r.int($0, "capacity", what, positive: true, range: 1...Self.maxPeople) }
        }
        var venue = Venue(
            id: Venue.ID(id), name: name(f, "name", what), kind: kind ?? .other, site: site.map { Site.ID($0) },
            capacity: capacity, unavailable: readUnavailable(f["unavailable"], what, owner: key))
        if let hc = f["host_capacity"] {
            if let kind, !VenueKind.hostKinds.contains(kind) {
                r.error(
                    .placementHost, "\(what) has 'host_capacity' but its kind '\(kind.rawValue)' takes no shadowing cadres",
                    at: f.keyLocation("host_capacity") ?? hc.location,
                    hint: "host units are of kind 'host_unit', 'village', 'community' or 'enterprise'")
            }
            venue.hostCapacity = r.int(hc, "host_capacity", what, positive: true, range: 1...Self.maxPeople)
        }
        venue.topics = readScores(f["topics"], "topics", what)
        return venue
    }

    func readTeacher(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Teacher {
        let teaches = references("courses", f["teaches"], "teaches", what, owner: key)
        let site = reference("sites", f["site"], "site", what, owner: key)
        let perDay = f["max_periods_per_day"].flatMap { r.int($0, "max_periods_per_day", what, positive: true) }
        let total = f["max_periods"].flatMap { r.int($0, "max_periods", what, positive: true) }
        return Teacher(
            id: Teacher.ID(id), name: name(f, "name", what), teaches: teaches.map { Course.ID($0) }, site: site.map { Site.ID($0) },
            maxPeriodsPerDay: perDay, maxPeriods: total, unavailable: readUnavailable(f["unavailable"], what, owner: key))
    }

    func readVenueRule(_ f: Fields, _ what: String, owner: EntityKey, prefix: String = "") -> VenueRule {
        var kinds: [VenueKind] = []
        if let k = f["venue_kinds"], let items = r.list(k, "venue_kinds", what) {
            kinds = items.compactMap { r.choice($0, "venue_kinds", what, as: VenueKind.self) }
        }
        let venues = references("venues", f["venues"], "venues", what, owner: owner, mapField: prefix.isEmpty ? "venues" : "five_haves.\(prefix).venues")
        return VenueRule(kinds: kinds, venues: venues.map { Venue.ID($0) })
    }

    func readScores(_ node: YNode?, _ field: String, _ what: String) -> [TopicScore] {
        guard let node else { return [] }
        guard let pairs = node.pairs else {
            r.wrongType(node, field, what, expected: "a mapping of topic to score 0–5", hint: "e.g. {rural_revitalisation: 4}")
            return []
        }
        var out: [TopicScore] = []
        var seen = Set<String>()
        for p in pairs {
            guard let topic = r.text(p.key, field, what) else { continue }
            guard seen.insert(topic).inserted else {
                r.error(.duplicateKey, "topic '\(topic)' appears twice in '\(field)' of \(what)", at: p.key.location); continue
            }
            if let s = r.int(p.value, field, what, range: 0...5) { out.append(TopicScore(topic: topic, score: s)) }
        }
        return out
    }

    func readCourse(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Course {
        let form = f["form"].flatMap { r.choice($0, "form", what, as: CourseForm.self) }
        var periods = f["periods"].flatMap { r.int($0, "periods", what, positive: true) }
        let rule = readVenueRule(f, what, owner: key)
        let topics = readScores(f["topics"], "topics", what)
        let first = f["first"].flatMap { r.bool($0, "first", what) } ?? false
        let joint = f["joint"].flatMap { r.bool($0, "joint", what) } ?? false
        let sessionsGiven = f["sessions"].flatMap { r.int($0, "sessions", what, positive: true) }
        let sessions = sessionsGiven ?? 1
        var fiveHaves: FiveHaves?
        var placement: PlacementRule?
        if let fh = f["five_haves"] {
            if let form, form != .onsite {
                r.error(
                    .fiveHavesForm, "\(what) has 'five_haves' but its form is '\(form.rawValue)'", at: f.keyLocation("five_haves") ?? fh.location,
                    hint: "five-haves units are on-site courses: set 'form: onsite' or remove 'five_haves'")
            }
            fiveHaves = readFiveHaves(fh, what, key, keyAt: f.keyLocation("five_haves") ?? fh.location)
            if let fiveHaves {
                let sum = fiveHaves.segments.reduce(0) { $0 + $1.periods }
                if let given = periods, given != sum, let pn = f["periods"] {
                    r.error(
                        .fiveHavesPeriods, "'periods' of \(what) is \(given) but its five segments add up to \(sum)", at: pn.location,
                        hint: "leave 'periods' out of on-site courses; it is the sum of the segments")
                }
                periods = sum
            }
        } else if form == .onsite {
            r.error(
                .fiveHavesForm, "on-site \(what) has no 'five_haves'", at: f.node.location,
                hint: "give its segments: theory, explanation, observation, exchange, summary")
        } else if form == .placement {
            placement = readPlacement(f, what, key)
        } else if form != nil, !f.has("periods"), f.values["periods"] == nil, !f.misspelt.contains("periods") {
            r.error(.missingField, "missing 'periods' in \(what)", at: f.node.location)
        }
        if form != .placement {
            for k in ["days", "hosts"] where f.has(k) {
                r.error(
                    .badValue, "\(what) has '\(k)' but its form is '\(form?.rawValue ?? "")'", at: f.keyLocation(k) ?? f.node.location,
                    hint: "'days' and 'hosts' belong to shadowing placements: set 'form: placement' or remove them")
            }
        }
        var course = Course(
            id: Course.ID(id), title: name(f, "title", what), form: form ?? .lecture, periods: periods ?? 1,
            venueRule: rule, topics: topics, first: first, joint: joint, sessions: sessions, fiveHaves: fiveHaves)
        course.placement = placement
        if let mn = f["min_days"] {
            // Compare with the sessions only when they were read cleanly; a broken one is reported already.
            let shapeKnown = (sessionsGiven != nil || !f.has("sessions")) && (fiveHaves != nil || !f.has("five_haves"))
            course.minDays = readMinDays(mn, what, sessions: shapeKnown ? sessions : nil, fiveHaves: fiveHaves)
        }
        // Unknown ids are reported with every other reference; self and cycles by the checks.
        course.after = references("courses", f["after"], "after", what, owner: key).map { Course.ID($0) }
        return course
    }

    /// A shadowing placement (跟班学习): whole teaching days at host units, so no periods, no teacher,
    /// no venue rule, and one block per group (not joint, not first, one session, no `min_days`).
    func readPlacement(_ f: Fields, _ what: String, _ key: EntityKey) -> PlacementRule? {
        for k in ["periods", "venue_kinds", "venues", "first", "joint", "sessions", "min_days"] where f.has(k) {
            r.error(
                .badValue, "shadowing placement \(what) has '\(k)'", at: f.keyLocation(k) ?? f.node.location,
                hint: "a placement is one block of whole days at its 'hosts': give 'days' and 'hosts' only")
        }
        for k in ["days", "hosts"] where !f.has(k) && !f.misspelt.contains(k) {
            r.error(.missingField, "missing '\(k)' in shadowing placement \(what)", at: f.node.location)
        }
        let days = f["days"].flatMap { r.int($0, "days", what, positive: true) }
        let hosts = references("venues", f["hosts"], "hosts", what, owner: key)
        if let h = f["hosts"], hosts.isEmpty, h.items?.isEmpty == true {
            r.error(.missingField, "shadowing placement \(what) names no host in 'hosts'", at: h.location, hint: "list the host units' venue ids")
        }
        guard let days, !hosts.isEmpty else { return nil }
        return PlacementRule(days: days, hosts: hosts.map { Venue.ID($0) })
    }

    /// `min_days` counts the days a course meets a group, so it lies between 1 and the number of
    /// days its sessions can fall on: one per session, or a five-haves unit's days per unit.
    /// `sessions` is nil when the course's shape was broken (already reported).
    func readMinDays(_ node: YNode, _ what: String, sessions: Int?, fiveHaves: FiveHaves?) -> Int? {
        guard let n = r.int(node, "min_days", what) else { return nil }
        if n < 1 {
            r.error(
                .outOfRange, "'min_days' of \(what) must be at least 1, found \(n)", at: node.location,
                hint: "it is the least number of different days the course's sessions should fall on; leave it out to let them share a day")
            return nil
        }
        guard let sessions else { return n }
        let perOccurrence = fiveHaves.map { min($0.segments.count, $0.withinDays) } ?? 1
        let most = sessions * perOccurrence
        if n > most {
            let how =
                fiveHaves == nil
                ? (sessions == 1 ? "a single session" : "\(sessions) sessions")
                : "\(sessions == 1 ? "one unit" : "\(sessions) units") of at most \(perOccurrence) days each"
            r.error(
                .outOfRange, "'min_days' of \(what) is \(n) but it meets each group in \(how), so on at most \(most) \(most == 1 ? "day" : "days")",
                at: node.location, hint: fiveHaves == nil ? "lower 'min_days' to \(most) or raise 'sessions'" : "lower 'min_days' to \(most)")
            return nil
        }
        return n
    }

    func readFiveHaves(_ node: YNode, _ what: String, _ key: EntityKey, keyAt: SourceLocation) -> FiveHaves? {
        guard let pairs = node.pairs else {
            r.wrongType(node, "five_haves", what, expected: "a mapping of 'within_days' and the five segments"); return nil
        }
        var within: Int?
        var segments: [SegmentKind: Segment] = [:]
        var seen: [String: SourceLocation] = [:]
        var complete = true
        var misspelt = Set<String>()
        for p in pairs {
            guard let k = p.key.text else { r.error(.wrongType, "a key in 'five_haves' of \(what) should be text", at: p.key.location); continue }
            // A segment may be keyed by its Chinese name (理论导入: …): both spellings are one key.
            let segmentKind = k == "within_days" ? nil : EnumAliases.value(k, as: SegmentKind.self)
            let canonical = segmentKind?.rawValue ?? k
            if let first = seen[canonical] {
                r.error(.duplicateKey, "key '\(k)' appears twice in 'five_haves' of \(what)", at: p.key.location, notes: ["first given at \(first)"]); continue
            }
            seen[canonical] = p.key.location
            if k == "within_days" {
                within = r.int(p.value, "within_days", what, positive: true)
                if within == nil { complete = false }
            } else if let kind = segmentKind {
                let k = kind.rawValue
                map.record(key, field: "five_haves.\(k)", at: p.value.location)
                let segWhat = "segment '\(k)' of \(what)"
                guard let f = r.fields(p.value, k, what: segWhat, allowed: Keys.segment, required: ["periods"]) else { complete = false; continue }
                let periods = f["periods"].flatMap { r.int($0, "periods", segWhat, positive: true) }
                let rule = readVenueRule(f, segWhat, owner: key, prefix: k)
                guard let periods else { complete = false; continue }
                segments[kind] = Segment(kind: kind, periods: periods, venueRule: rule)
            } else {
                complete = false
                let near = EnumAliases.nearest(k, as: SegmentKind.self)
                if let meant = near?.value.rawValue ?? Spelling.closest(to: k, in: Keys.fiveHaves) { misspelt.insert(meant) }
                let suggestion = near.map {
                    $0.spelling == $0.value.rawValue
                        ? r.wording("validate.alias.didYouMean", $0.spelling)
                        : r.wording("validate.alias.didYouMeanName", $0.spelling, $0.value.rawValue)
                }
                r.error(
                    .fiveHavesSegment, "'\(YNode.clip(k))' is not a five-haves segment of \(what)", at: p.key.location,
                    notes: (suggestion.map { [$0] } ?? Suggestions.didYouMean(k, in: Keys.fiveHaves))
                        + ["segments, in their fixed order: \(Suggestions.quotedList(SegmentKind.allCases.map(\.rawValue)))"])
            }
        }
        if seen["within_days"] == nil {
            complete = false
            r.error(
                .missingField, "missing 'within_days' in 'five_haves' of \(what)", at: keyAt,
                hint: "the number of consecutive teaching days all five segments must fit in")
        }
        // A misspelt segment was reported above; saying it is also missing would be noise.
        for kind in SegmentKind.allCases where seen[kind.rawValue] == nil && !misspelt.contains(kind.rawValue) {
            complete = false
            r.error(
                .fiveHavesSegment, "\(what) has no five-haves segment '\(kind.rawValue)' (\(kind.chinese))", at: keyAt,
                hint: "every on-site unit has theory, explanation, observation, exchange and summary")
        }
        guard complete, let within else { return nil }
        return FiveHaves(segments: SegmentKind.allCases.compactMap { segments[$0] }, withinDays: within)
    }

    // MARK: Packages and groups

    /// Packages are keyed by category (one each); groups read after them inherit from them.
    func readPackages(_ top: Fields) -> [PackageDef] {
        guard let node = top["packages"], let items = r.list(node, "packages", "") else { return [] }
        var out: [PackageDef] = []
        for (n, item) in items.enumerated() {
            r.current = nil
            var category: GroupCategory?
            let categoryNode = item.value(forKey: "category")
            if let c = categoryNode, !c.isNull { category = r.choice(c, "category", "package number \(n + 1)", as: GroupCategory.self) }
            let what = category.map { "package '\($0.rawValue)'" } ?? "package number \(n + 1)"
            let key = EntityKey(collection: "packages", id: category?.rawValue ?? "#\(n + 1)")
            var duplicate = false
            if let category, let categoryNode, let first = firstSeen["packages"]?[category.rawValue] {
                duplicate = true
                r.error(
                    .duplicateID, "a second package for category '\(category.rawValue)'", at: categoryNode.location,
                    hint: "one package per category; differences belong on the groups", notes: ["first defined at \(first)"])
            }
            r.current = duplicate ? EntityKey(collection: "packages", id: "#dup\(n)") : key
            guard let f = r.fields(item, "packages", what: what, allowed: Keys.package, required: ["category"]) else { continue }
            if category != nil, !duplicate {
                firstSeen["packages", default: [:]][key.id] = item.location
                map.record(key, at: item.location)
                for (k, v) in f.values { map.record(key, field: k, at: v.location) }
            }
            _ = f["name"].flatMap { r.text($0, "name", what) }
            let required = referencesAt("courses", f["required"], "required", what, owner: key)
            var def = PackageDef(
                category: category ?? .other, key: key, required: required, requiredAt: f["required"]?.location,
                hasMenu: f.has("menu"), menuAt: f["menu"]?.location, menuFrom: [])
            if let m = f["menu"], let mf = r.fields(m, "menu", what: "the menu of \(what)", allowed: Keys.menu, required: ["from", "periods"]) {
                def.menuFrom = referencesAt("courses", mf["from"], "from", "the menu of \(what)", owner: key, mapField: "menu")
                if let mp = mf["periods"] { map.record(key, field: "menu.periods", at: mp.location); def.menuPeriodsAt = mp.location }
                def.menuPeriods = mf["periods"].flatMap { r.int($0, "periods", "the menu of \(what)", positive: true) }
            }
            if category != nil, !duplicate { out.append(def) }
        }
        r.current = nil
        return out
    }

    func readGroup(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Group {
        let category = f["category"].flatMap { r.choice($0, "category", what, as: GroupCategory.self) }
        let size = f["size"].flatMap { r.int($0, "size", what, positive: true, range: 1...Self.maxPeople) }
        let site = reference("sites", f["site"], "site", what, owner: key)
        let package = category.flatMap { packages[$0] }
        let required = resolveRequired(f, what, key, package)
        let menu = resolveMenu(f, what, key, package)
        // A duplicate group (already reported) must not overwrite the first one's record.
        if let package, inheritance[id] == nil {
            inheritance[id] = Inheritance(
                package: package.key,
                wholeRequired: !f.has("required") && !f.has("required_add") && !f.has("required_remove"),
                menuFrom: menu.fromInherited, menuPeriods: menu.periodsInherited)
        }
        let needs = readScores(f["needs"], "needs", what)
        var group = Group(
            id: Group.ID(id), name: name(f, "name", what), category: category ?? .other, size: size ?? 0,
            site: site.map { Site.ID($0) }, required: required.map { Course.ID($0) }, menu: menu.value, needs: needs,
            unavailable: readUnavailable(f["unavailable"], what, owner: key))
        group.mentoring = f["mentoring"].flatMap { readMentoring($0, what, key) }
        return group
    }

    /// The group's own `required`, else its package's; then `required_remove`, then `required_add`.
    /// Inherited items are recorded at the package's lines so errors about them point there.
    func resolveRequired(_ f: Fields, _ what: String, _ key: EntityKey, _ package: PackageDef?) -> [String] {
        let own = f.has("required") ? referencesAt("courses", f["required"], "required", what, owner: key) : nil
        let add = referencesAt("courses", f["required_add"], "required_add", what, owner: key, mapField: "required")
        let remove = referencesAt("courses", f["required_remove"], "required_remove", what, owner: key)
        var list = own ?? package?.required ?? []
        if own == nil, let package {
            if let at = package.requiredAt { map.record(key, field: "required", at: at) }
            for (id, at) in package.required { map.record(key, field: "required", item: id, at: at) }
        }
        for (id, at) in remove {
            if list.contains(where: { $0.id == id }) {
                list.removeAll { $0.id == id }
            } else if firstSeen["courses"]?[id] != nil {
                // An unknown course is reported once, as an unknown reference.
                r.error(
                    .unknownReference, "'required_remove' of \(what) names '\(id)', which the list it adjusts does not contain", at: at,
                    notes: [
                        own == nil
                            ? (package.map { "inherited from package '\($0.key.id)': \(Suggestions.quotedList($0.required.map(\.id)))" }
                                ?? "the group has no package and no 'required'") : "its own 'required' is \(Suggestions.quotedList(own!.map(\.id)))"
                    ])
            }
        }
        for item in add where !list.contains(where: { $0.id == item.id }) { list.append(item) }
        // S1: every class takes the compulsory first course; an override must not drop the package's.
        if let package {
            for (id, at) in package.required where firstCourses.contains(id) && !list.contains(where: { $0.id == id }) {
                let by = remove.first { $0.id == id }?.at ?? f["required"]?.location ?? f.node.location
                r.error(
                    .packageFirstRemoved, "\(what) drops '\(id)', the compulsory first course (首修课) of package '\(package.key.id)'", at: by,
                    hint: "every class takes it; keep it in the group's list", notes: ["the package requires it at \(at)"])
            }
        }
        return list.map(\.id)
    }

    /// The group's menu fields over its package's, one field at a time.
    func resolveMenu(_ f: Fields, _ what: String, _ key: EntityKey, _ package: PackageDef?) -> (value: Menu?, fromInherited: Bool, periodsInherited: Bool) {
        let inherited = package?.hasMenu == true ? package : nil
        var from: [String]?
        var periods: Int?
        var ownFrom = false, ownPeriods = false
        if let m = f["menu"] {
            guard
                let mf = r.fields(
                    m, "menu", what: "the menu of \(what)", allowed: Keys.menu,
                    required: inherited == nil ? ["from", "periods"] : [])
            else { return (nil, false, false) }
            if mf.has("from") { from = references("courses", mf["from"], "from", "the menu of \(what)", owner: key, mapField: "menu"); ownFrom = true }
            if let mp = mf["periods"] {
                map.record(key, field: "menu.periods", at: mp.location)
                periods = r.int(mp, "periods", "the menu of \(what)", positive: true)
                ownPeriods = true
            }
            if inherited == nil && !(ownFrom && ownPeriods) { return (nil, false, false) }
        }
        guard ownFrom || ownPeriods || inherited != nil else { return (nil, false, false) }
        if let p = inherited {
            if let at = p.menuAt { map.record(key, field: "menu", at: at) }
            if !ownFrom {
                from = p.menuFrom.map(\.id)
                for (id, at) in p.menuFrom { map.record(key, field: "menu", item: id, at: at) }
            }
            if !ownPeriods {
                periods = p.menuPeriods
                if let at = p.menuPeriodsAt { map.record(key, field: "menu.periods", at: at) }
            }
        }
        guard let from, let periods else { return (nil, inherited != nil && !ownFrom, inherited != nil && !ownPeriods) }
        return (Menu(from: from.map { Course.ID($0) }, periods: periods), inherited != nil && !ownFrom, inherited != nil && !ownPeriods)
    }

    func readObjective(_ node: YNode) -> Objective {
        let key = EntityKey(collection: "objective", id: "")
        r.current = key
        defer { r.current = nil }
        var o = Objective()
        guard let f = r.fields(node, "objective", what: "the objective", allowed: Keys.objective, required: []) else { return o }
        map.record(key, at: node.location)
        func weight(_ k: String) -> Double? {
            guard let n = f[k] else { return nil }
            map.record(key, field: k, at: n.location)
            guard let w = r.double(n, k, "the objective") else { return nil }
            if w < 0 {
                r.error(.negativeWeight, "weight '\(k)' is negative: \(n.text ?? "")", at: n.location, hint: "weights are 0 or more; 0 switches a goal off")
                return nil
            }
            // Larger weights drown the 10,000 a period that keeps hard rules first, and overflow reports.
            if w > Self.maxWeight {
                r.error(.outOfRange, "weight '\(k)' is too large: \(n.text ?? "")", at: n.location, hint: "weights are at most 1000000")
                return nil
            }
            return w
        }
        if let w = weight("needs") { o.needs = w }
        if let w = weight("travel") { o.travel = w }
        if let w = weight("compactness") { o.compactness = w }
        if let w = weight("teacher_balance") { o.teacherBalance = w }
        if let w = weight("stability") { o.stability = w }
        // Absent or null: capacity stays a hard rule.
        if let w = weight("over_capacity") { o.overCapacity = w }
        if let w = weight("spread") { o.spread = w }
        if let w = weight("isolated") { o.isolated = w }
        if let w = weight("venue_changes") { o.venueChanges = w }
        return o
    }

    // MARK: Cohorts

    /// A cohort's groups share trainees. Repeats and lone groups are legal but likely slips.
    func readCohort(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Cohort {
        let listed = referencesAt("groups", f["groups"], "groups", what, owner: key)
        var first: [String: SourceLocation] = [:]
        for (g, at) in listed {
            if let earlier = first[g] {
                r.warning(
                    .cohortRepeatedGroup, "\(what) lists group '\(g)' twice", at: at, hint: "list each group once",
                    notes: ["first listed at \(earlier)"])
            } else {
                first[g] = at
            }
        }
        if let groupsNode = f["groups"], let items = groupsNode.items, items.count == listed.count, first.count < 2 {
            let names = listed.map(\.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            r.warning(
                .cohortTooSmall, "\(what) names \(names.isEmpty ? "no group" : "only group '\(names[0])'"), so it keeps no two groups apart",
                at: f.keyLocation("groups") ?? groupsNode.location,
                hint: "a cohort lists two or more groups that share trainees")
        }
        let label = f["name"].flatMap { r.text($0, "name", what) } ?? id
        return Cohort(id: Cohort.ID(id), name: label, groups: listed.map { Group.ID($0.id) })
    }

    // MARK: Pins

    /// Pins have no ids: each is keyed by its 1-based position so errors and the source map can name it.
    func readPins(_ top: Fields) -> [Pin] {
        guard let node = top["pins"], let items = r.list(node, "pins", "") else { return [] }
        var out: [Pin] = []
        for (n, item) in items.enumerated() {
            let key = EntityKey(collection: "pins", id: "\(n + 1)")
            let what = "pin number \(n + 1)"
            r.current = key
            defer { r.current = nil }
            guard let f = r.fields(item, "pins", what: what, allowed: Keys.pin, required: ["group", "course"]) else { continue }
            map.record(key, at: item.location)
            for (k, v) in f.values { map.record(key, field: k, at: v.location) }
            let group = reference("groups", f["group"], "group", what, owner: key)
            let course = reference("courses", f["course"], "course", what, owner: key)
            var occurrence: Int?
            if let o = f["occurrence"], let n = r.int(o, "occurrence", what) {
                if n < 1 {
                    r.error(
                        .outOfRange, "'occurrence' of \(what) must be at least 1, found \(n)", at: o.location,
                        hint: "occurrences count from 1; leave it out to pin every occurrence")
                } else {
                    occurrence = n
                }
            }
            var segment: SegmentKind?
            if let sn = f["segment"], let s = r.text(sn, "segment", what) {
                segment = EnumAliases.value(s, as: SegmentKind.self)
                if segment == nil {
                    let names = SegmentKind.allCases.map(\.rawValue)
                    let near = EnumAliases.nearest(s, as: SegmentKind.self).map {
                        $0.spelling == $0.value.rawValue
                            ? r.wording("validate.alias.didYouMean", $0.spelling)
                            : r.wording("validate.alias.didYouMeanName", $0.spelling, $0.value.rawValue)
                    }
                    r.error(
                        .fiveHavesSegment, "'\(YNode.clip(s))' is not a five-haves segment, in \(what)", at: sn.location,
                        notes: (near.map { [$0] } ?? Suggestions.didYouMean(s, in: names)) + ["segments: \(Suggestions.quotedList(names))"])
                }
            }
            let date = f["date"].flatMap { r.day($0, "date", what) }
            let period = reference("periods", f["period"], "period", what, owner: key)
            let venue = reference("venues", f["venue"], "venue", what, owner: key)
            let teacher = reference("teachers", f["teacher"], "teacher", what, owner: key)
            // A misspelt `dat:` was reported as an unknown key; calling the pin empty too would be noise.
            let fixed = ["date", "period", "venue", "teacher"]
            if !fixed.contains(where: { f.has($0) || f.misspelt.contains($0) }) {
                r.error(
                    .badValue, "a pin that fixes nothing: \(what) gives none of 'date', 'period', 'venue', 'teacher'", at: item.location,
                    hint: "give at least one of them, or remove the pin")
            }
            guard let group, let course else { continue }
            pinKeys.append(key)
            out.append(
                Pin(
                    group: Group.ID(group), course: Course.ID(course), occurrence: occurrence, segment: segment, date: date,
                    period: period.map { Period.ID($0) }, venue: venue.map { Venue.ID($0) }, teacher: teacher.map { Teacher.ID($0) }))
        }
        return out
    }
}
