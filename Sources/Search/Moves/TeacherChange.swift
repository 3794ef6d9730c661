import Domain

/// Gives a session another of its qualified teachers at the same time (the same venue pool
/// where it can): the move for teacher balance and for a teacher double-booked. A joint
/// meeting changes teacher with all its classes.
public struct TeacherChange: Move {
    public let name = "teacher change"
    public init() {}

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), let p = state.placement(of: r), x.placementTeacher[p] >= 0 else { return [] }
        let members = state.members(ofPlacement: p)
        // Per other teacher, the placement at this time: the same pool first.
        var byTeacher: [Int: Int] = [:]
        for a in x.assignments(of: r) {
            let q = x.assignmentPlacement[a]
            let t = x.placementTeacher[q]
            guard t >= 0, t != x.placementTeacher[p], x.placementDay[q] == x.placementDay[p], x.placementStart[q] == x.placementStart[p] else { continue }
            if byTeacher[t] == nil || x.placementPool[q] == x.placementPool[p] { byTeacher[t] = q }
        }
        var out: [[Change]] = []
        for (_, q) in byTeacher.sorted(by: { $0.key < $1.key }) {
            var changes: [Change] = []
            for m in members {
                guard let a = state.assignment(of: m, atPlacement: q) else { break }
                changes.append(Change(requirement: m, assignment: a))
            }
            if changes.count == members.count { out.append(changes) }
        }
        return out
    }
}
