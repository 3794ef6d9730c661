/// CourseOrder, incrementally: a group's pairs are recounted when one of its sessions moves
/// (a group has a handful, so a recount is cheaper than bookkeeping per pair).
extension TimetableState {
    /// Pairs (earlier, later) of placed requirements where the later starts before the earlier
    /// has ended: one per session pair, as the family reports them.
    static func courseOrderCount(_ pairs: [(earlier: Int, later: Int)], slotRange: (Int) -> (first: Int, last: Int)?) -> Int {
        pairs.reduce(0) { n, pair in
            guard let e = slotRange(pair.earlier), let l = slotRange(pair.later) else { return n }
            return n + (l.first <= e.last ? 1 : 0)
        }
    }

    mutating func recountCourseOrder(_ g: Int) {
        let pairs = index.orderPairsOfGroup[g]
        guard !pairs.isEmpty else { return }
        let n = Self.courseOrderCount(pairs, slotRange: { slotRange($0) })
        counts[Rule.courseOrder.rawValue] += n - groupOrder[g]
        groupOrder[g] = n
    }
}
