import CGLPK
import Foundation
import MIP

/// The thin, safe wrapper over GLPK 5.0's C API: the only code in Paike that calls `glp_*`.
///
/// - A `GLPKProblem` owns one `glp_prob`, loads a whole `IntegerProgram` (matrix in one bulk
///   call) and frees it. Every argument is checked in Swift first: GLPK calls `abort()` on
///   invalid use, so bad input is a thrown `GLPKError`, never a crash.
/// - "The call failed" is a thrown `GLPKError`; "how the model ended" is a `MIPResult`/
///   `LPResult` (status and stop reason). Time limit, node limit, gap reached and a stop from
///   the callback are ways a search ends, keeping the incumbent.
/// - GLPK's output goes through `glp_term_hook`: silent unless a `log` closure is given.
///
/// Threads (measured here on 2026-11-26, Debian libglpk 5.0, 2 cores; `ThreadTests`): GLPK
/// keeps its environment in thread-local storage (`glp_config("TLS")` is `_Thread_local`), so
/// independent problems on separate threads share no state, except cover cuts, whose
/// generator uses `static` locals (helgrind: races in `glp_cov_gen1`, see glpk-notes.md).
/// 24 solves (12 Jeroslow problems cut off at 4,000 nodes, 12 knapsacks to optimality with
/// Gomory, MIR and clique cuts) run sequentially and on 2 threads at once gave identical
/// status, objective, values and node counts in every one of 6 rounds. Wall time: 0.99 s
/// sequential against 0.72 s on 2 threads (1.38×) in one round; 1.11 s against 1.09 s over
/// 5 rounds while another process held one core at 100 % (the notes' quiet machine: 1.75×).
/// Rules the API follows:
/// - problems are not `Sendable` and check their thread; create, solve and drop a problem on
///   one thread with no `await` in between (`GLPK.solve` does exactly that);
/// - declare `MIPOptions.concurrent` when solves may overlap: cover cuts are then refused;
/// - on a worker thread that ends, set `releaseEnvironment` (or call `GLPK.releaseEnvironment()`)
///   to free the thread's GLPK environment.
public enum GLPK {
    /// Creates a problem, solves it with branch-and-cut and frees it, all on the calling thread.
    /// See `GLPKProblem.solveMIP` for `start`, `log` and `progress`.
    public static func solve(
        _ program: IntegerProgram, options: MIPOptions = MIPOptions(), start: [Double]? = nil,
        progress: ((MIPProgress) throws -> MIPDecision)? = nil,
        log: ((String) -> Void)? = nil
    ) throws -> MIPResult {
        defer { if options.releaseEnvironment { releaseEnvironment() } }
        let problem = try GLPKProblem(program)
        return try withExtendedLifetime(problem) {
            try problem.solveMIP(options: options, start: start, progress: progress, log: log)
        }
    }

    /// Creates a problem, solves its LP relaxation with the simplex method and frees it.
    public static func solveLP(
        _ program: IntegerProgram, options: LPOptions = LPOptions(),
        log: ((String) -> Void)? = nil
    ) throws -> LPResult {
        defer { if options.releaseEnvironment { releaseEnvironment() } }
        let problem = try GLPKProblem(program)
        return try withExtendedLifetime(problem) { try problem.solveLP(options: options, log: log) }
    }

    /// Writes a program to a file in one of GLPK's formats.
    public static func write(_ program: IntegerProgram, _ format: ModelFileFormat, to path: String) throws {
        let problem = try GLPKProblem(program)
        try withExtendedLifetime(problem) { try problem.write(format, to: path) }
    }

    /// Reads an MPS file into a (minimising) program.
    public static func readMPS(_ path: String, format: MPSFormat = .free) throws -> IntegerProgram {
        try IntegerProgram.read(mpsFile: path, format: format)
    }

    /// Frees this thread's GLPK environment if it exists and no problem lives on the thread;
    /// returns whether it did. Freeing it with a problem alive would destroy that problem
    /// under its owner, so that is refused.
    @discardableResult
    public static func releaseEnvironment() -> Bool {
        guard ThreadEnvironment.current.liveProblems == 0 else { return false }
        return glp_free_env() == 0
    }

    /// Library version, e.g. "5.0".
    public static var version: String { String(cString: glp_version()) }

    /// Whether this GLPK build keeps its environment per thread.
    public static var hasThreadLocalEnvironment: Bool { glp_config("TLS") != nil }
}
