import CGLPK

/// A GLPK return code (`GLP_E…`), with what it means in one sentence.
///
/// Some codes are errors (the call failed), others describe how a search ended; the solve
/// functions sort them: time limit, stop, gap reached, no primal or dual feasible solution
/// become a `StopReason` or a status, the rest are thrown as `GLPKError.solverFailed`.
public enum ReturnCode: Int32, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case invalidBasis = 0x01
    case singularMatrix = 0x02
    case illConditionedMatrix = 0x03
    case invalidBounds = 0x04
    case solverFailed = 0x05
    case objectiveLowerLimitReached = 0x06
    case objectiveUpperLimitReached = 0x07
    case iterationLimit = 0x08
    case timeLimit = 0x09
    case noPrimalFeasibleSolution = 0x0A
    case noDualFeasibleSolution = 0x0B
    case rootLPNotOptimal = 0x0C
    case stoppedByApplication = 0x0D
    case mipGapReached = 0x0E
    case noPrimalOrDualFeasibleSolution = 0x0F
    case noConvergence = 0x10
    case numericalInstability = 0x11
    case invalidData = 0x12
    case resultOutOfRange = 0x13

    /// The GLPK constant's name, e.g. `GLP_EBADB`.
    public var constantName: String {
        switch self {
        case .invalidBasis: "GLP_EBADB"
        case .singularMatrix: "GLP_ESING"
        case .illConditionedMatrix: "GLP_ECOND"
        case .invalidBounds: "GLP_EBOUND"
        case .solverFailed: "GLP_EFAIL"
        case .objectiveLowerLimitReached: "GLP_EOBJLL"
        case .objectiveUpperLimitReached: "GLP_EOBJUL"
        case .iterationLimit: "GLP_EITLIM"
        case .timeLimit: "GLP_ETMLIM"
        case .noPrimalFeasibleSolution: "GLP_ENOPFS"
        case .noDualFeasibleSolution: "GLP_ENODFS"
        case .rootLPNotOptimal: "GLP_EROOT"
        case .stoppedByApplication: "GLP_ESTOP"
        case .mipGapReached: "GLP_EMIPGAP"
        case .noPrimalOrDualFeasibleSolution: "GLP_ENOFEAS"
        case .noConvergence: "GLP_ENOCVG"
        case .numericalInstability: "GLP_EINSTAB"
        case .invalidData: "GLP_EDATA"
        case .resultOutOfRange: "GLP_ERANGE"
        }
    }

    public var explanation: String {
        switch self {
        case .invalidBasis: "the initial basis is invalid (its size or contents are wrong)"
        case .singularMatrix: "the basis matrix is singular within working precision"
        case .illConditionedMatrix: "the basis matrix is too ill-conditioned to go on"
        case .invalidBounds: "some variable has invalid bounds (lower above upper, or non-integer bounds on an integer column)"
        case .solverFailed: "the solver failed for a numerical or internal reason"
        case .objectiveLowerLimitReached: "the objective fell below the lower limit set for the dual simplex"
        case .objectiveUpperLimitReached: "the objective rose above the upper limit set for the dual simplex"
        case .iterationLimit: "the simplex iteration limit was reached before the search ended"
        case .timeLimit: "the time limit was reached before the search ended"
        case .noPrimalFeasibleSolution: "the presolver proved that the constraints have no feasible solution"
        case .noDualFeasibleSolution: "the presolver proved that the LP relaxation has no dual feasible solution (unbounded or infeasible)"
        case .rootLPNotOptimal: "branch-and-cut needs an optimal LP relaxation first and none was provided"
        case .stoppedByApplication: "the search was stopped from the branch-and-cut callback"
        case .mipGapReached: "the relative gap between incumbent and bound fell below the requested tolerance"
        case .noPrimalOrDualFeasibleSolution: "the problem has neither a primal nor a dual feasible solution"
        case .noConvergence: "the interior-point method did not converge"
        case .numericalInstability: "the computation became numerically unstable"
        case .invalidData: "the problem data are invalid"
        case .resultOutOfRange: "a result is out of the representable range"
        }
    }

    public var description: String { "\(constantName): \(explanation)" }
}

/// A GLPK call that could not be made or did not work. How a model ended (infeasible,
/// time limit, …) is not an error: it is in `MIPResult`/`LPResult`.
public enum GLPKError: Error, Equatable, CustomStringConvertible {
    /// The program breaks a rule GLPK would abort on; every problem found is listed.
    case invalidProgram([String])
    /// An option is out of range or not allowed together with another one.
    case invalidOptions(String)
    /// An index or value passed to a wrapper method is out of range.
    case invalidArgument(String)
    /// The starting solution has the wrong size or breaks rows, bounds or integrality.
    case infeasibleStart([String])
    /// GLPK returned an error code; `log` holds GLPK's last output lines, if any.
    case solverFailed(code: ReturnCode, call: String, log: [String])
    /// GLPK returned a code this wrapper does not know.
    case unknownReturnCode(Int32, call: String)
    /// Writing or reading a model file failed.
    case fileFailed(path: String, reason: String)
    /// The problem was used on a thread other than the one that created it.
    case wrongThread(String)

    public var description: String {
        switch self {
        case .invalidProgram(let problems):
            "invalid program: " + problems.joined(separator: "; ")
        case .invalidOptions(let message):
            "invalid options: \(message)"
        case .invalidArgument(let message):
            "invalid argument: \(message)"
        case .infeasibleStart(let problems):
            "starting solution rejected: " + problems.joined(separator: "; ")
        case .solverFailed(let code, let call, let log):
            "\(call) failed with \(code)" + (log.isEmpty ? "" : " (glpk said: \(log.joined(separator: " | ")))")
        case .unknownReturnCode(let code, let call):
            "\(call) returned unknown code \(code)"
        case .fileFailed(let path, let reason):
            "file '\(path)': \(reason)"
        case .wrongThread(let message):
            "wrong thread: \(message)"
        }
    }
}

extension GLPKError {
    static func failure(_ code: Int32, call: String, log: [String]) -> GLPKError {
        if let known = ReturnCode(rawValue: code) { return .solverFailed(code: known, call: call, log: log) }
        return .unknownReturnCode(code, call: call)
    }
}
