import Domain
import MIP

extension Plan {
    /// Groups to re-plan together in fix-and-optimise: each group with the groups it competes
    /// with most (teachers and venues both could use on the same days), in scenario order.
    public func neighbourhoods(size: Int) -> [[Group.ID]] {
        let m = model
        var uses: [Group.ID: Set<DayUse>] = [:]
        for a in m.assignments {
            let p = m.placement(a.placement)
            let g = m.requirements[a.requirement].group
            if let t = p.teacher { uses[g, default: []].insert(.teacher(t, day: p.day)) }
            if !m.set.pools[p.pool].online { uses[g, default: []].insert(.pool(p.pool, day: p.day)) }
            // Cohort mates compete for the cohort's periods and share its lone-period cost.
            for c in context.cohortsOf[g] ?? [] { uses[g, default: []].insert(.cohort(c, day: p.day)) }
        }
        let groups = context.scenario.groups.map(\.id)
        var out: [[Group.ID]] = []
        var seen = Set<[Group.ID]>()
        for g in groups {
            let mine = uses[g] ?? []
            let partners = groups.filter { $0 != g }
                .map { h in (h, mine.intersection(uses[h] ?? []).count) }
                .filter { $0.1 > 0 }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
                .prefix(max(0, size - 1)).map(\.0)
            let hood = ([g] + partners).sorted()
            if seen.insert(hood).inserted { out.append(hood) }
        }
        return out
    }

    /// Each cohort's groups together (they share its periods and its lone-period cost), for
    /// cohorts small enough to re-plan at once.
    public func cohortNeighbourhoods(maxGroups: Int = 12) -> [[Group.ID]] {
        var seen = Set<[Group.ID]>()
        return context.scenario.cohorts.map { Array(Set($0.groups)).sorted() }
            .filter { $0.count > 1 && $0.count <= maxGroups && seen.insert($0).inserted }
    }

    /// For each session seated in a venue too small (soft capacity): its class with the classes
    /// holding venues big enough at that time, which must move for it to move in.
    public func seatingNeighbourhoods(around values: [Double], size: Int = 3) -> [[Group.ID]] {
        let m = model
        guard context.capacityIsSoft else { return [] }
        var held: [(group: Group.ID, p: Placement)] = []
        for a in m.assignments where values[a.column] > 0.5 { held.append((m.requirements[a.requirement].group, m.placement(a.placement))) }
        var seen = Set<[Group.ID]>()
        var out: [[Group.ID]] = []
        for (g, p) in held {
            let size0 = context.groups[g]?.size ?? 0
            guard context.seatsShort(group: g, venueCapacity: m.set.pools[p.pool].capacity) > 0 else { continue }
            let roomy = held.filter { h in
                h.group != g && h.p.day == p.day && h.p.periods.overlaps(p.periods)
                    && (m.set.pools[h.p.pool].capacity ?? .max) >= size0
            }.map(\.group)
            let hood = Array(Set([g] + roomy.prefix(size - 1))).sorted()
            if hood.count > 1, seen.insert(hood).inserted { out.append(hood) }
        }
        return out
    }

    /// Each single-group session held now: its requirement, its placement, and the requirement's
    /// assignments at the same day, periods and teacher in any venue pool (its own included).
    func heldSessionsWithVenueChoices(around values: [Double]) -> [(requirement: Int, placement: Placement, sameTime: [Assignment])] {
        let m = model
        return m.requirements.compactMap { r in
            guard let held = m.assignmentsOf[r.index].first(where: { values[m.assignments[$0].column] > 0.5 }) else { return nil }
            let p = m.placement(m.assignments[held].placement)
            guard !m.set.activities[p.activity].joint else { return nil }
            let sameTime = m.assignmentsOf[r.index].map { m.assignments[$0] }.filter {
                let q = m.placement($0.placement)
                return q.day == p.day && q.start == p.start && q.teacher == p.teacher
            }
            return (r.index, p, sameTime)
        }
    }

