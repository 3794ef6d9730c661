import Domain
import MIP

/// A lower bound on the objective that keeps what couples classes: every class's sessions share
/// the teachers, the venue pools and the teachers' fair shares. Times inside a day are
/// aggregated away: a session is given only a day, a venue pool and a teacher (one binary
/// column per distinct triple its placements offer — no symmetry between start periods), or,
/// for programmes too large for that, only a pool and a teacher.
///
/// Rows, each a necessary condition of any timetable (so the program's optimum is at most the
/// objective of every timetable):
/// - coverage and the elective menu as in the whole program (SessionCoverage, ElectiveMenu);
/// - per teacher and day, the periods taught ≤ min(its daily limit, the periods of the day its
///   placements cover); in all, ≤ its `max_periods` (TeacherClash, TeacherLoad);
/// - per venue pool and day, the periods held ≤ venues × the periods its placements cover
///   (VenueClash; online pools have no row);
/// - per class and day, the periods it attends ≤ the periods its placements cover (GroupClash);
///   without days, the same over the whole programme (a teacher's day counting at most its daily
///   limit).
/// A joint meeting counts for a teacher or pool with 1/n of its periods per class attending,
/// n the classes taking the course: a meeting holds at most n classes, so this never exceeds
/// the periods actually taught.
///
/// Terms, each at most the term measured on any timetable:
/// - unmet periods and the menu's shortfall, and needs, exactly as the whole program prices them
///   (they depend only on which sessions are held), and for small menus also at least the needs
///   of the whole menu choice (`convexifyMenus`);
/// - teacher balance on the load above (a lower estimate of each teacher's load only lowers
///   its excess);
/// - travel: with days, a visit of a class to a site on a day is at least each of its sessions
///   there that day, and at least its periods there that day ÷ periods a day (so sessions spread
///   thin over days still pay); without days, the days a class visits a site are at least its
///   periods there ÷ periods a day (an integer);
/// - compactness: with days, a day holding exactly one session of a class (lone ≥ 2·used − sessions,
///   used ≥ each session) — breaks inside a day are left out (never negative);
/// - cohorts, order rules, travel between sessions, spread, isolated periods, seats short and
///   stability are left out (rules only relax; those terms are never negative).
/// Scenarios that price venue changes (`objective.venue_changes`, whose program carries a
/// negative constant) and programmes of more than 10,000 sessions are not bounded here.
public struct CouplingBound: Sendable {
    /// Whether sessions are given a day (stronger) or only a pool and a teacher (smaller). Keeping
    /// days only for sessions away from home (where travel is priced) was tried on the tight
    /// prefecture: 127,098 columns, its LP 41,481 (the same as without days) after 476 s.
    public enum Resolution: String, Sendable, CaseIterable {
        case day, programme
        /// For the method line.
        public var wording: String { self == .day ? "by day" : "whole programme" }
    }

    public let program: IntegerProgram
    public let resolution: Resolution
    /// Session columns (requirement × day × pool × teacher, or without the day).
    public let sessionColumns: Int

    /// Columns above which the day resolution gives way to the programme one, and above which
    /// no bound is built (GLPK's LP slows sharply past ~10k columns, glpk-notes.md).
    public static let columnLimit = 40_000
    /// Session requirements above which no bound is built: the placements of the whole programme
    /// are generated for it, which the solve itself does only up to this size (docs/search.md,
    /// "Programmes in parts"; a province is planned part by part).
    public static let requirementLimit = 10_000

    /// Why no coupling bound is built for a scenario, or nil when it can be.
    public static func refusal(_ context: PlanningContext) -> String? {
        if context.scenario.objective.venueChanges > 0 { return "venue changes are priced (a negative constant)" }
        let n = context.sessionRequirements().count
        if n > requirementLimit { return "\(n) session requirements, above \(requirementLimit)" }
        return nil
    }

    /// Nil (with the reason) when the scenario is refused or too large even without days.
    public static func build(_ context: PlanningContext, columnLimit: Int = columnLimit) -> (bound: CouplingBound?, note: String?) {
        if let why = refusal(context) { return (nil, why) }
        let reqs = context.sessionRequirements()
        let set = context.placements(for: reqs)
        for resolution in Resolution.allCases {
            let modes = Self.modes(set, requirements: reqs.count, resolution: resolution)
            if modes.count <= columnLimit {
                return (CouplingBound(context: context, requirements: reqs, placements: set, modes: modes, resolution: resolution), nil)
            }
        }
        return (nil, "more than \(columnLimit) session columns even without days")
    }

