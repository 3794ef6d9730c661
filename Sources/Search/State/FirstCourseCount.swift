/// FirstCourse, incrementally: a group's count is recounted when one of its sessions moves.
extension TimetableState {
    /// The group's other sessions that start before its first course has ended; all of them
    /// while a first course is unplaced (the model holds nothing of a group without it).
    static func firstCourseCount(firsts: [Int], others: [Int], slotRange: (Int) -> (first: Int, last: Int)?) -> Int {
        guard !firsts.isEmpty else { return 0 }
        var end = -1
        for f in firsts {
            guard let s = slotRange(f) else { return others.reduce(0) { $0 + (slotRange($1) == nil ? 0 : 1) } }
            end = max(end, s.last)
        }
        return others.reduce(0) { n, r in
            guard let s = slotRange(r) else { return n }
            return n + (s.first <= end ? 1 : 0)
        }
    }

    /// First and last slot of a placed requirement.
    func slotRange(_ r: Int) -> (first: Int, last: Int)? {
        guard assignmentOf[r] >= 0 else { return nil }
        let p = index.assignmentPlacement[assignmentOf[r]]
        let s = index.firstSlot(ofPlacement: p)
        return (s, s + index.placementLength[p] - 1)
    }

    mutating func recountFirstCourse(_ g: Int) {
        let n = Self.firstCourseCount(firsts: firstsOfGroup[g], others: othersOfGroup[g], slotRange: { slotRange($0) })
        counts[Rule.firstCourse.rawValue] += n - groupFirst[g]
        groupFirst[g] = n
    }
}