    /// Every single-group session's venue may change, its day, periods and teacher held: the
    /// venues-after-times neighbourhood. Cheap (an assignment problem per period, joined only by
    /// venue-change costs) and it reaches what moving one or two classes cannot: a better room
    /// for a session whose time is right.
    public func venueColumns(around values: [Double]) -> Set<Int> {
        var free = Set(heldSessionsWithVenueChoices(around: values).flatMap { $0.sameTime.map(\.column) })
        for cols in model.derivedColumns.values { free.formUnion(cols) }
        return free
    }

    /// The sessions now in two venues may trade venues or move to the other, each keeping its
    /// day, periods and teacher: one small neighbourhood per pair of venue pools, where the
    /// whole venue step is too large to solve well (measured on ITC-2007 comp02: 9,733 columns,
    /// no improvement in 375 nodes and 17 s), and the room-stability costs of the groups involved.
    public func venuePairColumns(around values: [Double]) -> [(pools: (Int, Int), free: Set<Int>)] {
        let m = model
        let heldIn = Dictionary(
            grouping: heldSessionsWithVenueChoices(around: values).filter { !m.set.pools[$0.placement.pool].online },
            by: \.placement.pool)
        let pools = m.set.pools.filter { !$0.online }.map(\.index)
        var out: [(pools: (Int, Int), free: Set<Int>)] = []
        for (i, a) in pools.enumerated() {
            for b in pools[(i + 1)...] where heldIn[a] != nil || heldIn[b] != nil {
                var free = Set<Int>()
                var canMove = false  // pairs no session can move between (other kinds, sites) are left out
                for held in (heldIn[a] ?? []) + (heldIn[b] ?? []) {
                    for x in held.sameTime {
                        let pool = m.placement(x.placement).pool
                        guard pool == a || pool == b else { continue }
                        free.insert(x.column)
                        if pool != held.placement.pool { canMove = true }
                    }
                    free.formUnion(m.derivedColumns[m.requirements[held.requirement].group] ?? [])
                }
                if canMove { out.append(((a, b), free)) }
            }
        }
        return out
    }

    /// A group with every group it shares a cohort with; nil without cohorts.
    public func cohortMates(of g: Group.ID, maxGroups: Int = 16) -> [Group.ID]? {
        let cohorts = context.cohortsOf[g] ?? []
        guard !cohorts.isEmpty else { return nil }
        let others = Set(cohorts.flatMap { context.scenario.cohorts[$0].groups }).subtracting([g]).sorted()
        return ([g] + others.prefix(maxGroups - 1)).sorted()
    }

    /// The integer columns that re-planning these groups may change, given the current solution:
    /// their attendance, their own sessions, their electives and unit windows, and joint meetings
    /// that no other group attends now.
    public func freeColumns(for groups: Set<Group.ID>, around values: [Double], days: ClosedRange<Int>? = nil) -> Set<Int> {
        let m = model
        var free = Set<Int>()
        var heldByOthers = Set<Int>()
        for a in m.assignments where values[a.column] > 0.5 && !groups.contains(m.requirements[a.requirement].group) {
            heldByOthers.insert(a.placement)
        }
        for g in groups {
            for r in m.requirementsOfGroup[g] ?? [] {
                if let window = days {
                    // A window moves only single required sessions now held in it (or left out),
                    // within it: units and elective choices stay as they are.
                    let req = m.requirements[r]
                    guard req.segment == nil, !req.elective else { continue }
                    let now = m.assignmentsOf[r].first { values[m.assignments[$0].column] > 0.5 }.map { m.placement(m.assignments[$0].placement).day }
                    guard now.map(window.contains) ?? true else { continue }
                    for ai in m.assignmentsOf[r] where window.contains(m.placement(m.assignments[ai].placement).day) {
                        let a = m.assignments[ai]
                        free.insert(a.column)
                        if !heldByOthers.contains(a.placement) { free.insert(m.placementColumn[a.placement]) }
                    }
                    continue
                }
                for ai in m.assignmentsOf[r] {
                    let a = m.assignments[ai]
                    free.insert(a.column)
                    if !heldByOthers.contains(a.placement) { free.insert(m.placementColumn[a.placement]) }
                }
                if let w = m.windowColumns[r] { free.formUnion(w) }
                if let e = m.takenColumn(m.requirements[r]) { free.insert(e) }
            }
            free.formUnion(m.derivedColumns[g] ?? [])
        }
        return free
    }