    /// A session's day (−1 without days), pool and teacher.
    struct Mode: Hashable { var requirement: Int; var day: Int; var pool: Int; var teacher: Teacher.ID? }

    /// A class's visit to a site away from home on a day (−1: the days are not known).
    struct Stop: Hashable, Comparable {
        var day: Int
        var site: Site.ID
        static func < (a: Stop, b: Stop) -> Bool { (a.day, a.site) < (b.day, b.site) }
    }

    static func modes(_ set: PlacementSet, requirements: Int, resolution: Resolution) -> [Mode] {
        var seen = Set<Mode>(), out: [Mode] = []
        for r in 0..<min(requirements, set.byRequirement.count) {
            for pi in set.byRequirement[r] {
                let p = set.placements[pi]
                let m = Mode(requirement: r, day: resolution == .day ? p.day : -1, pool: p.pool, teacher: p.teacher)
                if seen.insert(m).inserted { out.append(m) }
            }
        }
        return out
    }

    init(context: PlanningContext, requirements reqs: [SessionRequirement], placements set: PlacementSet, modes: [Mode], resolution: Resolution) {
        self.resolution = resolution
        sessionColumns = modes.count
        let empty = PlacementSet(
            pools: set.pools, activities: [], placements: [],
            byRequirement: Array(repeating: [], count: reqs.count), shortages: [:])
        // Unmet and elective columns, priced as in the whole program.
        var m = ModelBuilder(context: context, requirements: reqs, placements: empty)
        ElectiveMenu().addRows(to: &m)
        let np = context.periodsPerDay
        let o = context.scenario.objective

        // Periods (slot numbers) each teacher, pool and class could be busy in, from the placements.
        var teacherSlots: [Teacher.ID: Set<Int>] = [:], poolSlots: [Int: Set<Int>] = [:], groupSlots: [Group.ID: Set<Int>] = [:]
        for p in set.placements {
            let slots = p.periods.map { p.day * np + $0 }
            if let t = p.teacher { teacherSlots[t, default: []].formUnion(slots) }
            if !set.pools[p.pool].online { poolSlots[p.pool, default: []].formUnion(slots) }
            for r in set.activities[p.activity].requirements { groupSlots[reqs[r].group, default: []].formUnion(slots) }
        }
        func perDay(_ slots: Set<Int>) -> [Int: Int] { Dictionary(grouping: slots, by: { $0 / np }).mapValues(\.count) }
        // Classes taking each joint course: the most a meeting can hold.
        var takers: [Course.ID: Set<Group.ID>] = [:]
        for r in reqs where r.joint { takers[r.course, default: []].insert(r.group) }
        func share(_ r: SessionRequirement) -> Double { r.joint ? 1.0 / Double(max(1, takers[r.course]?.count ?? 1)) : 1.0 }

        var column: [Int] = []
        var ofRequirement: [[Int]] = Array(repeating: [], count: reqs.count)  // indices into modes
        for (i, mode) in modes.enumerated() {
            column.append(m.program.addColumn("s\(mode.requirement)_\(mode.day)_\(mode.pool)_\(mode.teacher?.rawValue ?? "-")"))
            ofRequirement[mode.requirement].append(i)
        }
        // Coverage: held once, or unmet (a menu course: only when chosen).
        for r in reqs {
            var terms = ofRequirement[r.index].map { (column[$0], 1.0) }
            terms.append((m.unmetColumn[r.index], 1.0))
            if let taken = m.takenColumn(r) {
                m.program.addRow("cover\(r.index)", terms + [(taken, -1.0)], .equal(0))
            } else {
                m.program.addRow("cover\(r.index)", terms, .equal(1))
            }
        }
        // Loads per teacher, pool and class and bucket (a day, or the whole programme).
        var teacherLoad: [Teacher.ID: [Int: [(Int, Double)]]] = [:]
        var poolLoad: [Int: [Int: [(Int, Double)]]] = [:]
        var groupLoad: [Group.ID: [Int: [(Int, Double)]]] = [:]
        for (i, mode) in modes.enumerated() {
            let r = reqs[mode.requirement]
            let periods = Double(r.length)
            if let t = mode.teacher { teacherLoad[t, default: [:]][mode.day, default: []].append((column[i], periods * share(r))) }
            if !set.pools[mode.pool].online { poolLoad[mode.pool, default: [:]][mode.day, default: []].append((column[i], periods * share(r))) }
            groupLoad[r.group, default: [:]][mode.day, default: []].append((column[i], periods))
        }
        // A row per day, or one over the whole programme (bucket −1).
        func capacityRows(_ name: String, _ buckets: [Int: [(Int, Double)]], day: (Int) -> Int, whole: Int) {
            for (d, terms) in buckets.sorted(by: { $0.key < $1.key }) {
                m.program.addRow("\(name)_\(d)", terms, .atMost(Double(d >= 0 ? day(d) : whole)))
            }
        }
        for (t, buckets) in teacherLoad.sorted(by: { $0.key < $1.key }) {
            let teacher = context.teachers[t]
            let slots = teacherSlots[t] ?? []
            let covered = perDay(slots)
            let total: Int? = teacher?.maxPeriods
            let limit: IntegerProgram.Bounds = total.map { .between(0, Double($0)) } ?? .atLeast(0)
            let load = m.program.addColumn("load_\(t)", kind: .continuous, bounds: limit)
            m.loadColumn[t] = load
            m.program.addRow("load_\(t)", buckets.values.flatMap { $0 }.map { ($0.0, $0.1) } + [(load, -1.0)], .equal(0))
            let daily = teacher?.maxPeriodsPerDay ?? Int.max
            let whole = covered.values.reduce(0) { $0 + min($1, daily) }
            capacityRows("teach_\(t)", buckets, day: { min(covered[$0] ?? 0, daily) }, whole: whole)
        }
        for (k, buckets) in poolLoad.sorted(by: { $0.key < $1.key }) {
            let slots = poolSlots[k] ?? []
            let covered = perDay(slots)
            let venues = set.pools[k].venues.count
            capacityRows("pool_\(k)", buckets, day: { venues * (covered[$0] ?? 0) }, whole: venues * slots.count)
        }
        for (g, buckets) in groupLoad.sorted(by: { $0.key < $1.key }) {
            let slots = groupSlots[g] ?? []
            let covered = perDay(slots)
            capacityRows("group_\(g)", buckets, day: { covered[$0] ?? 0 }, whole: slots.count)
        }

        let beforeNeeds = m.program.columns.count
        NeedsTerm().add(to: &m, weight: o.needs)
        if o.needs > 0 { Self.convexifyMenus(&m, from: beforeNeeds, weight: o.needs) }
        TeacherBalanceTerm().add(to: &m, weight: o.teacherBalance)

        // Travel: visits of each class to each site away from home.
        if o.travel > 0 {
            for g in context.scenario.groups {
                guard let home = g.site else { continue }
                // (day or −1, site) -> requirement -> its columns there
                var at: [Stop: [Int: [Int]]] = [:]
                var minutes: [Stop: Int] = [:], periodsAt: [Stop: [(Int, Double)]] = [:]
                for r in m.requirementsOfGroup[g.id] ?? [] {
                    for i in ofRequirement[r] {
                        let mode = modes[i]
                        guard let site = set.pools[mode.pool].site else { continue }
                        let trip = context.travelMinutes(home, site)
                        guard trip > 0 else { continue }
                        let stop = Stop(day: mode.day, site: site)
                        minutes[stop] = trip
                        at[stop, default: [:]][r, default: []].append(column[i])
                        periodsAt[stop, default: []].append((column[i], Double(reqs[r].length)))
                    }
                }
                // Requirements whose every column is at one site.
                var onlyAt: [Int: Site.ID] = [:]
                for r in m.requirementsOfGroup[g.id] ?? [] {
                    let sites = Set(ofRequirement[r].map { set.pools[modes[$0].pool].site })
                    if sites.count == 1, let site = sites.first!, !ofRequirement[r].isEmpty { onlyAt[r] = site }
                }
                var visitsAt: [Site.ID: [Int]] = [:]
                for stop in at.keys.sorted() {
                    let cost = o.travel * Double(minutes[stop]!)
                    let name = "\(g.id)_\(stop.day)_\(stop.site)"
                    // With its day a visit is 0 or 1; without, the days spent at the site.
                    let visit =
                        stop.day >= 0
                        ? m.program.addColumn("visit_\(name)", kind: .continuous, bounds: .between(0, 1), cost: cost)
                        : m.program.addColumn("visits_\(name)", kind: .integer, bounds: .atLeast(0), cost: cost)
                    for (r, cols) in at[stop]!.sorted(by: { $0.key < $1.key }) {
                        m.program.addRow("visit_\(name)_\(r)", cols.map { ($0, 1.0) } + [(visit, -1.0)], .atMost(0))
                    }
                    // A day at the site holds at most a day's periods: without days this counts the
                    // days, with them it keeps a class's sessions from spreading thin over many days.
                    m.program.addRow("days_\(name)", periodsAt[stop]!.map { ($0.0, $0.1) } + [(visit, -Double(np))], .atMost(0))
                    visitsAt[stop.site, default: []].append(visit)
                    if stop.day < 0 { Self.roundDaysUp(&m, visits: visit, stop: stop, at: at[stop]!, only: onlyAt, requirements: reqs, periodsADay: np) }
                }
                // A five-haves unit held needs at least the days at each site its own order,
                // window and travel leave it (`unitDays`).
                for unit in m.fiveHavesUnits() where m.requirements[unit[0]].group == g.id {
                    let held = ofRequirement[unit[0]].map { (column[$0], 1.0) }
                    guard !held.isEmpty else { continue }
                    for (site, days) in Self.unitDays(unit, home: home, context: context, requirements: reqs, placements: set)
                    where days > 1 {
                        guard let visits = visitsAt[site] else { continue }
                        m.program.addRow(
                            "unitdays_\(g.id)_\(unit[0])_\(site)", visits.map { ($0, 1.0) } + held.map { ($0.0, -Double(days) * $0.1) }, .atLeast(0))
                    }
                }
            }
        }
        // Compactness: a day of a class holding a single session.
        if o.compactness > 0 && resolution == .day {
            for g in context.scenario.groups {
                var onDay: [Int: [Int: [Int]]] = [:]  // day -> requirement -> columns
                for r in m.requirementsOfGroup[g.id] ?? [] {
                    for i in ofRequirement[r] { onDay[modes[i].day, default: [:]][r, default: []].append(column[i]) }
                }
                for (d, byReq) in onDay.sorted(by: { $0.key < $1.key }) {
                    let used = m.program.addColumn("used_\(g.id)_\(d)", kind: .continuous, bounds: .between(0, 1))
                    for (r, cols) in byReq.sorted(by: { $0.key < $1.key }) {
                        m.program.addRow("used_\(g.id)_\(d)_\(r)", [(used, 1.0)] + cols.map { ($0, -1.0) }, .atLeast(0))
                    }
                    let lone = m.program.addColumn("lone_\(g.id)_\(d)", kind: .continuous, bounds: .atLeast(0), cost: o.compactness)
                    m.program.addRow("lone_\(g.id)_\(d)", [(lone, 1.0), (used, -2.0)] + byReq.values.flatMap { $0 }.map { ($0, 1.0) }, .atLeast(0))
                }
            }
        }
        program = m.program
    }

