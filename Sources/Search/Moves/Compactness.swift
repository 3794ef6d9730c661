import Domain

/// Moves an isolated session (no session of its class right before or after it that day) next
/// to its class's other sessions: right before or after one of them that day or, on another
/// day where the class has sessions, there; a session alone on its day goes to a day where it
/// joins others. Its teacher and venue pool are kept where they can be.
public struct Compactness: Move {
    public let name = "compactness"
    /// Times tried per call.
    public var sample: Int
    public init(sample: Int = 8) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), let p = state.placement(of: r) else { return [] }
        let g = x.requirementGroup[r], day = x.placementDay[p], start = x.placementStart[p], length = x.placementLength[p]
        let n = x.periodsPerDay
        // Each day's other sessions of the class, as (first, last) periods.
        var spans: [[(first: Int, last: Int)]] = []
        for d in 0..<x.days {
            spans.append(
                state.groupDay[g * x.days + d].compactMap { o in
                    guard o != r, let range = state.slotRange(o) else { return nil }
                    return (range.first - d * n, range.last - d * n)
                })
        }
        let mine = spans[day]
        if !mine.isEmpty && mine.contains(where: { $0.last + 1 == start || $0.first == start + length }) { return [] }
        // Starts right after or right before another session, free of the class's others.
        var targets: [(day: Int, start: Int)] = []
        for d in 0..<x.days where !spans[d].isEmpty {
            for s in spans[d] {
                for t in [s.last + 1, s.first - length] where t >= 0 && t + length <= n && !(d == day && t == start) {
                    guard !spans[d].contains(where: { $0.last >= t && $0.first < t + length }),
                        !targets.contains(where: { $0.day == d && $0.start == t })
                    else { continue }
                    targets.append((d, t))
                }
            }
        }
        if targets.count > sample {
            targets.shuffle(using: &rng)
            targets.removeLast(targets.count - sample)
        }
        return targets.compactMap { t in
            state.assignment(of: r, day: t.day, start: t.start, like: p).map { [Change(requirement: r, assignment: $0)] }
        }
    }
}