    /// Day windows for re-planning a class a few days at a time, when a whole class is more than
    /// GLPK can re-plan quickly (measured: a class of ~10,000 columns takes 9–18 s for 50 nodes;
    /// Wensu's ~1,700 take under a second). Nil when whole classes are small enough.
    public func dayWindows(columnsPerStep: Int = 2_500) -> [ClosedRange<Int>]? {
        let groups = max(1, context.scenario.groups.count)
        let perGroup = model.assignments.count / groups
        guard perGroup > columnsPerStep, !context.days.isEmpty else { return nil }
        let width = max(1, context.days.count * columnsPerStep / perGroup)
        return stride(from: 0, to: context.days.count, by: width).map { $0...min(context.days.count - 1, $0 + width - 1) }
    }

    /// A relaxation per group: the same rules and terms for one group alone (teachers and venues
    /// all its own; teacher balance and cohorts, which couple groups, left out). The sum of these
    /// optima bounds the whole objective from below, since any timetable restricted to one group
    /// is feasible for that group alone and the terms left out are never negative.
    public static func groupRelaxation(of scenario: TrainingScenario, group: Group.ID) -> Plan {
        var s = scenario
        s.groups = scenario.groups.filter { $0.id == group }
        s.pins = scenario.pins.filter { $0.group == group }
        s.objective.teacherBalance = 0
        s.cohorts = []
        return Plan(s)
    }
}

extension Plan {
    /// Requirements the current solution leaves out.
    public func unmetRequirements(in values: [Double]) -> [Int] {
        model.requirements.filter { values[model.unmetColumn[$0.index]] > 0.5 }.map(\.index)
    }

    /// The group of an unmet requirement plus the groups whose sessions now hold the teachers,
    /// venues and cohort periods its placements would need, most often first: the neighbourhood that can make room.
    public func repairNeighbourhood(for r: Int, around values: [Double], size: Int) -> [Group.ID] {
        let m = model
        let me = m.requirements[r].group
        // The group holding each teacher's and cohort's periods; the groups in each venue pool's.
        var holders: [SlotUse: Group.ID] = [:]
        var poolHolders: [SlotUse: Set<Group.ID>] = [:]
        for a in m.assignments where values[a.column] > 0.5 {
            let g = m.requirements[a.requirement].group
            guard g != me else { continue }
            let p = m.placement(a.placement)
            for q in p.periods {
                let slot = m.slot(day: p.day, period: q)
                if let t = p.teacher { holders[.teacher(t, slot: slot)] = g }
                if !m.set.pools[p.pool].online { poolHolders[.pool(p.pool, slot: slot), default: []].insert(g) }
                for c in context.cohortsOf[g] ?? [] { holders[.cohort(c, slot: slot)] = g }
            }
        }
        var count: [Group.ID: Int] = [:]
        for ai in m.assignmentsOf[r] {
            let p = m.placement(m.assignments[ai].placement)
            var seen = Set<Group.ID>()
            for q in p.periods {
                let slot = m.slot(day: p.day, period: q)
                if let t = p.teacher, let g = holders[.teacher(t, slot: slot)] { seen.insert(g) }
                // A cohort mate in session then blocks it as surely as a teacher does.
                for c in context.cohortsOf[me] ?? [] { if let g = holders[.cohort(c, slot: slot)] { seen.insert(g) } }
                seen.formUnion(poolHolders[.pool(p.pool, slot: slot)] ?? [])
            }
            for g in seen { count[g, default: 0] += 1 }
        }
        let others = count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(max(0, size - 1)).map(\.key)
        return ([me] + others).sorted()
    }
}

/// A teacher, venue pool or cohort (index) on a day: what two groups compete for.
enum DayUse: Hashable { case teacher(Teacher.ID, day: Int), pool(Int, day: Int), cohort(Int, day: Int) }
/// The same in one period (a slot: day × periods per day + period).
enum SlotUse: Hashable { case teacher(Teacher.ID, slot: Int), pool(Int, slot: Int), cohort(Int, slot: Int) }