    /// Without days, the days at a site are an integer: the sessions that can only be held there
    /// need ⌈their periods ÷ periods a day⌉ of them, which the linear program's days column would
    /// otherwise take as a fraction. A session not held lowers that by at most ⌈its periods ÷
    /// periods a day⌉, so the row (days − Σ ⌈·⌉ × held ≥ ⌈total⌉ − Σ ⌈·⌉) holds for every timetable.
    static func roundDaysUp(
        _ m: inout ModelBuilder, visits: Int, stop: Stop, at: [Int: [Int]], only onlyAt: [Int: Site.ID],
        requirements reqs: [SessionRequirement], periodsADay np: Int
    ) {
        let forced = at.keys.filter { onlyAt[$0] == stop.site }.sorted()
        func days(_ periods: Int) -> Int { (periods + np - 1) / np }
        let need = days(forced.reduce(0) { $0 + reqs[$1].length })
        guard need > 1 else { return }  // one day is already each session's own row
        let each = forced.map { days(reqs[$0].length) }
        var terms: [(column: Int, value: Double)] = [(visits, 1.0)]
        for (r, d) in zip(forced, each) { terms += at[r]!.map { ($0, -Double(d)) } }
        m.program.addRow("days_up_\(reqs[forced[0]].group)_\(stop.site)", terms, .atLeast(Double(need - each.reduce(0, +))))
    }

