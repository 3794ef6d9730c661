/// The cost of a solution under the competition's formulation (UD2). Hard counts must all be
/// zero for a feasible timetable; soft costs are already weighted (5 per missing working day,
/// 2 per isolated lecture, 1 per student over capacity and per extra room).
public struct ITCScore: Sendable, Equatable {
    // Hard
    public var lectures: Int
    public var conflicts: Int
    public var availability: Int
    public var roomOccupancy: Int
    // Soft, weighted
    public var roomCapacity: Int
    public var minWorkingDays: Int
    public var curriculumCompactness: Int
    public var roomStability: Int

    public init(
        lectures: Int = 0, conflicts: Int = 0, availability: Int = 0, roomOccupancy: Int = 0,
        roomCapacity: Int = 0, minWorkingDays: Int = 0, curriculumCompactness: Int = 0, roomStability: Int = 0
    ) {
        self.lectures = lectures; self.conflicts = conflicts; self.availability = availability
        self.roomOccupancy = roomOccupancy; self.roomCapacity = roomCapacity; self.minWorkingDays = minWorkingDays
        self.curriculumCompactness = curriculumCompactness; self.roomStability = roomStability
    }

    public var hardTotal: Int { lectures + conflicts + availability + roomOccupancy }
    public var softTotal: Int { roomCapacity + minWorkingDays + curriculumCompactness + roomStability }
}

/// Scores solutions exactly as the official ITC-2007 track 3 validator counts (see
/// docs/itc2007.md for each convention and its source).
public enum ITCScorer {
    public static let minWorkingDaysWeight = 5
    public static let curriculumCompactnessWeight = 2
    public static let roomStabilityWeight = 1

    public static func score(_ s: ITCSolution, for i: ITCInstance) -> ITCScore {
        var log = Log(collect: false)
        return evaluate(s, i, &log)
    }

    /// The validator's printout: warnings about skipped lines, each violation (`[H]` hard,
    /// `[S(cost)]` soft), the count per component, then the totals.
    public static func report(_ s: ITCSolution, for i: ITCInstance) -> String {
        var log = Log(collect: true)
        let score = evaluate(s, i, &log)
        var out = ""
        for w in log.warnings { out += "WARNING: \(w)\n" }
        for v in log.violations { out += v + "\n" }
        if !log.warnings.isEmpty || !log.violations.isEmpty { out += "\n" }
        out += "Violations of Lectures (hard) : \(score.lectures)\n"
        out += "Violations of Conflicts (hard) : \(score.conflicts)\n"
        out += "Violations of Availability (hard) : \(score.availability)\n"
        out += "Violations of RoomOccupation (hard) : \(score.roomOccupancy)\n"
        out += "Cost of RoomCapacity (soft) : \(score.roomCapacity)\n"
        out += "Cost of MinWorkingDays (soft) : \(score.minWorkingDays)\n"
        out += "Cost of CurriculumCompactness (soft) : \(score.curriculumCompactness)\n"
        out += "Cost of RoomStability (soft) : \(score.roomStability)\n"
        out += "\n"
        if !log.warnings.isEmpty { out += "There are \(log.warnings.count) warnings!\n" }
        out += "Summary: " + (score.hardTotal > 0 ? "Violations = \(score.hardTotal), " : "") + "Total Cost = \(score.softTotal)\n"
        return out
    }

    /// Collects the lines of the report only when asked, so `score` stays cheap for search.
    struct Log {
        let collect: Bool
        var warnings: [String] = []
        var violations: [String] = []
        mutating func warn(_ text: @autoclosure () -> String) { if collect { warnings.append(text()) } }
        mutating func add(_ text: @autoclosure () -> String) { if collect { violations.append(text()) } }
    }

