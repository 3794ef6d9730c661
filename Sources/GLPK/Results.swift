/// How a branch-and-cut solve left the program.
public enum MIPStatus: Sendable, Equatable, CaseIterable {
    case optimal
    case feasible
    case infeasible
    case noIntegerSolutionFound
    case unbounded
    case undefined

    public var explanation: String {
        switch self {
        case .optimal: "an integer solution was found and proven optimal"
        case .feasible: "an integer solution is kept but the search ended before proving it optimal"
        case .infeasible: "the program was proven to have no integer solution"
        case .noIntegerSolutionFound: "the search ended before finding any integer solution; feasibility is unknown"
        case .unbounded: "the LP relaxation is unbounded, so the objective has no finite optimum if any solution exists"
        case .undefined: "the search ended before the LP relaxation was solved; nothing is known"
        }
    }
}

/// How a simplex solve left the program (integrality ignored).
public enum LPStatus: Sendable, Equatable, CaseIterable {
    case optimal, feasible, infeasible, unbounded, undefined

    public var explanation: String {
        switch self {
        case .optimal: "the LP relaxation was solved to optimality"
        case .feasible: "a feasible point of the LP relaxation is kept but it was not proven optimal"
        case .infeasible: "the LP relaxation has no feasible point, so neither has the program"
        case .unbounded: "the LP relaxation's objective improves without limit"
        case .undefined: "the simplex method ended before finding a feasible point"
        }
    }
}

/// Why a solve ended.
public enum StopReason: Sendable, Equatable, CaseIterable {
    case finished
    case timeLimit
    case gapReached
    case stoppedByCallback
    case nodeLimit
    /// Simplex only.
    case iterationLimit

    public var explanation: String {
        switch self {
        case .finished: "the solver ran to its natural end"
        case .timeLimit: "the time limit was reached"
        case .gapReached: "the relative gap between incumbent and bound reached the tolerance"
        case .stoppedByCallback: "the progress callback asked to stop"
        case .nodeLimit: "the node limit was reached"
        case .iterationLimit: "the simplex iteration limit was reached"
        }
    }
}

/// What became of an injected starting solution.
public enum StartOutcome: Sendable, Equatable {
    /// No start was given.
    case none
    /// GLPK took the start as its incumbent.
    case accepted
    /// GLPK already had a solution at least as good and declined the start.
    case declined
    /// GLPK never asked for a heuristic solution (for example the root LP was already integral).
    case notOffered

    public var explanation: String {
        switch self {
        case .none: "no starting solution was given"
        case .accepted: "the starting solution became the incumbent"
        case .declined: "glpk declined the starting solution because it already had one at least as good"
        case .notOffered: "glpk never asked for a heuristic solution, so the start was not used"
        }
    }
}

/// What a branch-and-cut solve produced.
public struct MIPResult: Sendable, Equatable {
    public var status: MIPStatus
    public var stopReason: StopReason
    /// Objective of the incumbent (objective constant included).
    public var objective: Double?
    /// Best bound on the optimum known when the search ended.
    public var bound: Double?
    /// Relative gap |objective − bound| / (|objective| + ε), GLPK's definition.
    public var gap: Double?
    /// Incumbent values, 0-based like the program's columns; integer columns rounded.
    public var values: [Double]?
    /// Branch-and-bound nodes processed.
    public var nodes: Int
    public var elapsedSeconds: Double
    public var start: StartOutcome

    /// True when an incumbent is available.
    public var hasSolution: Bool { values != nil }
}

/// What a simplex solve produced.
public struct LPResult: Sendable, Equatable {
    public var status: LPStatus
    public var stopReason: StopReason
    public var objective: Double?
    /// Column values, 0-based.
    public var values: [Double]?
    /// Row duals (shadow prices), 0-based.
    public var rowDuals: [Double]?
    public var iterations: Int
    public var elapsedSeconds: Double
}

/// A snapshot of a running branch-and-cut search, handed to the progress callback.
public struct MIPProgress: Sendable, Equatable {
    /// Objective of the best integer solution so far.
    public var incumbent: Double?
    /// Best bound over the open nodes.
    public var bound: Double?
    public var gap: Double?
    /// Nodes processed so far.
    public var nodes: Int
    /// Nodes still open.
    public var activeNodes: Int
    public var elapsedSeconds: Double
    /// True when this report is due to a new incumbent.
    public var isNewIncumbent: Bool
}

/// What the progress callback wants the search to do.
public enum MIPDecision: Sendable, Equatable {
    case proceed
    case stop
}
