import Domain
import Planner

/// A timetable being searched: each requirement at one of its assignments or unplaced, with
/// occupancy per group, cohort, teacher and venue pool and the violation count of every hard
/// rule kept up to date. Placing or unplacing one requirement costs time in proportion to its
/// periods and the few sessions of its group's and teacher's day; rules may be broken on the
/// way (the search weighs them), and `counts` says by how much.
public struct TimetableState: Sendable {
    public let index: StateIndex
    /// Requirements the timetable must hold: required ones and chosen electives (an elective
    /// swap changes which).
    public internal(set) var active: [Bool]
    /// The electives chosen when the search began, those without a placement among them (so not
    /// active): with the swaps since, the choice the timetable holds (`electivesTaken`).
    public let electivesAtStart: Set<GroupCourse>
    /// Each requirement's assignment (index into the model's assignments), or -1.
    public internal(set) var assignmentOf: [Int]
    /// Violation count of each rule (`Rule.rawValue`).
    public internal(set) var counts: [Int]
    /// The soft terms the state prices, weighted: travel, compactness, teacher balance (SoftTerms.swift),
    /// and seats, spread, isolated periods, venue changes (`amounts`, SoftAmount.swift).
    public internal(set) var soft: Double = 0
    var groupDaySoft: [Double]
    /// Unweighted amounts of the terms of the ITC-2007 costs (`SoftAmount.rawValue`), each also in `soft`.
    public internal(set) var amounts: [Int]
    /// Sessions per group-course pair and day (pair × days + day), and days held per pair, of
    /// the pairs with a `min_days` (SpreadCount.swift).
    var courseDaySessions: [Int]
    var courseDays: [Int]
    /// Sessions per venue pool of each group-course pair (VenueChangesCount.swift).
    var coursePools: [[(pool: Int, sessions: Int)]]
    /// Sessions held per group-course pair, and the needs amount (NeedsCount.swift), also in `soft`.
    var pairHeld: [Int]
    public internal(set) var needs: Double

    // Occupancy, flattened: owner × slots + slot.
    var groupOccupancy: [Int]
    var cohortOccupancy: [Int]
    var teacherOccupancy: [Int]
    var poolOccupancy: [Int]
    /// Requirements attending each placement, and the people they bring.
    var attendees: [Int]
    var people: [Int]
    /// Periods taught per teacher and day, and in all.
    var teacherDayLoad: [Int]
    var teacherLoad: [Int]
    /// Sessions per group-day (requirements) and per teacher-day (placements), for travel.
    var groupDay: [[Int]]
    var teacherDay: [[Int]]
    // Cached contributions of the rules recounted whole on touch.
    var groupDayTravel: [Int]
    var teacherDayTravel: [Int]
    var groupFirst: [Int]
    var groupOrder: [Int]
    var unitOrder: [Int]
    var unitWindow: [Int]
    /// Cadres out on shadowing placements per placement course and day (course × days + day).
    var hostOut: [Int]
    /// Active first-course requirements of each group, and its others (those not taken too:
    /// a requirement never placed counts nothing, so an elective swap leaves these as they are).
    let firstsOfGroup: [[Int]]
    let othersOfGroup: [[Int]]