    static func evaluate(_ s: ITCSolution, _ inst: ITCInstance, _ log: inout Log) -> ITCScore {
        let courses = inst.courses, rooms = inst.rooms
        let nc = courses.count, nr = rooms.count, slots = inst.slots, ppd = inst.periodsPerDay
        var courseIndex: [String: Int] = [:], roomIndex: [String: Int] = [:]
        for (k, c) in courses.enumerated() where courseIndex[c.id] == nil { courseIndex[c.id] = k }
        for (k, r) in rooms.enumerated() where roomIndex[r.id] == nil { roomIndex[r.id] = k }
        func when(_ p: Int) -> String { "period \(p) (day \(p / ppd), timeslot \(p % ppd))" }

        // The room of course c at period p, or -1. Like the validator's matrix, it holds one
        // lecture per course and period; a second line for the same pair is skipped.
        var placed = [Int](repeating: -1, count: nc * slots)
        for a in s.assignments {
            guard let c = courseIndex[a.course] else { log.warn("Nonexisting course \(a.course) (entry skipped)"); continue }
            guard let r = roomIndex[a.room] else { log.warn("Nonexisting room \(a.room) (entry skipped)"); continue }
            guard (0..<inst.days).contains(a.day) else { log.warn("Nonexisting day \(a.day) (entry skipped)"); continue }
            guard (0..<ppd).contains(a.period) else { log.warn("Nonexisting period \(a.period) (entry skipped)"); continue }
            let cell = c * slots + a.day * ppd + a.period
            guard placed[cell] < 0 else {
                log.warn("Repeated entry: \(a.course) \(a.room) \(a.day) \(a.period) (entry skipped)")
                continue
            }
            placed[cell] = r
        }

        var score = ITCScore()

        // Lectures: every course has exactly its number of lectures.
        for c in 0..<nc {
            var held = 0
            for p in 0..<slots where placed[c * slots + p] >= 0 { held += 1 }
            if held < courses[c].lectures { log.add("[H] Too few lectures for course \(courses[c].id)") }
            if held > courses[c].lectures { log.add("[H] Too many lectures for course \(courses[c].id)") }
            score.lectures += abs(held - courses[c].lectures)
        }

        // Conflicts: two courses sharing a curriculum or a teacher never meet in one period.
        // One violation per pair of courses and period, however many curricula they share.
        var conflict = [Bool](repeating: false, count: nc * nc)
        for g in inst.curricula {
            let members = g.courses.compactMap { courseIndex[$0] }
            for a in members { for b in members where a != b { conflict[a * nc + b] = true } }
        }
        var byTeacher: [String: [Int]] = [:]
        for (k, c) in courses.enumerated() { byTeacher[c.teacher, default: []].append(k) }
        for group in byTeacher.values { for a in group { for b in group where a != b { conflict[a * nc + b] = true } } }
        for c1 in 0..<nc {
            for c2 in (c1 + 1)..<max(c1 + 1, nc) where conflict[c1 * nc + c2] {
                for p in 0..<slots where placed[c1 * slots + p] >= 0 && placed[c2 * slots + p] >= 0 {
                    score.conflicts += 1
                    log.add("[H] Courses \(courses[c1].id) and \(courses[c2].id) have both a lecture at \(when(p))")
                }
            }
        }

        // Availability: no lecture in a period its course is unavailable.
        var unavailable = [Bool](repeating: false, count: nc * slots)
        for u in inst.unavailable {
            if let c = courseIndex[u.course], (0..<inst.days).contains(u.day), (0..<ppd).contains(u.period) {
                unavailable[c * slots + u.day * ppd + u.period] = true
            }
        }
        for c in 0..<nc {
            for p in 0..<slots where placed[c * slots + p] >= 0 && unavailable[c * slots + p] {
                score.availability += 1
                log.add("[H] Course \(courses[c].id) has a lecture at unavailable \(when(p))")
            }
        }

        // RoomOccupancy: at most one lecture per room and period; each one beyond the first counts.
        var occupancy = [Int](repeating: 0, count: nr * slots)
        for c in 0..<nc { for p in 0..<slots where placed[c * slots + p] >= 0 { occupancy[placed[c * slots + p] * slots + p] += 1 } }
        for p in 0..<slots {
            for r in 0..<nr where occupancy[r * slots + p] > 1 {
                let n = occupancy[r * slots + p]
                score.roomOccupancy += n - 1
                log.add("[H] \(n) lectures in room \(rooms[r].id) the \(when(p))" + (n > 2 ? " [\(n - 1) violations]" : ""))
            }
        }

        // RoomCapacity: each lecture costs the students who do not fit in its room.
        for c in 0..<nc {
            for p in 0..<slots where placed[c * slots + p] >= 0 {
                let room = rooms[placed[c * slots + p]]
                let over = courses[c].students - room.capacity
                if over > 0 {
                    score.roomCapacity += over
                    log.add("[S(\(over))] Room \(room.id) too small for course \(courses[c].id) the \(when(p))")
                }
            }
        }

        // MinWorkingDays: 5 per day short of the course's minimum of distinct days.
        for c in 0..<nc {
            var daysUsed = 0
            for d in 0..<inst.days where (0..<ppd).contains(where: { placed[c * slots + d * ppd + $0] >= 0 }) { daysUsed += 1 }
            let short = courses[c].minWorkingDays - daysUsed
            if short > 0 {
                score.minWorkingDays += short * minWorkingDaysWeight
                log.add("[S(\(short * minWorkingDaysWeight))] The course \(courses[c].id) has only \(daysUsed) days of lecture")
            }
        }

        // CurriculumCompactness: 2 per lecture of a curriculum with no lecture of the same
        // curriculum in the period before or after on the same day.
        var perSlot = [Int](repeating: 0, count: slots)
        for g in inst.curricula {
            var members: [Int] = []
            for id in g.courses { if let c = courseIndex[id], !members.contains(c) { members.append(c) } }
            for p in 0..<slots { perSlot[p] = 0 }
            for c in members { for p in 0..<slots where placed[c * slots + p] >= 0 { perSlot[p] += 1 } }
            for p in 0..<slots where perSlot[p] > 0 {
                let before = p % ppd > 0 ? perSlot[p - 1] : 0
                let after = p % ppd < ppd - 1 ? perSlot[p + 1] : 0
                if before == 0 && after == 0 {
                    let cost = perSlot[p] * curriculumCompactnessWeight
                    score.curriculumCompactness += cost
                    log.add("[S(\(cost))] Curriculum \(g.id) has an isolated lecture at \(when(p))")
                }
            }
        }

        // RoomStability: 1 per room a course uses beyond its first.
        for c in 0..<nc {
            var used: [Int] = []
            for p in 0..<slots where placed[c * slots + p] >= 0 && !used.contains(placed[c * slots + p]) { used.append(placed[c * slots + p]) }
            if used.count > 1 {
                let cost = (used.count - 1) * roomStabilityWeight
                score.roomStability += cost
                log.add("[S(\(cost))] Course \(courses[c].id) uses \(used.count) different rooms")
            }
        }
        return score
    }
}
