import CGLPK

/// How much GLPK prints (through the output hook; nothing reaches stdout).
public enum MessageLevel: Sendable, Equatable {
    case off, errorsOnly, normal, all

    var glpk: Int32 {
        switch self {
        case .off: GLP_MSG_OFF
        case .errorsOnly: GLP_MSG_ERR
        case .normal: GLP_MSG_ON
        case .all: GLP_MSG_ALL
        }
    }
}

/// GLPK's built-in cutting-plane families.
public struct CutFamilies: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Gomory's mixed-integer cuts.
    public static let gomory = CutFamilies(rawValue: 1 << 0)
    /// Mixed-integer rounding cuts.
    public static let mir = CutFamilies(rawValue: 1 << 1)
    /// Mixed cover cuts: not thread-safe in GLPK 5.0 (static locals), refused when `concurrent`.
    public static let cover = CutFamilies(rawValue: 1 << 2)
    /// Clique cuts from the conflict graph.
    public static let clique = CutFamilies(rawValue: 1 << 3)
    /// Every family that is safe to run on several threads at once.
    public static let threadSafe: CutFamilies = [.gomory, .mir, .clique]
}

/// Which fractional column branch-and-cut branches on.
public enum Branching: Sendable, Equatable {
    case firstFractional, lastFractional, mostFractional, driebeckTomlin, hybridPseudocost

    var glpk: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudocost: GLP_BR_PCH
        }
    }
}

/// Which open node branch-and-cut works on next.
public enum Backtracking: Sendable, Equatable {
    case depthFirst, breadthFirst, bestLocalBound, bestProjection

    var glpk: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}

/// Options of a branch-and-cut solve. Defaults are GLPK's, with output silent.
public struct MIPOptions: Sendable, Equatable {
    /// Wall-clock limit in seconds for the whole solve (LP relaxation included). GLPK checks it
    /// only between nodes and the wrapper at every callback; the feasibility pump ignores it.
    public var timeLimit: Double?
    /// Stop when |incumbent − bound| / (|incumbent| + ε) falls to this value (0: prove optimality).
    public var relativeGap: Double = 0
    /// GLPK's MIP presolver. Turned off automatically when a start is injected.
    public var presolve: Bool = true
    public var cuts: CutFamilies = []
    public var feasibilityPump: Bool = false
    public var proximitySearch: Bool = false
    /// Time limit of one proximity search, seconds.
    public var proximitySearchTimeLimit: Double = 60
    public var branching: Branching = .driebeckTomlin
    public var backtracking: Backtracking = .bestLocalBound
    public var messageLevel: MessageLevel = .errorsOnly
    /// Stop after this many branch-and-bound nodes: reproducible where a time limit is not.
    public var nodeLimit: Int?
    /// Least time between two progress reports, seconds (a new incumbent is always reported).
    public var progressInterval: Double = 0.2
    /// Declares that other GLPK solves may run on other threads at the same time: cover cuts
    /// are then refused, since GLPK's cover-cut generator shares static state.
    public var concurrent: Bool = false
    /// For `GLPK.solve`: free this thread's GLPK environment afterwards (when no other problem
    /// lives on the thread). Set it on worker threads that end after the solve.
    public var releaseEnvironment: Bool = false

    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, presolve: Bool = true,
        cuts: CutFamilies = [], nodeLimit: Int? = nil, concurrent: Bool = false
    ) {
        self.timeLimit = timeLimit; self.relativeGap = relativeGap; self.presolve = presolve
        self.cuts = cuts; self.nodeLimit = nodeLimit; self.concurrent = concurrent
    }

    func validate() throws {
        if let t = timeLimit, !(t.isFinite && t > 0) {
            throw GLPKError.invalidOptions("time limit '\(t)' must be a positive number of seconds")
        }
        if !(relativeGap.isFinite && relativeGap >= 0) {
            throw GLPKError.invalidOptions("relative gap '\(relativeGap)' must be zero or positive")
        }
        if !(proximitySearchTimeLimit.isFinite && proximitySearchTimeLimit > 0) {
            throw GLPKError.invalidOptions("proximity search time limit '\(proximitySearchTimeLimit)' must be positive")
        }
        if let n = nodeLimit, n < 1 {
            throw GLPKError.invalidOptions("node limit '\(n)' must be at least 1")
        }
        if !(progressInterval.isFinite && progressInterval >= 0) {
            throw GLPKError.invalidOptions("progress interval '\(progressInterval)' must be zero or positive")
        }
        if concurrent && cuts.contains(.cover) {
            throw GLPKError.invalidOptions("cover cuts are not thread-safe in GLPK 5.0; drop them when solves run concurrently")
        }
    }
}

public enum SimplexMethod: Sendable, Equatable {
    case primal, dual, dualThenPrimal

    var glpk: Int32 {
        switch self {
        case .primal: GLP_PRIMAL
        case .dual: GLP_DUAL
        case .dualThenPrimal: GLP_DUALP
        }
    }
}

/// Options of a simplex solve.
public struct LPOptions: Sendable, Equatable {
    public var timeLimit: Double?
    public var iterationLimit: Int?
    public var presolve: Bool = false
    public var method: SimplexMethod = .primal
    public var messageLevel: MessageLevel = .errorsOnly
    /// For `GLPK.solveLP`: free this thread's GLPK environment afterwards when no problem lives on it.
    public var releaseEnvironment: Bool = false

    public init(timeLimit: Double? = nil, iterationLimit: Int? = nil, presolve: Bool = false, method: SimplexMethod = .primal) {
        self.timeLimit = timeLimit; self.iterationLimit = iterationLimit; self.presolve = presolve; self.method = method
    }

    func validate() throws {
        if let t = timeLimit, !(t.isFinite && t > 0) {
            throw GLPKError.invalidOptions("time limit '\(t)' must be a positive number of seconds")
        }
        if let n = iterationLimit, n < 1 || n > Int(Int32.max) {
            throw GLPKError.invalidOptions("iteration limit '\(n)' must be between 1 and \(Int32.max)")
        }
    }
}

/// Milliseconds for GLPK's `tm_lim`, clamped to what an `int` holds (GLPK's "no limit" is INT_MAX).
func milliseconds(_ seconds: Double?) -> Int32 {
    guard let seconds else { return Int32.max }
    let ms = (seconds * 1000).rounded(.up)
    if ms >= Double(Int32.max - 1) { return Int32.max - 1 }
    return max(1, Int32(ms))
}