    /// An empty timetable: every active requirement unplaced; `electives` the choice `active` holds.
    public init(index: StateIndex, active: [Bool], electives: Set<GroupCourse> = []) {
        self.index = index
        self.active = active
        electivesAtStart = electives
        let x = index
        assignmentOf = [Int](repeating: -1, count: x.requirementCount)
        counts = [Int](repeating: 0, count: Rule.allCases.count)
        groupOccupancy = [Int](repeating: 0, count: x.groupIDs.count * x.slots)
        cohortOccupancy = [Int](repeating: 0, count: x.cohortCount * x.slots)
        teacherOccupancy = [Int](repeating: 0, count: x.teacherIDs.count * x.slots)
        poolOccupancy = [Int](repeating: 0, count: x.poolLimit.count * x.slots)
        attendees = [Int](repeating: 0, count: x.placementCount)
        people = [Int](repeating: 0, count: x.placementCount)
        teacherDayLoad = [Int](repeating: 0, count: x.teacherIDs.count * x.days)
        teacherLoad = [Int](repeating: 0, count: x.teacherIDs.count)
        groupDay = [[Int]](repeating: [], count: x.groupIDs.count * x.days)
        teacherDay = [[Int]](repeating: [], count: x.teacherIDs.count * x.days)
        groupDayTravel = [Int](repeating: 0, count: x.groupIDs.count * x.days)
        groupDaySoft = [Double](repeating: 0, count: x.groupIDs.count * x.days)
        teacherDayTravel = [Int](repeating: 0, count: x.teacherIDs.count * x.days)
        var firsts = [[Int]](repeating: [], count: x.groupIDs.count), others = firsts
        for r in 0..<x.requirementCount {
            if !x.requirementFirst[r] { others[x.requirementGroup[r]].append(r) } else if active[r] { firsts[x.requirementGroup[r]].append(r) }
        }
        firstsOfGroup = firsts
        othersOfGroup = others
        groupFirst = [Int](repeating: 0, count: x.groupIDs.count)
        groupOrder = [Int](repeating: 0, count: x.groupIDs.count)
        unitOrder = [Int](repeating: 0, count: x.units.count)
        unitWindow = [Int](repeating: 0, count: x.units.count)
        hostOut = [Int](repeating: 0, count: x.hostCapacity.count)
        courseDaySessions = [Int](repeating: 0, count: x.courseMinDays.count * x.days)
        courseDays = [Int](repeating: 0, count: x.courseMinDays.count)
        coursePools = [[(pool: Int, sessions: Int)]](repeating: [], count: x.courseMinDays.count)
        amounts = [Int](repeating: 0, count: SoftAmount.allCases.count)
        // Nothing placed: every pair with a `min_days` is short of all its days.
        amounts[SoftAmount.daysShort.rawValue] = x.courseMinDays.reduce(0, +)
        soft = x.spreadWeight * Double(amounts[SoftAmount.daysShort.rawValue])
        // Nothing placed: every published session counts as moved (dropped).
        amounts[SoftAmount.sessionsMoved.rawValue] = x.publishedCount
        soft += x.stabilityWeight * Double(x.publishedCount)
        pairHeld = [Int](repeating: 0, count: x.courseMinDays.count)
        needs = Self.needsOfNothing(x)
        soft += x.electives.needsWeight * needs
        counts[Rule.unplaced.rawValue] = (0..<x.requirementCount).reduce(0) { $0 + (active[$1] ? x.requirementLength[$1] : 0) }
    }

    /// A state holding the given assignments (requirement → assignment index).
    public init(index: StateIndex, active: [Bool], electives: Set<GroupCourse> = [], chosen: [Int: Int]) {
        self.init(index: index, active: active, electives: electives)
        for (r, a) in chosen.sorted(by: { $0.key < $1.key }) where active[r] { place(r, at: a) }
    }

    // MARK: Reading

    public func isPlaced(_ r: Int) -> Bool { assignmentOf[r] >= 0 }
    public func placement(of r: Int) -> Int? { assignmentOf[r] >= 0 ? index.assignmentPlacement[assignmentOf[r]] : nil }
    public func count(_ rule: Rule) -> Int { counts[rule.rawValue] }
    /// Hard violations besides requirements left unplaced.
    public var violationCount: Int { counts.indices.reduce(0) { $0 + ($1 == Rule.unplaced.rawValue ? 0 : counts[$1]) } }
    /// Every requirement placed and no rule broken.
    public var isValid: Bool { counts.allSatisfy { $0 == 0 } }
    /// Σ weight × count.
    public func cost(_ weights: [Int]) -> Int {
        var z = 0
        for i in counts.indices { z += weights[i] * counts[i] }
        return z
    }
    /// The chosen assignments, for the model's values.
    public var chosen: [Int: Int] {
        var out: [Int: Int] = [:]
        for (r, a) in assignmentOf.enumerated() where a >= 0 { out[r] = a }
        return out
    }
    /// Requirements taken but not placed.
    public var unplaced: [Int] { (0..<assignmentOf.count).filter { active[$0] && assignmentOf[$0] < 0 } }

    // MARK: Changing

