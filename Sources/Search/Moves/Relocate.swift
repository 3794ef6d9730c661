import Domain

/// Moves one session to another of its placements: another time, venue pool or teacher (for a
/// joint course, possibly into a meeting already held).
public struct Relocate: Move {
    public let name = "relocate"
    /// Placements priced per call.
    public var sample: Int
    public init(sample: Int = 48) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        state.sampleAssignments(of: r, limit: sample, rng: &rng).map { [Change(requirement: r, assignment: $0)] }
    }
}
