/// FiveHavesOrder and FiveHavesWindow, incrementally: a unit is recounted when a segment moves.
extension TimetableState {
    /// A unit held in part (1), segments starting before the one before has ended, and whether
    /// its placed segments spread over more days than its window.
    static func unitCounts(_ unit: [Int], window: Int, slotRange: (Int) -> (first: Int, last: Int)?, periodsPerDay: Int) -> (order: Int, window: Int) {
        let ranges = unit.map(slotRange)
        let placed = ranges.compactMap { $0 }
        var order = placed.isEmpty || placed.count == unit.count ? 0 : 1
        for i in 1..<max(1, ranges.count) {
            if let a = ranges[i - 1], let b = ranges[i], b.first <= a.last { order += 1 }
        }
        guard window != Int.max, let lo = placed.map({ $0.first / periodsPerDay }).min(), let hi = placed.map({ $0.first / periodsPerDay }).max() else {
            return (order, 0)
        }
        return (order, hi - lo + 1 > window ? 1 : 0)
    }

    mutating func recountUnit(_ u: Int) {
        let c = Self.unitCounts(index.units[u], window: index.unitWindow[u], slotRange: { slotRange($0) }, periodsPerDay: index.periodsPerDay)
        counts[Rule.fiveHavesOrder.rawValue] += c.order - unitOrder[u]
        counts[Rule.fiveHavesWindow.rawValue] += c.window - unitWindow[u]
        unitOrder[u] = c.order
        unitWindow[u] = c.window
    }
}
