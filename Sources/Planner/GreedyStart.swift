import Domain
import MIP

/// A fast constructive timetable: electives chosen by need, then first courses, five-haves
/// units and the rest placed one by one at the earliest placement every hard rule allows.
/// It gives GLPK an incumbent from the first node; it never breaks a hard rule, it only
/// leaves out what it cannot place.
public struct GreedyStart {
    let plan: Plan
    var m: ModelBuilder { plan.model }
    var rng: SeededRandom

    var groupBusy: [Group.ID: Set<Int>] = [:]
    /// Slots taken by any group of each cohort (index into scenario.cohorts).
    var cohortBusy: [Int: Set<Int>] = [:]
    /// Pools each group's course already uses, to keep a course in one venue when that is priced.
    var coursePools: [GroupCourse: Set<Int>] = [:]
    /// Days each group's course already meets, to spread a course with `min_days`.
    var courseDays: [GroupCourse: Set<Int>] = [:]
    var teacherBusy: [Teacher.ID: Set<Int>] = [:]
    var poolUse: [Int: [Int: Int]] = [:]
    var teacherDay: [Teacher.ID: [Int: Int]] = [:]
    var teacherTotal: [Teacher.ID: Int] = [:]
    /// Sessions placed, per group and per teacher: (day, first period, last period, site).
    var groupTrips: [Group.ID: [(Int, Int, Int, Site.ID?)]] = [:]
    var teacherTrips: [Teacher.ID: [(Int, Int, Int, Site.ID?)]] = [:]
    /// requirement -> assignment index chosen
    var chosen: [Int: Int] = [:]
    var openPlacements = Set<Int>()
    var firstEnd: [Group.ID: Int] = [:]
    var electives = Set<GroupCourse>()

    /// Retries explore: units in a seeded order, each unit's first segment at a seeded time.
    let explore: Bool
    /// For each joint requirement: its assignment at each placement (seating a meeting looks these up for every group).
    let jointAssignment: [Int: [Int: Int]]

    /// Without repairs: what does not fit at once is left out for the search (making room by
    /// moving a class's sessions copies the whole start, too slow for a whole programme).
    let repairs: Bool
    /// Order rules (`after:`): each requirement's predecessors and followers in its group.
    let orderEarlier: [Int: [Int]]
    let orderLater: [Int: [Int]]
    /// Each course's place in the order rules: 0 if it follows nothing, else one more than the
    /// deepest course it follows; courses are placed level by level, predecessors first.
    let orderDepth: [Course.ID: Int]

    /// `busy`: slots (day × periods + period) each group already has taken before the start,
    /// such as the days it is out on a shadowing placement.
    public init(plan: Plan, seed: Int, explore: Bool = false, repairs: Bool = true, busy: [Group.ID: Set<Int>] = [:]) {
        self.plan = plan; self.rng = SeededRandom(seed: seed); self.explore = explore; self.repairs = repairs
        self.groupBusy = busy
        let m = plan.model
        var lookup: [Int: [Int: Int]] = [:]
        for r in m.requirements where r.joint {
            var at: [Int: Int] = [:]
            for a in m.assignmentsOf[r.index] { at[m.assignments[a].placement] = a }
            lookup[r.index] = at
        }
        jointAssignment = lookup
        var earlier: [Int: [Int]] = [:], later: [Int: [Int]] = [:]
        for (e, ls, _) in m.orderedRequirements() {
            for l in ls { earlier[l, default: []].append(e); later[e, default: []].append(l) }
        }
        orderEarlier = earlier; orderLater = later
        orderDepth = Self.depths(plan.context.scenario.courses)
    }