    /// Puts an unplaced requirement at an assignment of its own.
    public mutating func place(_ r: Int, at a: Int) {
        precondition(assignmentOf[r] < 0 && active[r], "requirement \(r) is already placed or not taken")
        let x = index
        let p = x.assignmentPlacement[a]
        assignmentOf[r] = a
        counts[Rule.unplaced.rawValue] -= x.requirementLength[r]
        occupy(r, p, by: 1)
        let wasOpen = attendees[p] > 0
        let crowdedBefore = crowded(p)
        let shortBefore = seatsShort(p)
        attendees[p] += 1
        people[p] += x.groupSize[x.requirementGroup[r]]
        if !wasOpen { open(p, by: 1) }
        counts[Rule.venueCapacity.rawValue] += (crowded(p) ? 1 : 0) - (crowdedBefore ? 1 : 0)
        addSeatsShort(seatsShort(p) - shortBefore)
        keepPublished(a, by: 1)
        let g = x.requirementGroup[r], d = x.placementDay[p]
        // A block is no session of a day: no travel, no soft term, no order rule but the first course.
        guard !x.isBlock(r) else { goOut(r, p, by: 1); recountFirstCourse(g); return }
        spread(r, day: d, by: 1)
        holdCourse(r, by: 1)
        useVenue(r, pool: x.placementPool[p], by: 1)
        groupDay[g * x.days + d].append(r)
        recountGroupDayTravel(g, d)
        recountFirstCourse(g)
        recountCourseOrder(g)
        if x.requirementUnit[r] >= 0 { recountUnit(x.requirementUnit[r]) }
    }

    /// Takes a placed requirement out.
    public mutating func unplace(_ r: Int) {
        let a = assignmentOf[r]
        precondition(a >= 0, "requirement \(r) is not placed")
        let x = index
        let p = x.assignmentPlacement[a]
        assignmentOf[r] = -1
        counts[Rule.unplaced.rawValue] += x.requirementLength[r]
        occupy(r, p, by: -1)
        let crowdedBefore = crowded(p)
        let shortBefore = seatsShort(p)
        attendees[p] -= 1
        people[p] -= x.groupSize[x.requirementGroup[r]]
        if attendees[p] == 0 { open(p, by: -1) }
        counts[Rule.venueCapacity.rawValue] += (crowded(p) ? 1 : 0) - (crowdedBefore ? 1 : 0)
        addSeatsShort(seatsShort(p) - shortBefore)
        keepPublished(a, by: -1)
        let g = x.requirementGroup[r], d = x.placementDay[p]
        guard !x.isBlock(r) else { goOut(r, p, by: -1); recountFirstCourse(g); return }
        spread(r, day: d, by: -1)
        holdCourse(r, by: -1)
        useVenue(r, pool: x.placementPool[p], by: -1)
        if let i = groupDay[g * x.days + d].firstIndex(of: r) { groupDay[g * x.days + d].remove(at: i) }
        recountGroupDayTravel(g, d)
        recountFirstCourse(g)
        recountCourseOrder(g)
        if x.requirementUnit[r] >= 0 { recountUnit(x.requirementUnit[r]) }
    }

    /// Takes an elective's requirement in (ElectiveSwap): required from now on, still unplaced.
    mutating func take(_ r: Int) {
        precondition(!active[r] && assignmentOf[r] < 0, "requirement \(r) is taken already")
        active[r] = true
        counts[Rule.unplaced.rawValue] += index.requirementLength[r]
    }

    /// Takes an unplaced requirement out: no longer required.
    mutating func drop(_ r: Int) {
        precondition(active[r] && assignmentOf[r] < 0, "requirement \(r) is placed or not taken")
        active[r] = false
        counts[Rule.unplaced.rawValue] -= index.requirementLength[r]
    }

    /// Moves requirements to new assignments (-1: unplaced), in order, taking electives in or out
    /// where a change says so; returns the changes that undo it.
    @discardableResult
    public mutating func apply(_ changes: [Change]) -> [Change] {
        var undo: [Change] = []
        undo.reserveCapacity(changes.count)
        for c in changes {
            if let on = c.active, on != active[c.requirement] {
                undo.append(Change(requirement: c.requirement, assignment: assignmentOf[c.requirement], active: !on))
                if on {
                    take(c.requirement)
                    if c.assignment >= 0 { place(c.requirement, at: c.assignment) }
                } else {
                    if assignmentOf[c.requirement] >= 0 { unplace(c.requirement) }
                    drop(c.requirement)
                }
                continue
            }
            let before = assignmentOf[c.requirement]
            if before == c.assignment { continue }
            undo.append(Change(requirement: c.requirement, assignment: before))
            if before >= 0 { unplace(c.requirement) }
            if c.assignment >= 0 { place(c.requirement, at: c.assignment) }
        }
        return undo.reversed()
    }

    // MARK: Counters

    /// Adds `delta` to a counter whose values above `limit` are violations; returns the change in violations.
    @inline(__always) static func bump(_ counter: inout [Int], _ i: Int, _ delta: Int, limit: Int) -> Int {
        let old = counter[i], new = old + delta
        counter[i] = new
        return max(0, new - limit) - max(0, old - limit)
    }

