import Domain

/// A large neighbourhood re-planned exactly — the classes around a session freed and solved by a
/// solver the caller supplies (the solve: GLPK on the plan's program, everything else held) —
/// offered to the anneal as one more operator in its adaptive choice. Search never sees the
/// solver, so the anneal is tested with a fake one.
public protocol ExactRepair: Sendable {
    /// Shown in the method line.
    var name: String { get }
    /// New assignments for the sessions the neighbourhood around requirement `r` moves (nil
    /// when the solver found nothing to change), and the work it took in candidates'
    /// worth (counted, not timed, so a run stays reproducible).
    func repair(around r: Int, in state: TimetableState, rng: inout SeededRandom) -> (changes: [Change]?, work: Int)
}
