import Domain

/// How large the timetable model of a scenario will be, estimated before anything is built: a
/// one-digit typo in a year (`end: 2035-03-10`) multiplies every session's candidate times by
/// hundreds and the model grows past the machine's memory within seconds.
public struct ModelSize: Sendable, Equatable {
    /// Candidate placements (a day, first period, venue and teacher for one session).
    public var placements: Int
    /// The groups contributing most, with their placements, largest first.
    public var largest: [(group: Group.ID, placements: Int)]
    /// Placements held in memory at once: the whole programme when it is searched whole (up to
    /// 10,000 sessions, as the solver does), else its largest part (groups planned together).
    public var peakPlacements: Int

    /// Bytes one estimated placement costs across the planner, the search state and GLPK's
    /// columns: Wensu with a one-year calendar, 1.81 million estimated, peaked at 1.71 GB.
    public static let bytesPerPlacement = 1_000
    /// The default refusal threshold: the same on every machine, so a scenario that validates
    /// here validates everywhere.
    public static let defaultLimitBytes = 4 << 30

    public var estimatedBytes: Int { Self.product([peakPlacements, Self.bytesPerPlacement]) }

    public static func == (a: Self, b: Self) -> Bool {
        a.placements == b.placements && a.peakPlacements == b.peakPlacements && a.largest.map(\.group) == b.largest.map(\.group)
            && a.largest.map(\.placements) == b.largest.map(\.placements)
    }

    /// Candidate times × fitting venues × qualified teachers, summed over every session each group
    /// takes or may choose. An upper bound (unavailability and pins only remove candidates).
    public init(_ s: TrainingScenario) {
        let days = s.calendar.teachingDays.count
        let periods = s.calendar.periods.count
        var teachers: [Course.ID: Int] = [:]
        for t in s.teachers { for c in Set(t.teaches) { teachers[c, default: 0] += 1 } }
        let courses = Dictionary(s.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The capacities each rule names, sorted once: a province asks for each rule 1,000 times.
        var capacities: [VenueRule: [Int]] = [:]
        let index = VenueIndex(s.venues)
        func venues(_ rule: VenueRule, size: Int) -> Int {
            if capacities[rule] == nil {
                // Named venues alone when a rule names some (an upper bound either way).
                let named = rule.venues.isEmpty ? VenueRule(kinds: rule.kinds) : VenueRule(venues: rule.venues)
                capacities[rule] = index.allowed(by: named).map { $0.capacity ?? .max }.sorted()
            }
            let sorted = capacities[rule]!
            // The first capacity that holds `size`: all after it do too.
            var lo = 0, hi = sorted.count
            while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] >= size { hi = mid } else { lo = mid + 1 } }
            return sorted.count - lo
        }
        func candidates(length: Int, rule: VenueRule, course: Course, size: Int) -> Int {
            let starts = days * max(0, periods - length + 1)
            let who = course.form == .online ? max(1, teachers[course.id] ?? 0) : (teachers[course.id] ?? 0)
            return Self.product([starts, venues(rule, size: size), who])
        }
        var total = 0, sessions = 0
        var byGroup: [(Group.ID, Int)] = []
        for g in s.groups {
            var mine = 0
            for id in Set(g.required + (g.menu?.from ?? [])) {
                guard let c = courses[id] else { continue }
                let one =
                    c.fiveHaves.map { fh in
                        fh.segments.reduce(0) { $0 &+ candidates(length: $1.periods, rule: $1.venueRule, course: c, size: g.size) }
                    } ?? candidates(length: c.periods, rule: c.venueRule, course: c, size: g.size)
                mine = Self.sum(mine, Self.product([one, c.sessions]))
                sessions = Self.sum(sessions, Self.product([c.sessions, c.fiveHaves?.segments.count ?? 1]))
            }
            total = Self.sum(total, mine)
            byGroup.append((g.id, mine))
        }
        placements = total
        let mine = Dictionary(byGroup, uniquingKeysWith: { a, _ in a })
        let parts = s.planningParts()
        peakPlacements =
            parts.count == 1 || sessions <= 10_000
            ? total
            : parts.map { $0.reduce(0) { Self.sum($0, mine[$1] ?? 0) } }.max() ?? 0
        largest = byGroup.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map { (group: $0.0, placements: $0.1) }
    }

    static func product(_ xs: [Int]) -> Int {
        xs.reduce(1) { a, b in
            let (p, o) = a.multipliedReportingOverflow(by: b); return o ? .max : p
        }
    }
    static func sum(_ a: Int, _ b: Int) -> Int { let (s, o) = a.addingReportingOverflow(b); return o ? .max : s }
}