    /// The group's (and its cohorts') periods taken or freed.
    mutating func occupy(_ r: Int, _ p: Int, by delta: Int) {
        let x = index
        let g = x.requirementGroup[r]
        let first = x.placementDay[p] * x.periodsPerDay + x.placementStart[p]
        var clash = 0, cohort = 0
        // A class out on a block leaves its cohort mates free to meet (as when it was unavailable).
        let cohorts = x.isBlock(r) ? [] : x.cohortsOfGroup[g]
        let last = first + x.placementLength[p] - 1
        let loneBefore = cohorts.reduce(0) { $0 + lonePeriods($1, around: first, last) }
        for s in first..<(first + x.placementLength[p]) {
            clash += Self.bump(&groupOccupancy, g * x.slots + s, delta, limit: 1)
            for c in cohorts { cohort += Self.bump(&cohortOccupancy, c * x.slots + s, delta, limit: 1) }
        }
        counts[Rule.groupClash.rawValue] += clash
        counts[Rule.cohortClash.rawValue] += cohort
        addLonePeriods(cohorts.reduce(0) { $0 + lonePeriods($1, around: first, last) } - loneBefore)
    }

    /// A meeting opened (+1) or closed (-1): its teacher's and pool's periods and loads.
    mutating func open(_ p: Int, by delta: Int) {
        let x = index
        let first = x.placementDay[p] * x.periodsPerDay + x.placementStart[p]
        let len = x.placementLength[p]
        let pool = x.placementPool[p]
        var venue = 0
        if x.poolLimit[pool] != Int.max {
            for s in first..<(first + len) { venue += Self.bump(&poolOccupancy, pool * x.slots + s, delta, limit: x.poolLimit[pool]) }
        }
        counts[Rule.venueClash.rawValue] += venue
        let t = x.placementTeacher[p]
        guard t >= 0 else { return }
        var clash = 0
        for s in first..<(first + len) { clash += Self.bump(&teacherOccupancy, t * x.slots + s, delta, limit: 1) }
        counts[Rule.teacherClash.rawValue] += clash
        let d = x.placementDay[p]
        var load = Self.bump(&teacherDayLoad, t * x.days + d, delta * len, limit: x.teacherMaxPerDay[t])
        let before = teacherLoad[t]
        load += Self.bump(&teacherLoad, t, delta * len, limit: x.teacherMax[t])
        soft += balance(t, load: teacherLoad[t]) - balance(t, load: before)
        counts[Rule.teacherLoad.rawValue] += load
        if delta > 0 {
            teacherDay[t * x.days + d].append(p)
        } else if let i = teacherDay[t * x.days + d].firstIndex(of: p) {
            teacherDay[t * x.days + d].remove(at: i)
        }
        recountTeacherDayTravel(t, d)
    }

    /// A block's cadres out (+1) or back (-1) on each of its days: its course's hosts' capacity.
    mutating func goOut(_ r: Int, _ p: Int, by delta: Int) {
        let x = index
        let spec = x.blocks[x.block(of: r)]
        guard spec.course >= 0, (spec.course + 1) * x.days <= x.hostCapacity.count else { return }
        var over = 0
        for d in x.placementDay[p]..<(x.placementDay[p] + spec.days) {
            let k = spec.course * x.days + d
            over += Self.bump(&hostOut, k, delta * spec.cadres, limit: x.hostCapacity[k])
        }
        counts[Rule.hostCapacity.rawValue] += over
    }

    /// Whether a placed block has more cadres out than its course's hosts take on one of its days.
    func hostsOver(_ r: Int, _ p: Int) -> Bool {
        let x = index
        let spec = x.blocks[x.block(of: r)]
        guard spec.course >= 0, (spec.course + 1) * x.days <= x.hostCapacity.count else { return false }
        return (x.placementDay[p]..<(x.placementDay[p] + spec.days)).contains { hostOut[spec.course * x.days + $0] > x.hostCapacity[spec.course * x.days + $0] }
    }

    /// A joint meeting seating more people than its venue holds.
    @inline(__always) func crowded(_ p: Int) -> Bool {
        index.placementJoint[p] && attendees[p] > 0 && people[p] > index.placementSeats[p]
    }
}

/// One requirement's new assignment (-1: unplaced): the unit every move is made of.
public struct Change: Sendable, Equatable {
    public var requirement: Int
    public var assignment: Int
    /// true: the requirement is taken (an elective swapped in) before it is placed; false: it is
    /// taken out and no longer required (swapped out); nil: it stays as it is.
    public var active: Bool?
    public init(requirement: Int, assignment: Int, active: Bool? = nil) {
        self.requirement = requirement; self.assignment = assignment; self.active = active
    }
}
