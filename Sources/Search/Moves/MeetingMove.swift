import Domain

/// Moves a joint meeting with every class attending it to another placement of its course
/// (another time, venue pool or teacher), where relocate moves one class and so splits the
/// meeting. A session that is not in a joint meeting with another class has no candidate.
public struct MeetingMove: Move {
    public let name = "meeting move"
    public var sample: Int
    public init(sample: Int = 16) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), let p = state.placement(of: r), x.placementJoint[p] else { return [] }
        let members = state.members(ofPlacement: p)
        guard members.count > 1 else { return [] }
        var out: [[Change]] = []
        for a in state.sampleAssignments(of: r, limit: sample, rng: &rng) {
            let q = x.assignmentPlacement[a]
            var changes: [Change] = []
            for m in members {
                guard let b = m == r ? a : state.assignment(of: m, atPlacement: q) else { break }
                changes.append(Change(requirement: m, assignment: b))
            }
            if changes.count == members.count { out.append(changes) }
        }
        return out
    }
}