    /// For each site away from home, the fewest days at it over every way of holding the five-haves
    /// unit alone (segments in order, one after the other, all within its `within_days`, the travel
    /// between consecutive segments of a day fitting the gap between their periods): exact by
    /// dynamic programming over the segments, counting a day once however many of its segments
    /// are at the site (a day's segments are consecutive in the unit's order). Any timetable holds
    /// the unit one of these ways, so the class visits each site at least that many days.
    static func unitDays(
        _ unit: [Int], home: Site.ID, context: PlanningContext, requirements reqs: [SessionRequirement],
        placements set: PlacementSet
    ) -> [Site.ID: Int] {
        struct Option: Hashable { var day: Int; var start: Int; var end: Int; var site: Site.ID? }
        let options: [[Option]] = unit.map { r in
            Array(
                Set(
                    set.byRequirement[r].map { pi -> Option in
                        let p = set.placements[pi]
                        return Option(day: p.day, start: p.start, end: p.start + p.length - 1, site: set.pools[p.pool].site)
                    }))
        }
        guard options.allSatisfy({ !$0.isEmpty }), unit.count <= 8 else { return [:] }
        let window = context.courses[reqs[unit[0]].course]?.fiveHaves?.withinDays ?? context.days.count
        let sites = Set(options.flatMap { $0.compactMap(\.site) }).filter { context.travelMinutes(home, $0) > 0 }
        var out: [Site.ID: Int] = [:]
        for site in sites.sorted() {
            // state: the last segment's option, the first day, whether its day already counts the site
            struct State: Hashable { var last: Option; var first: Int; var counted: Bool }
            var best: [State: Int] = [:]
            for o in options[0] {
                let at = o.site == site;
                best[State(last: o, first: o.day, counted: at), default: .max] = min(best[State(last: o, first: o.day, counted: at)] ?? .max, at ? 1 : 0)
            }
            for k in 1..<unit.count {
                var next: [State: Int] = [:]
                for (state, cost) in best {
                    let prev = state.last
                    for o in options[k] {
                        guard o.day - state.first < window,
                            o.day > prev.day
                                || (o.day == prev.day && o.start > prev.end
                                    && context.minutesBetween(endOf: prev.end, startOf: o.start) >= context.travelMinutes(prev.site, o.site))
                        else { continue }
                        let sameDay = o.day == prev.day
                        let at = o.site == site
                        let counted = (sameDay && state.counted) || at
                        let add = at && !(sameDay && state.counted) ? 1 : 0
                        let s = State(last: o, first: state.first, counted: counted)
                        next[s] = min(next[s] ?? .max, cost + add)
                    }
                }
                best = next
                if best.isEmpty { return [:] }
            }
            out[site] = best.values.min() ?? 0
        }
        return out
    }

