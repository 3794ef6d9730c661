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
    /// Whether every soft term a move can change is priced by the state (not so with ITC-2007's
    /// seats, spread, isolated periods and venue changes, or stability when re-planning).
    public let pricesEveryMovingTerm: Bool

    /// Travel minutes between site indices, and minutes between the end of one period and the start of another.
    let travel: [Int]
    let siteCount: Int
    let gap: [Int]

    public init(plan: Plan) {
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

        requirementGroup = m.requirements.map { groupIndex[$0.group] ?? 0 }
        requirementLength = m.requirements.map(\.length)
        requirementFirst = m.requirements.map(\.first)
        groupSize = ctx.scenario.groups.map(\.size)
        cohortsOfGroup = groupIDs.map { ctx.cohortsOf[$0] ?? [] }

        let units = m.fiveHavesUnits()
        self.units = units
        var unitOf = [Int](repeating: -1, count: m.requirements.count)
        for (u, list) in units.enumerated() { for r in list { unitOf[r] = u } }
        requirementUnit = unitOf
        unitWindow = units.map { u in
            let w = ctx.courses[m.requirements[u[0]].course]?.fiveHaves?.withinDays ?? Int.max
            return w >= ctx.days.count ? Int.max : w
        }

        var pairs = [[(earlier: Int, later: Int)]](repeating: [], count: groupIDs.count)
        for (e, later, _) in m.orderedRequirements() {
            for l in later { pairs[requirementGroup[e]].append((e, l)) }
        }
        orderPairsOfGroup = pairs

        let pools = m.set.pools
        placementDay = m.set.placements.map(\.day)
        placementStart = m.set.placements.map(\.start)
        placementLength = m.set.placements.map(\.length)
        placementPool = m.set.placements.map(\.pool)
        placementTeacher = m.set.placements.map { $0.teacher.flatMap { teacherIndex[$0] } ?? -1 }
        placementSite = m.set.placements.map { pools[$0.pool].site.flatMap { siteIndex[$0] } ?? -1 }
        placementJoint = m.set.placements.map { m.set.activities[$0.activity].joint }
        placementSeats = m.set.placements.map { pools[$0.pool].capacity ?? Int.max }
        assignmentPlacement = m.assignments.map(\.placement)
        poolLimit = pools.map { $0.online ? Int.max : $0.venues.count }
        teacherMaxPerDay = ctx.scenario.teachers.map { $0.maxPeriodsPerDay ?? Int.max }
        teacherMax = ctx.scenario.teachers.map { $0.maxPeriods ?? Int.max }

        let o = ctx.scenario.objective
        travelWeight = o.travel; compactnessWeight = o.compactness; balanceWeight = o.teacherBalance
        groupHome = ctx.scenario.groups.map { $0.site.flatMap { siteIndex[$0] } ?? -1 }
        pricesEveryMovingTerm = plan.stability == nil && o.overCapacity == nil && o.venueChanges == 0
            && (o.spread == 0 || ctx.scenario.courses.allSatisfy { ($0.minDays ?? 0) <= 1 })
            && (o.isolated == 0 || ctx.scenario.cohorts.isEmpty)
        let fair = ctx.fairShares()
        fairShare = teacherIDs.map { fair[$0] ?? 0 }

        var t = [Int](repeating: 0, count: max(1, siteIDs.count * siteIDs.count))
        for (i, a) in siteIDs.enumerated() { for (j, b) in siteIDs.enumerated() { t[i * siteIDs.count + j] = ctx.travelMinutes(a, b) } }
        travel = t
        let n = ctx.periodsPerDay
        var g = [Int](repeating: 0, count: max(1, n * n))
        for a in 0..<n { for b in 0..<n { g[a * n + b] = ctx.minutesBetween(endOf: a, startOf: b) } }
        gap = g
    }

    public var requirementCount: Int { requirementGroup.count }
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
    public func assignments(of r: Int) -> [Int] { plan.model.assignmentsOf[r] }

    /// Whether a trip from the end of period `end` at site `a` to period `start` at site `b` is too short.
    @inline(__always) func tooFar(_ a: Int, end: Int, _ b: Int, start: Int) -> Bool {
        a >= 0 && b >= 0 && a != b && travel[a * siteCount + b] > gap[end * periodsPerDay + start]
    }
}
