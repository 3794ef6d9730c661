import Domain
import Planner

/// The plan's index sets flattened into integer arrays, built once per search: the state's
/// updates read only these, never a dictionary.
public final class StateIndex: Sendable {
    public let plan: Plan
    /// Teaching days, periods a day, slots (day × period).
    public let days: Int, periodsPerDay: Int, slots: Int
    public let groupIDs: [Group.ID]
    public let teacherIDs: [Teacher.ID]
    public let cohortCount: Int

    // Per requirement.
    let requirementGroup: [Int]
    let requirementLength: [Int]
    let requirementFirst: [Bool]
    /// Index into `units`, or -1.
    let requirementUnit: [Int]
    let groupSize: [Int]
    let cohortsOfGroup: [[Int]]
    /// Each cohort's groups (indices into `groupIDs`), in order, once each.
    let groupsOfCohort: [[Int]]
    /// Each group with its cohort mates (they share students), the group first, once each.
    let classesSharingStudents: [[Int]]

    // Per placement.
    let placementDay: [Int]
    let placementStart: [Int]
    let placementLength: [Int]
    let placementPool: [Int]
    /// Index into `teacherIDs`, or -1 (self-study).
    let placementTeacher: [Int]
    /// Index into the site list, or -1 (online).
    let placementSite: [Int]
    let placementJoint: [Bool]
    /// Seats of a joint meeting's pool (Int.max: no limit).
    let placementSeats: [Int]

    // Per assignment.
    let assignmentPlacement: [Int]

    /// Meetings a pool holds at once (Int.max for online pools).
    let poolLimit: [Int]
    let teacherMaxPerDay: [Int]
    let teacherMax: [Int]

    /// Five-haves units: requirements in segment order, and their window in days (Int.max: none).
    public let units: [[Int]]
    let unitWindow: [Int]
    /// Each group's pairs (earlier, later) of requirements under an order rule (`after:`).
    let orderPairsOfGroup: [[(earlier: Int, later: Int)]]

    /// Soft terms the state prices: weights, each group's home site (-1: none), each teacher's fair share.
    let travelWeight: Double, compactnessWeight: Double, balanceWeight: Double
    let groupHome: [Int]
    let fairShare: [Double]
    /// Whether every soft term a move can change is priced by the state exactly: not so with
    /// stability when re-planning with pools of several venues (the venue is chosen afterwards),
    /// seats short in pools of mixed sizes or venue changes in pools
    /// of several venues (times first: rooms are assigned afterwards), or isolated periods
    /// around shadowing blocks (cohort occupancy leaves blocks out).
    public let pricesEveryMovingTerm: Bool
    /// The terms of the ITC-2007 costs (SeatsCount, SpreadCount, IsolationCount,
    /// VenueChangesCount): weights (0 for seats when capacity is a hard rule); each model
    /// requirement's group-course pair (-1 for blocks) and that pair's `min_days` (0 when at most 1).
    let seatsWeight: Double, spreadWeight: Double, isolatedWeight: Double, venueChangesWeight: Double
    let requirementCourse: [Int]
    let courseMinDays: [Int]
    /// Pools of online venues (no seats short, no venue change).
    let poolOnline: [Bool]
    /// Needs and menu courses, per group-course pair (NeedsCount.swift, Moves/ElectiveSwap.swift).
    let electives: ElectivesIndex
    /// Stability (`--keep`, StabilityCount.swift): its weight (0 when not re-planning), the
    /// published sessions (one per group, course, occurrence and segment), and per model
    /// assignment whether it keeps its requirement's published place.
    let stabilityWeight: Double
    let publishedCount: Int
    let assignmentKeeps: [Bool]

    /// Shadowing placements (跟班学习) the search places like sessions: one requirement per block
    /// after the model's, one placement and assignment per window (its start day; every period
    /// of its days, which are consecutive slots), no teacher, site or venue.
    public let blocks: [BlockSpec]
    /// The model's requirements, placements and assignments: indices from these on are blocks'.
    public let modelRequirementCount: Int
    let modelPlacementCount: Int
    let modelAssignmentCount: Int
    /// Each block requirement's assignments.
    let blockAssignments: [[Int]]
    /// Per placement course (`BlockSpec.course`) and day: cadres its hosts take (HostCapacity),
    /// course × days + day; and per block placement its block (index into `blocks`), else -1.
    let hostCapacity: [Int]
    let placementBlock: [Int]

    /// Travel minutes between site indices, and minutes between the end of one period and the start of another.
    let travel: [Int]
    let siteCount: Int
    let gap: [Int]