    /// Depth of each course in the `after:` order (a cycle, which validation refuses, stops at the repeat).
    static func depths(_ courses: [Course]) -> [Course.ID: Int] {
        let byID = Dictionary(courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var depth: [Course.ID: Int] = [:]
        func visit(_ c: Course.ID, _ path: Set<Course.ID>) -> Int {
            if let d = depth[c] { return d }
            let preds = (byID[c]?.after ?? []).filter { byID[$0] != nil && !path.contains($0) && $0 != c }
            let d = preds.map { visit($0, path.union([c])) + 1 }.max() ?? 0
            depth[c] = d
            return d
        }
        for c in courses { _ = visit(c.id, []) }
        return depth
    }

    /// Values for every integer column (placements, attendance, electives, windows); continuous
    /// columns are left at 0 for the caller to complete by linear programming.
    public mutating func run() -> (values: [Double], placed: Int, unplaced: Int) {
        chooseElectives()
        let reqs = m.requirements.filter { !$0.elective || electives.contains(GroupCourse($0.group, $0.course)) }
        // 0. re-planning: everything that can stay where it was published stays, before anything moves
        if plan.stability != nil { keepPublished(reqs) }
        // 1. first courses, joint ones shared where possible
        placeJointOrSingle(reqs.filter { $0.first && chosen[$0.index] == nil })
        // 2. and 3., level by level of the order rules (one level when there are none): five-haves
        // units segment by segment, then the rest, most constrained first
        var units = m.fiveHavesUnits().filter { u in reqs.contains { $0.index == u[0] } && chosen[u[0]] == nil }
        if explore { units.shuffle(using: &rng) }
        // joint courses before single ones: they need several classes free at once
        let rest = reqs.filter { !$0.first && $0.segment == nil && chosen[$0.index] == nil }
            .sorted { ($0.joint ? 0 : 1, m.assignmentsOf[$0.index].count, $0.index) < ($1.joint ? 0 : 1, m.assignmentsOf[$1.index].count, $1.index) }
        func level(_ r: Int) -> Int { orderDepth[m.requirements[r].course] ?? 0 }
        for depth in Set(orderDepth.values).union([0]).sorted() {
            for u in units where level(u[0]) == depth { placeUnit(u) }
            placeJointOrSingle(rest.filter { level($0.index) == depth })
        }
        // 4. what is still out: make room by moving the group's own single sessions
        if repairs { for r in rest where chosen[r.index] == nil { _ = placeByMoving(r) } }

        let needed = reqs.count
        return (plan.integerValues(chosen: chosen, electives: electives), chosen.count, needed - chosen.count)
    }

    /// The greedy timetable as the search takes it: each requirement's assignment, and the
    /// electives chosen.
    public var choice: (chosen: [Int: Int], electives: Set<GroupCourse>) { (chosen, electives) }

    /// Per group, the menu courses that fill exactly `menu.periods` with the least need left
    /// uncovered (`exactMenuChoice`), or for a large menu the most gap-weighted coverage (a small
    /// knapsack); ties go to the earlier course in the menu.
    mutating func chooseElectives() {
        for g in m.context.scenario.groups {
            guard let menu = g.menu else { continue }
            let offered = menu.from.filter { !g.required.contains($0) }.compactMap { m.context.courses[$0] }
            func value(_ c: Course) -> Double {
                Double(g.needs.reduce(0) { s, n in s + n.score * (c.topics.first { $0.topic == n.topic }?.score ?? 0) }) + 0.001
            }
            // best[p] = (value, courses) for exactly p periods
            var best: [Int: (Double, [Course.ID])] = [0: (0, [])]
            for c in offered {
                for p in best.keys.sorted(by: >) {
                    let np = p + c.totalPeriods
                    guard np <= menu.periods, let cur = best[p] else { continue }
                    let cand = (cur.0 + value(c), cur.1 + [c.id])
                    if best[np] == nil || best[np]!.0 < cand.0 - 1e-9 { best[np] = cand }
                }
            }
            // re-planning: the published electives, while they still fill the menu
            if let st = plan.stability {
                let kept = offered.filter { c in st.published.sessions.contains { $0.course == c.id && $0.groups.contains(g.id) } }
                if kept.reduce(0, { $0 + $1.totalPeriods }) == menu.periods {
                    for c in kept { electives.insert(GroupCourse(g.id, c.id)) }
                    continue
                }
            }
            let fill = exactMenuChoice(for: g, offered: offered) ?? (best[menu.periods] ?? best[best.keys.max() ?? 0]!).1
            for c in fill { electives.insert(GroupCourse(g.id, c)) }
        }
    }

    /// For a small menu, the courses filling exactly `menu.periods` that leave the least need
    /// uncovered as the needs term prices it (diminishing returns: a second course on a covered
    /// topic gains less), every subset tried; ties go to the earlier courses. Nil for large menus.
    func exactMenuChoice(for g: Group, offered: [Course]) -> [Course.ID]? {
        guard let menu = g.menu, offered.count <= 12 else { return nil }
        let needs = g.needs.filter { $0.score > 0 }
        let required = g.required.compactMap { m.context.courses[$0] }
        func uncovered(_ chosen: [Course]) -> Double {
            needs.reduce(0.0) { sum, n in
                let coverage = (required + chosen).reduce(0) { $0 + ($1.topics.first { $0.topic == n.topic }?.score ?? 0) }
                return sum + Double(n.score) * NeedsTerm.h(Double(coverage))
            }
        }
        var best: (value: Double, courses: [Course])? = nil
        for mask in 0..<(1 << offered.count) {
            let chosen = offered.indices.filter { mask & (1 << $0) != 0 }.map { offered[$0] }
            guard chosen.reduce(0, { $0 + $1.totalPeriods }) == menu.periods else { continue }
            let v = uncovered(chosen)
            if best == nil || v < best!.value - 1e-9 { best = (v, chosen) }
        }
        return best.map { $0.courses.map(\.id) }
    }

    func slots(_ p: Placement) -> [Int] { p.periods.map { m.slot(day: p.day, period: $0) } }

    func tripOK(_ trips: [(Int, Int, Int, Site.ID?)], _ p: Placement, _ site: Site.ID?) -> Bool {
        let ctx = m.context
        for (d, s, e, other) in trips where d == p.day {
            let pEnd = p.start + p.length - 1
            if e < p.start {
                if ctx.travelMinutes(other, site) > ctx.minutesBetween(endOf: e, startOf: p.start) { return false }
            } else if pEnd < s {
                if ctx.travelMinutes(site, other) > ctx.minutesBetween(endOf: pEnd, startOf: s) { return false }
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the placement's teacher and venue can take it now.
    func resourcesFree(_ p: Placement) -> Bool {
        let pool = m.set.pools[p.pool]
        let ss = slots(p)
        if !pool.online, ss.contains(where: { (poolUse[p.pool]?[$0] ?? 0) >= pool.venues.count }) { return false }
        guard let tid = p.teacher else { return true }
        if let busy = teacherBusy[tid], ss.contains(where: busy.contains) { return false }
        if let t = m.context.teachers[tid] {
            if let d = t.maxPeriodsPerDay, (teacherDay[tid]?[p.day] ?? 0) + p.length > d { return false }
            if let tot = t.maxPeriods, (teacherTotal[tid] ?? 0) + p.length > tot { return false }
        }
        return tripOK(teacherTrips[tid] ?? [], p, m.site(of: p))
    }

    /// Whether requirement r's group can attend the placement now (ignoring resources).
    func groupFree(_ r: SessionRequirement, _ p: Placement, notBefore: Int?) -> Bool {
        let ss = slots(p)
        if let busy = groupBusy[r.group], ss.contains(where: busy.contains) { return false }
        for c in m.context.cohortsOf[r.group] ?? [] where ss.contains(where: { cohortBusy[c]?.contains($0) == true }) { return false }
        if !r.first {
            let firsts = (m.requirementsOfGroup[r.group] ?? []).filter { m.requirements[$0].first }
            if !firsts.isEmpty {
                guard firsts.allSatisfy({ chosen[$0] != nil }), let end = firstEnd[r.group], ss[0] > end else { return false }
            }
        }
        if let nb = notBefore, ss[0] <= nb { return false }
        if !orderAllows(r.index, first: ss[0], last: ss.last!) { return false }
        return tripOK(groupTrips[r.group] ?? [], p, m.site(of: p))
    }

    /// Whether slots first...last keep every order rule with the group's sessions placed so far:
    /// after each placed predecessor has ended, before each placed follower starts.
    func orderAllows(_ r: Int, first: Int, last: Int) -> Bool {
        func range(_ q: Int) -> (Int, Int)? {
            guard let a = chosen[q] else { return nil }
            let p = m.placement(m.assignments[a].placement)
            return (m.slot(day: p.day, period: p.start), m.slot(day: p.day, period: p.start + p.length - 1))
        }
        for e in orderEarlier[r] ?? [] { if let (_, end) = range(e), end >= first { return false } }
        for l in orderLater[r] ?? [] { if let (start, _) = range(l), last >= start { return false } }
        return true
    }

    mutating func commit(_ r: SessionRequirement, assignment a: Int) {
        let p = m.placement(m.assignments[a].placement)
        let ss = slots(p)
        chosen[r.index] = a
        groupBusy[r.group, default: []].formUnion(ss)
        for c in m.context.cohortsOf[r.group] ?? [] { cohortBusy[c, default: []].formUnion(ss) }
        coursePools[GroupCourse(r.group, r.course), default: []].insert(p.pool)
        courseDays[GroupCourse(r.group, r.course), default: []].insert(p.day)
        groupTrips[r.group, default: []].append((p.day, p.start, p.start + p.length - 1, m.site(of: p)))
        if r.first { firstEnd[r.group] = max(firstEnd[r.group] ?? -1, ss.last!) }
        if openPlacements.insert(p.index).inserted {
            for s in ss { poolUse[p.pool, default: [:]][s, default: 0] += 1 }
            if let tid = p.teacher {
                teacherBusy[tid, default: []].formUnion(ss)
                teacherDay[tid, default: [:]][p.day, default: 0] += p.length
                teacherTotal[tid, default: 0] += p.length
                teacherTrips[tid, default: []].append((p.day, p.start, p.start + p.length - 1, m.site(of: p)))
            }
        }
    }

    /// Candidate assignments of r in preference order: earliest, then least-loaded teacher, with seeded tie-breaks.
    mutating func ordered(_ r: SessionRequirement) -> [Int] {
        let list = m.assignmentsOf[r.index]
        let noise = list.map { _ in Int.random(in: 0..<1000, using: &rng) }
        // re-planning: the published place first
        let published = plan.stability?.place(of: r)
        let m = self.m
        func moved(_ p: Placement) -> Int { published.map { plan.stability!.keeps(p, $0, in: m) ? 0 : 1 } ?? 0 }
        // Priced choices first: seats short (soft capacity) and a second venue for the course.
        let o = m.context.scenario.objective
        let used = coursePools[GroupCourse(r.group, r.course)] ?? []
        let days = courseDays[GroupCourse(r.group, r.course)] ?? []
        let spreadWanted = (m.context.courses[r.course]?.minDays ?? 0) > days.count
        func cost(_ p: Placement) -> Double {
            var c = 0.0
            if let w = o.overCapacity, !m.set.activities[p.activity].joint {
                c += w * Double(m.context.seatsShort(group: r.group, venueCapacity: m.set.pools[p.pool].capacity))
            }
            if o.venueChanges > 0, !used.isEmpty, !used.contains(p.pool) { c += o.venueChanges }
            if spreadWanted, days.contains(p.day) { c += o.spread }
            return c
        }
        // Each key computed once, not in every comparison: a province sorts millions.
        let keys = list.indices.map { i in
            let p = m.placement(m.assignments[list[i]].placement)
            return (moved(p), cost(p), p.day, p.start, p.teacher.flatMap { teacherTotal[$0] } ?? 0, noise[i])
        }
        return list.indices.sorted { keys[$0] < keys[$1] }.map { list[$0] }
    }

    mutating func placeJointOrSingle(_ reqs: [SessionRequirement]) {
        var jointGroups: [Int: [SessionRequirement]] = [:]
        var order: [Int] = []
        for r in reqs {
            guard r.joint, let a0 = m.assignmentsOf[r.index].first else {
                placeSingle(r); continue
            }
            let act = m.placement(m.assignments[a0].placement).activity
            if jointGroups[act] == nil { order.append(act) }
            jointGroups[act, default: []].append(r)
        }
        for act in order { placeJoint(jointGroups[act]!) }
    }

    @discardableResult
    mutating func placeSingle(_ r: SessionRequirement, notBefore: Int? = nil, dayRange: ClosedRange<Int>? = nil) -> Bool {
        for a in ordered(r) {
            let p = m.placement(m.assignments[a].placement)
            if let dr = dayRange, !dr.contains(p.day) { continue }
            let fresh = !openPlacements.contains(p.index)
            if groupFree(r, p, notBefore: notBefore) && (!fresh || resourcesFree(p)) && (fresh || jointRoomLeft(p, adding: r)) {
                commit(r, assignment: a)
                return true
            }
        }
        return false
    }

    /// The assignment that keeps a requirement exactly at its published place, if any.
    func keeping(_ r: SessionRequirement) -> Int? {
        guard let st = plan.stability, let place = st.place(of: r) else { return nil }
        return m.assignmentsOf[r.index].first { st.keeps(m.placement(m.assignments[$0].placement), place, in: m) }
    }

    /// Commits every published place that still meets every rule: first courses, then whole
    /// units (all segments or none), then the rest, in the usual order.
    mutating func keepPublished(_ reqs: [SessionRequirement]) {
        func tryKeep(_ r: SessionRequirement) -> Bool {
            guard chosen[r.index] == nil, let a = keeping(r) else { return false }
            let p = m.placement(m.assignments[a].placement)
            let fresh = !openPlacements.contains(p.index)
            guard groupFree(r, p, notBefore: nil), fresh ? resourcesFree(p) : jointRoomLeft(p, adding: r) else { return false }
            commit(r, assignment: a)
            return true
        }
        for r in reqs where r.first { _ = tryKeep(r) }
        for u in m.fiveHavesUnits() where reqs.contains(where: { $0.index == u[0] }) {
            let saved = self
            if !u.allSatisfy({ tryKeep(m.requirements[$0]) }) {
                let rngNow = rng
                self = saved
                rng = rngNow
            }
        }
        for r in reqs where !r.first && r.segment == nil { _ = tryKeep(r) }
    }

    /// Takes back one single-group session (for a repair that may fail and be rolled back).
    mutating func uncommit(_ r: Int) {
        guard let a = chosen.removeValue(forKey: r) else { return }
        let req = m.requirements[r]
        let p = m.placement(m.assignments[a].placement)
        let ss = Set(slots(p))
        groupBusy[req.group]?.subtract(ss)
        for c in m.context.cohortsOf[req.group] ?? [] { cohortBusy[c]?.subtract(ss) }
        groupTrips[req.group]?.removeAll { $0.0 == p.day && $0.1 == p.start }
        openPlacements.remove(p.index)
        for s in ss { poolUse[p.pool]?[s, default: 1] -= 1 }
        if let tid = p.teacher {
            teacherBusy[tid]?.subtract(ss)
            teacherDay[tid]?[p.day, default: p.length] -= p.length
            teacherTotal[tid, default: p.length] -= p.length
            teacherTrips[tid]?.removeAll { $0.0 == p.day && $0.1 == p.start }
        }
    }

    /// Places r where only some of its group's own single sessions stand in the way, moving those
    /// elsewhere; rolls everything back if any of them cannot move.
    mutating func placeByMoving(_ r: SessionRequirement) -> Bool {
        for a in ordered(r) {
            let p = m.placement(m.assignments[a].placement)
            guard !openPlacements.contains(p.index) else { continue }
            let ss = Set(slots(p))
            let blocking = chosen.keys.filter { k in
                let q = m.requirements[k]
                guard q.group == r.group else { return false }
                return Set(slots(m.placement(m.assignments[chosen[k]!].placement))).intersection(ss).isEmpty == false
            }.sorted()
            guard !blocking.isEmpty, blocking.allSatisfy({ !m.requirements[$0].first && m.requirements[$0].segment == nil && !m.requirements[$0].joint }) else {
                continue
            }
            let saved = self
            for k in blocking { uncommit(k) }
            if groupFree(r, p, notBefore: nil) && resourcesFree(p) {
                commit(r, assignment: a)
                if blocking.allSatisfy({ placeSingle(m.requirements[$0]) }) { return true }
            }
            let rngNow = rng
            self = saved
            rng = rngNow
        }
        return false
    }

    func jointRoomLeft(_ p: Placement, adding r: SessionRequirement) -> Bool {
        guard m.set.activities[p.activity].joint, let cap = m.set.pools[p.pool].capacity else { return m.set.activities[p.activity].joint }
        let seated = chosen.filter { m.assignments[$0.value].placement == p.index }.keys.reduce(0) {
            $0 + (m.context.groups[m.requirements[$1].group]?.size ?? 0)
        }
        return seated + (m.context.groups[r.group]?.size ?? 0) <= cap
    }

    /// Seats the groups of one joint activity into as few meetings as it can: each round opens
    /// the placement that seats the most remaining groups.
    mutating func placeJoint(_ reqs: [SessionRequirement]) {
        var left = reqs
        while !left.isEmpty {
            var best: (p: Int, seated: [(SessionRequirement, Int)])? = nil
            var seenPlacements = Set<Int>()
            let largestFirst = left.sorted { (m.context.groups[$0.group]?.size ?? 0) > (m.context.groups[$1.group]?.size ?? 0) }
            for r in left {
                for a in ordered(r) {
                    let pIndex = m.assignments[a].placement
                    guard seenPlacements.insert(pIndex).inserted else { continue }
                    let p = m.placement(pIndex)
                    guard !openPlacements.contains(pIndex), resourcesFree(p) else { continue }
                    let cap = m.set.pools[p.pool].capacity ?? .max
                    var seated: [(SessionRequirement, Int)] = []
                    var people = 0
                    for q in largestFirst {
                        guard let qa = jointAssignment[q.index]?[pIndex] else { continue }
                        let size = m.context.groups[q.group]?.size ?? 0
                        if people + size <= cap && groupFree(q, p, notBefore: nil) { seated.append((q, qa)); people += size }
                    }
                    // A first course gains most from being early (nothing of a class may precede
                    // it); other joint courses from seating many classes at once.
                    if !seated.isEmpty {
                        if let b = best {
                            let bp = m.placement(b.p)
                            let better =
                                reqs[0].first
                                ? (p.day, p.start, -seated.count) < (bp.day, bp.start, -b.seated.count)
                                : seated.count > b.seated.count
                            if better { best = (pIndex, seated) }
                        } else {
                            best = (pIndex, seated)
                        }
                    }
                    if seated.count == left.count && !reqs[0].first { break }
                }
                if best?.seated.count == left.count && !reqs[0].first { break }
            }
            guard let b = best, !b.seated.isEmpty else { return }
            for (q, a) in b.seated { commit(q, assignment: a) }
            let done = Set(b.seated.map { $0.0.index })
            left.removeAll { done.contains($0.index) }
        }
    }

    /// Places a five-haves unit's segments in order inside one window, trying each first-segment
    /// placement until the whole unit fits; a unit that fits nowhere is left out whole.
    mutating func placeUnit(_ unit: [Int]) {
        let r0 = m.requirements[unit[0]]
        let w = m.context.courses[r0.course]?.fiveHaves?.withinDays ?? m.context.days.count
        var firstChoices = ordered(r0)
        if explore { firstChoices.shuffle(using: &rng) }
        for a in firstChoices {
            let saved = self
            let p = m.placement(m.assignments[a].placement)
            guard groupFree(r0, p, notBefore: nil), resourcesFree(p) || openPlacements.contains(p.index) else { continue }
            commit(r0, assignment: a)
            var ok = true
            var end = m.slot(day: p.day, period: p.start + p.length - 1)
            for r in unit.dropFirst() {
                let req = m.requirements[r]
                guard placeSingle(req, notBefore: end, dayRange: p.day...(p.day + w - 1)) else { ok = false; break }
                let q = m.placement(m.assignments[chosen[r]!].placement)
                end = m.slot(day: q.day, period: q.start + q.length - 1)
            }
            if ok { return }
            let rngNow = rng
            self = saved
            rng = rngNow
        }
    }
}