    /// Menus of up to `menuCourses` courses: the needs of each class are also at least those of
    /// the menu choice it makes, priced whole. One share column per choice that fills the menu
    /// exactly (its needs with every required and chosen session held: holding fewer only leaves
    /// more uncovered, h being decreasing), and one for any other choice, which leaves the menu
    /// short (at least a period of shortfall) and is priced as if every menu course were held.
    /// The shares sum to 1 and give the elective columns; the class's needs are then the larger
    /// of this and the needs rows' own measure, which is exact once choices are whole. In the
    /// linear program this is the convex hull of the choices, far above mixing courses by halves.
    static let menuCourses = 12, menuChoices = 1_000

    static func convexifyMenus(_ m: inout ModelBuilder, from first: Int, weight: Double) {
        let c = m.context
        for g in c.scenario.groups {
            guard let menu = g.menu, let short = m.menuShortfallColumn[g.id] else { continue }
            let offered = menu.from.filter { !g.required.contains($0) && m.electiveColumn[GroupCourse(g.id, $0)] != nil }
            guard !offered.isEmpty, offered.count <= menuCourses else { continue }
            // Topic scores a course brings when every one of its sessions is held.
            let courses = Set((m.requirementsOfGroup[g.id] ?? []).map { m.requirements[$0].course })
            func scores(_ id: Course.ID) -> [String: Double] {
                guard courses.contains(id), let course = c.courses[id] else { return [:] }
                return Dictionary(course.topics.map { ($0.topic, Double($0.score)) }, uniquingKeysWith: +)
            }
            var base: [String: Double] = [:]
            for id in g.required { base.merge(scores(id), uniquingKeysWith: +) }
            func needs(_ chosen: [Course.ID]) -> Double {
                var cov = base
                for id in chosen { cov.merge(scores(id), uniquingKeysWith: +) }
                return g.needs.filter { $0.score > 0 }.reduce(0.0) { $0 + weight * Double($1.score) * NeedsTerm.h(cov[$1.topic] ?? 0) }
            }
            let periods = offered.map { c.courses[$0]?.totalPeriods ?? 0 }
            var choices: [[Int]] = []
            for mask in 0..<(1 << offered.count) {
                let picked = (0..<offered.count).filter { mask & (1 << $0) != 0 }
                if picked.reduce(0, { $0 + periods[$1] }) == menu.periods { choices.append(picked) }
                if choices.count > menuChoices { break }
            }
            guard choices.count <= menuChoices else { continue }
            // The needs measure of this class's rows, moved off the objective into one row.
            let names = Set(
                g.needs.filter { $0.score > 0 }.flatMap { need in
                    NeedsTerm.pieces.indices.map { "short_\(g.id)_\(need.topic)_\($0)" }
                })
            let own = (first..<m.program.columns.count).filter { names.contains(m.program.columns[$0].name) }
            let costs = own.map { m.program.columns[$0].cost }
            for j in own { m.program.setCost(j, 0) }
            let total = m.program.addColumn("needs_\(g.id)", kind: .continuous, bounds: .atLeast(0), cost: 1)
            m.program.addRow("needs_\(g.id)", [(total, 1.0)] + zip(own, costs).map { ($0, -$1) }, .atLeast(0))
            var link: [Int: [(column: Int, value: Double)]] = [:]  // offered course -> its share columns
            var shares: [(column: Int, value: Double)] = []
            var priced: [(column: Int, value: Double)] = [(total, 1.0)]
            for (i, picked) in choices.enumerated() {
                let col = m.program.addColumn("choice_\(g.id)_\(i)", kind: .continuous, bounds: .between(0, 1))
                shares.append((col, 1.0))
                priced.append((col, -needs(picked.map { offered[$0] })))
                for k in picked { link[k, default: []].append((col, 1.0)) }
            }
            // Any other choice: some menu course share up to it, the menu short by a period at least.
            let other = m.program.addColumn("choice_\(g.id)_other", kind: .continuous, bounds: .between(0, 1))
            shares.append((other, 1.0))
            priced.append((other, -needs(offered)))
            m.program.addRow("choices_\(g.id)", shares, .equal(1))
            m.program.addRow("choice_\(g.id)_short", [(other, 1.0), (short, -1.0)], .atMost(0))
            m.program.addRow("needs_\(g.id)_choice", priced, .atLeast(0))
            for (k, id) in offered.enumerated() {
                let e = m.electiveColumn[GroupCourse(g.id, id)]!
                // elective = its exact choices' shares + at most the other choice's share
                let exact = link[k] ?? []
                m.program.addRow("elect_\(g.id)_\(id)_lo", [(e, 1.0)] + exact.map { ($0.column, -$0.value) }, .atLeast(0))
                m.program.addRow("elect_\(g.id)_\(id)_hi", [(e, 1.0), (other, -1.0)] + exact.map { ($0.column, -$0.value) }, .atMost(0))
            }
        }
    }
}