    public init(plan: Plan, blocks: [BlockSpec] = [], hostCapacity: [[Int]] = []) {
        self.plan = plan
        let m = plan.model
        let ctx = plan.context
        days = ctx.days.count
        periodsPerDay = ctx.periodsPerDay
        slots = days * periodsPerDay
        groupIDs = ctx.scenario.groups.map(\.id)
        teacherIDs = ctx.scenario.teachers.map(\.id)
        cohortCount = ctx.scenario.cohorts.count
        let groupIndex = Dictionary(groupIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let teacherIndex = Dictionary(teacherIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let siteIDs = ctx.scenario.sites.map(\.id)
        let siteIndex = Dictionary(siteIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        siteCount = siteIDs.count

        var rGroup = m.requirements.map { groupIndex[$0.group] ?? 0 }
        var rLength = m.requirements.map(\.length)
        var rFirst = m.requirements.map(\.first)
        groupSize = ctx.scenario.groups.map(\.size)
        cohortsOfGroup = groupIDs.map { ctx.cohortsOf[$0] ?? [] }
        var mates = [[Int]](repeating: [], count: cohortCount)
        for (g, cs) in cohortsOfGroup.enumerated() { for c in cs { mates[c].append(g) } }
        groupsOfCohort = mates
        classesSharingStudents = cohortsOfGroup.enumerated().map { g, cs in
            var classes = [g]
            for c in cs { for h in mates[c] where !classes.contains(h) { classes.append(h) } }
            return classes
        }

        let units = m.fiveHavesUnits()
        self.units = units
        var unitOf = [Int](repeating: -1, count: m.requirements.count)
        for (u, list) in units.enumerated() { for r in list { unitOf[r] = u } }
        var rUnit = unitOf
        unitWindow = units.map { u in
            let w = ctx.courses[m.requirements[u[0]].course]?.fiveHaves?.withinDays ?? Int.max
            return w >= ctx.days.count ? Int.max : w
        }

        var pairs = [[(earlier: Int, later: Int)]](repeating: [], count: groupIDs.count)
        for (e, later, _) in m.orderedRequirements() {
            for l in later { pairs[rGroup[e]].append((e, l)) }
        }
        orderPairsOfGroup = pairs

        let pools = m.set.pools
        var pDay = m.set.placements.map(\.day)
        var pStart = m.set.placements.map(\.start)
        var pLength = m.set.placements.map(\.length)
        var pPool = m.set.placements.map(\.pool)
        var pTeacher = m.set.placements.map { $0.teacher.flatMap { teacherIndex[$0] } ?? -1 }
        var pSite = m.set.placements.map { pools[$0.pool].site.flatMap { siteIndex[$0] } ?? -1 }
        var pJoint = m.set.placements.map { m.set.activities[$0.activity].joint }
        var pSeats = m.set.placements.map { pools[$0.pool].capacity ?? Int.max }
        var aPlacement = m.assignments.map(\.placement)
        var limits = pools.map { $0.online ? Int.max : $0.venues.count }
        teacherMaxPerDay = ctx.scenario.teachers.map { $0.maxPeriodsPerDay ?? Int.max }
        teacherMax = ctx.scenario.teachers.map { $0.maxPeriods ?? Int.max }

        let o = ctx.scenario.objective
        travelWeight = o.travel; compactnessWeight = o.compactness; balanceWeight = o.teacherBalance
        groupHome = ctx.scenario.groups.map { $0.site.flatMap { siteIndex[$0] } ?? -1 }
        seatsWeight = o.overCapacity ?? 0; spreadWeight = o.spread; isolatedWeight = o.isolated; venueChangesWeight = o.venueChanges
        var pairIndex: [GroupCourse: Int] = [:]
        var minDays: [Int] = []
        var rCourse = m.requirements.map { req -> Int in
            let key = GroupCourse(req.group, req.course)
            if let k = pairIndex[key] { return k }
            pairIndex[key] = minDays.count
            let need = ctx.courses[req.course]?.minDays ?? 0
            minDays.append(need > 1 ? need : 0)
            return minDays.count - 1
        }
        courseMinDays = minDays
        electives = ElectivesIndex(plan: plan, requirementCourse: rCourse, pairs: minDays.count, groupIDs: groupIDs, orderPairs: pairs)
        poolOnline = pools.map(\.online) + (blocks.isEmpty ? [] : [true])
        if let st = plan.stability {
            stabilityWeight = o.stability
            publishedCount = st.places.count
            var keeps = [Bool](repeating: false, count: m.assignments.count)
            for r in m.requirements {
                guard let place = st.place(of: r) else { continue }
                for a in m.assignmentsOf[r.index] { keeps[a] = st.keeps(m.placement(m.assignments[a].placement), place, in: m) }
            }
            assignmentKeeps = keeps
        } else {
            stabilityWeight = 0; publishedCount = 0; assignmentKeeps = []
        }
        pricesEveryMovingTerm =
            (plan.stability == nil || pools.allSatisfy { $0.venues.count == 1 })
            && (o.overCapacity == nil || pools.allSatisfy { $0.capacities.isEmpty })
            && (o.venueChanges == 0 || pools.allSatisfy { $0.online || $0.venues.count == 1 })
            && (o.isolated == 0 || ctx.scenario.cohorts.isEmpty || blocks.isEmpty)
        let fair = ctx.fairShares()
        fairShare = teacherIDs.map { fair[$0] ?? 0 }

        var t = [Int](repeating: 0, count: max(1, siteIDs.count * siteIDs.count))
        for (i, a) in siteIDs.enumerated() { for (j, b) in siteIDs.enumerated() { t[i * siteIDs.count + j] = ctx.travelMinutes(a, b) } }
        travel = t
        let n = ctx.periodsPerDay
        var g = [Int](repeating: 0, count: max(1, n * n))
        for a in 0..<n { for b in 0..<n { g[a * n + b] = ctx.minutesBetween(endOf: a, startOf: b) } }
        gap = g

        // Blocks after the model's requirements, placements and assignments.
        self.blocks = blocks
        modelRequirementCount = m.requirements.count
        modelPlacementCount = m.set.placements.count
        modelAssignmentCount = m.assignments.count
        var pBlock = [Int](repeating: -1, count: pDay.count)
        var assignmentsOfBlock: [[Int]] = []
        let blockPool = limits.count
        if !blocks.isEmpty { limits.append(Int.max) }
        for (b, spec) in blocks.enumerated() {
            rGroup.append(spec.group); rLength.append(spec.days * ctx.periodsPerDay); rFirst.append(false); rUnit.append(-1)
            rCourse.append(-1)
            var mine: [Int] = []
            for w in spec.windows {
                pDay.append(w); pStart.append(0); pLength.append(spec.days * ctx.periodsPerDay); pPool.append(blockPool)
                pTeacher.append(-1); pSite.append(-1); pJoint.append(false); pSeats.append(Int.max); pBlock.append(b)
                mine.append(aPlacement.count)
                aPlacement.append(pDay.count - 1)
            }
            assignmentsOfBlock.append(mine)
        }
        requirementCourse = rCourse
        requirementGroup = rGroup; requirementLength = rLength; requirementFirst = rFirst; requirementUnit = rUnit
        placementDay = pDay; placementStart = pStart; placementLength = pLength; placementPool = pPool
        placementTeacher = pTeacher; placementSite = pSite; placementJoint = pJoint; placementSeats = pSeats
        assignmentPlacement = aPlacement; poolLimit = limits
        placementBlock = pBlock
        blockAssignments = assignmentsOfBlock
        var cap = [Int](repeating: Int.max, count: max(1, hostCapacity.count * days))
        for (k, perDay) in hostCapacity.enumerated() { for d in 0..<min(days, perDay.count) { cap[k * days + d] = perDay[d] } }
        self.hostCapacity = cap
    }

    public var requirementCount: Int { requirementGroup.count }
    /// Whether a requirement is a shadowing placement's block.
    public func isBlock(_ r: Int) -> Bool { r >= modelRequirementCount }
    /// The block a block requirement places (index into `blocks`).
    public func block(of r: Int) -> Int { r - modelRequirementCount }
    /// The requirement of a block.
    public func requirement(ofBlock b: Int) -> Int { modelRequirementCount + b }
    /// The block's assignment at a start day, if that window is one of its own.
    public func blockAssignment(_ b: Int, startDay: Int) -> Int? {
        blockAssignments[b].first { placementDay[assignmentPlacement[$0]] == startDay }
    }
    public var assignmentCount: Int { assignmentPlacement.count }
    public var placementCount: Int { placementDay.count }

    /// The placement an assignment holds its requirement at.
    public func placement(ofAssignment a: Int) -> Int { assignmentPlacement[a] }
    public func length(of r: Int) -> Int { requirementLength[r] }
    public func group(of r: Int) -> Int { requirementGroup[r] }
    public func unit(of r: Int) -> Int { requirementUnit[r] }
    public func day(ofPlacement p: Int) -> Int { placementDay[p] }
    public func start(ofPlacement p: Int) -> Int { placementStart[p] }
    /// First slot (day × periods + period) a placement occupies.
    public func firstSlot(ofPlacement p: Int) -> Int { placementDay[p] * periodsPerDay + placementStart[p] }
    /// Assignments of a requirement (indices into the model's assignments).
    public func assignments(of r: Int) -> [Int] { r < modelRequirementCount ? plan.model.assignmentsOf[r] : blockAssignments[r - modelRequirementCount] }

    /// Whether a trip from the end of period `end` at site `a` to period `start` at site `b` is too short.
    @inline(__always) func tooFar(_ a: Int, end: Int, _ b: Int, start: Int) -> Bool {
        a >= 0 && b >= 0 && a != b && travel[a * siteCount + b] > gap[end * periodsPerDay + start]
    }
}

/// A class's shadowing placement as the search sees it: `days` consecutive teaching days, the
/// start days it may take (the class free in every period of them), and who goes out.
public struct BlockSpec: Sendable, Equatable {
    /// Index into the scenario's groups.
    public var group: Int
    /// Index into the placement courses (`StateIndex.hostCapacity`'s rows).
    public var course: Int
    public var days: Int
    /// Start days (teaching-day indices) of the windows it may take.
    public var windows: [Int]
    /// Cadres out on it (the class's roster or size).
    public var cadres: Int
    public init(group: Int, course: Int, days: Int, windows: [Int], cadres: Int) {
        self.group = group; self.course = course; self.days = days; self.windows = windows; self.cadres = cadres
    }
}
