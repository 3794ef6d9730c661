import CGLPK
import Foundation
import MIP

/// One GLPK problem object loaded from an `IntegerProgram`; freed when the object goes away.
///
/// Not `Sendable`, on purpose: GLPK keeps its environment (memory, output hook) per thread,
/// and a problem belongs to the thread that created it. Every method checks the thread and
/// throws `GLPKError.wrongThread` elsewhere; a problem released on another thread is leaked
/// rather than deleted, since deleting it there aborts the process. Do not `await` between
/// creating a problem and finishing with it: the task may resume on another thread.
public final class GLPKProblem {
    /// The program as loaded, with later `setBounds`/`setCost` changes (original names).
    public private(set) var program: IntegerProgram
    /// Names GLPK holds and files carry (sanitised, unique), 0-based like the program.
    public let rowNames: [String]
    public let columnNames: [String]

    let prob: OpaquePointer
    private let owner: pthread_t
    private let environment: ThreadEnvironment

    /// Checks the program, then loads it: bounds, kinds, costs, names, and the whole matrix
    /// in one `glp_load_matrix` call.
    public init(_ program: IntegerProgram) throws {
        let checked = try CheckedProgram(program)
        self.program = program
        rowNames = checked.rowNames
        columnNames = checked.columnNames
        owner = pthread_self()
        environment = ThreadEnvironment.current
        prob = glp_create_prob()
        environment.problemCreated()
        load(checked)
    }

    /// Reads an MPS file. The objective sense is not stored in MPS: the program minimises.
    public convenience init(mpsFile path: String, format: MPSFormat = .free, log: ((String) -> Void)? = nil) throws {
        try self.init(IntegerProgram.read(mpsFile: path, format: format, log: log))
    }

    deinit {
        if pthread_equal(owner, pthread_self()) != 0 { glp_delete_prob(prob) }
        environment.problemGone()
    }

    private func load(_ c: CheckedProgram) {
        let m = Int32(program.rows.count), n = Int32(program.columns.count)
        glp_set_prob_name(prob, c.name)
        glp_set_obj_name(prob, CheckedProgram.objectiveName)
        glp_set_obj_dir(prob, program.sense == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(prob, 0, program.objectiveConstant)
        if m > 0 { glp_add_rows(prob, m) }
        if n > 0 { glp_add_cols(prob, n) }
        for i in 0..<Int(m) {
            let b = c.rowBounds[i]
            glp_set_row_name(prob, Int32(i + 1), c.rowNames[i])
            glp_set_row_bnds(prob, Int32(i + 1), b.glpkType, b.lower ?? 0, b.upper ?? 0)
        }
        for (j, column) in program.columns.enumerated() {
            let b = c.columnBounds[j], k = Int32(j + 1)
            glp_set_col_name(prob, k, c.columnNames[j])
            // GLP_BV would reset the bounds to [0, 1]; fixed binaries must stay fixed.
            glp_set_col_kind(prob, k, column.kind == .continuous ? GLP_CV : GLP_IV)
            glp_set_col_bnds(prob, k, b.glpkType, b.lower ?? 0, b.upper ?? 0)
            glp_set_obj_coef(prob, k, column.cost)
        }
        let ne = Int32(c.ia.count - 1)
        if ne > 0 { glp_load_matrix(prob, ne, c.ia, c.ja, c.ar) }
    }

    func checkThread() throws {
        if pthread_equal(owner, pthread_self()) == 0 {
            throw GLPKError.wrongThread("a glpk problem must be used on the thread that created it")
        }
    }

    // MARK: Changes

    /// Changes one column's bounds (0-based), checked like a whole program.
    public func setBounds(column: Int, _ bounds: IntegerProgram.Bounds) throws {
        try checkThread()
        guard column >= 0 && column < program.columns.count else {
            throw GLPKError.invalidArgument("column index '\(column)' is out of range 0..<\(program.columns.count)")
        }
        var c = program.columns[column]
        c.bounds = bounds
        var problems: [String] = []
        guard let b = CheckedProgram.check(c, "column '\(c.name)' (\(column))", &problems) else {
            throw GLPKError.invalidArgument(problems.joined(separator: "; "))
        }
        glp_set_col_bnds(prob, Int32(column + 1), b.glpkType, b.lower ?? 0, b.upper ?? 0)
        program.setBounds(column, bounds)
    }

    /// Changes one column's objective coefficient (0-based).
    public func setCost(column: Int, _ cost: Double) throws {
        try checkThread()
        guard column >= 0 && column < program.columns.count else {
            throw GLPKError.invalidArgument("column index '\(column)' is out of range 0..<\(program.columns.count)")
        }
        guard cost.isFinite else { throw GLPKError.invalidArgument("cost '\(cost)' of column \(column) is not finite") }
        glp_set_obj_coef(prob, Int32(column + 1), cost)
        program.setCost(column, cost)
    }

    // MARK: Simplex

    /// Solves the LP relaxation (integrality ignored) with the simplex method.
    public func solveLP(options: LPOptions = LPOptions(), log: ((String) -> Void)? = nil) throws -> LPResult {
        try checkThread()
        try options.validate()
        let clock = Stopwatch()
        return try withOutput(log) { sink in
            var parm = glp_smcp()
            glp_init_smcp(&parm)
            parm.msg_lev = options.messageLevel.glpk
            parm.meth = options.method.glpk
            parm.tm_lim = milliseconds(options.timeLimit)
            parm.it_lim = options.iterationLimit.map(Int32.init) ?? Int32.max
            parm.presolve = options.presolve ? GLP_ON : GLP_OFF
            let iterationsBefore = glp_get_it_cnt(prob)
            let ret = glp_simplex(prob, &parm)
            var result = LPResult(
                status: .undefined, stopReason: .finished, objective: nil, values: nil, rowDuals: nil,
                iterations: Int(glp_get_it_cnt(prob) - iterationsBefore), elapsedSeconds: 0)
            switch ret {
            case 0:
                result.status = lpStatus()
            case GLP_ETMLIM, GLP_EITLIM:
                result.stopReason = ret == GLP_ETMLIM ? .timeLimit : .iterationLimit
                result.status = glp_get_prim_stat(prob) == GLP_FEAS ? .feasible : .undefined
            case GLP_ENOPFS:
                result.status = .infeasible
            case GLP_ENODFS:
                result.status = .unbounded
            default:
                throw GLPKError.failure(ret, call: "glp_simplex", log: sink.recent)
            }
            if result.status == .optimal || result.status == .feasible {
                result.objective = glp_get_obj_val(prob)
                result.values = (0..<program.columns.count).map { glp_get_col_prim(prob, Int32($0 + 1)) }
                result.rowDuals = (0..<program.rows.count).map { glp_get_row_dual(prob, Int32($0 + 1)) }
            }
            result.elapsedSeconds = clock.seconds
            return result
        }
    }

    private func lpStatus() -> LPStatus {
        switch glp_get_status(prob) {
        case GLP_OPT: .optimal
        case GLP_FEAS: .feasible
        case GLP_NOFEAS: .infeasible
        case GLP_UNBND: .unbounded
        default: .undefined
        }
    }

    // MARK: Branch-and-cut

    /// Solves the program with branch-and-cut.
    ///
    /// - Parameters:
    ///   - start: a solution to inject as the first incumbent (0-based column values). It is
    ///     checked against the program first (`GLPKError.infeasibleStart` if it breaks
    ///     anything: GLPK itself would take it unchecked). Giving one turns the MIP presolver
    ///     off and solves the LP relaxation with `glp_simplex` first, as injection requires.
    ///   - progress: called with a snapshot at most every `options.progressInterval` seconds
    ///     and on every new incumbent; return `.stop` to end the search keeping the incumbent.
    ///     An error it throws stops the search and is rethrown from here.
    ///   - log: receives GLPK's output lines; without it the solve is silent.
    public func solveMIP(
        options: MIPOptions = MIPOptions(), start: [Double]? = nil,
        progress: ((MIPProgress) throws -> MIPDecision)? = nil,
        log: ((String) -> Void)? = nil
    ) throws -> MIPResult {
        try checkThread()
        try options.validate()
        let injected = try start.map { try checkedStart($0, for: program) }
        let clock = Stopwatch()
        return try withOutput(log) { sink in
            var result = MIPResult(
                status: .undefined, stopReason: .finished, objective: nil, bound: nil, gap: nil,
                values: nil, nodes: 0, elapsedSeconds: 0, start: injected == nil ? .none : .notOffered)
            func finish() -> MIPResult { result.elapsedSeconds = clock.seconds; return result }

            // Without the MIP presolver glp_intopt needs an optimal LP basis to start from.
            let presolve = options.presolve && injected == nil
            var rootBound: Double?
            if !presolve {
                var smcp = glp_smcp()
                glp_init_smcp(&smcp)
                smcp.msg_lev = options.messageLevel.glpk
                smcp.tm_lim = milliseconds(options.timeLimit)
                let ret = glp_simplex(prob, &smcp)
                if ret == GLP_ETMLIM { result.stopReason = .timeLimit; return finish() }
                if ret != 0 { throw GLPKError.failure(ret, call: "glp_simplex", log: sink.recent) }
                switch glp_get_status(prob) {
                case GLP_OPT: rootBound = glp_get_obj_val(prob)
                case GLP_NOFEAS: result.status = .infeasible; return finish()
                case GLP_UNBND: result.status = .unbounded; return finish()
                default: throw GLPKError.failure(GLP_EFAIL, call: "glp_simplex", log: sink.recent)
                }
            }
            var remaining: Double?
            if let limit = options.timeLimit {
                remaining = limit - clock.seconds
                if remaining! <= 0 {
                    result.status = .noIntegerSolutionFound
                    result.stopReason = .timeLimit
                    result.bound = rootBound
                    return finish()
                }
            }

            let search = Search(
                clock: clock, options: options, progress: progress, start: injected,
                columns: Int32(program.columns.count))
            var parm = glp_iocp()
            glp_init_iocp(&parm)
            parm.msg_lev = options.messageLevel.glpk
            parm.br_tech = options.branching.glpk
            parm.bt_tech = options.backtracking.glpk
            // A few ms of slack so that the callback, which also reads the bound, usually ends
            // the search; GLPK's own check stays as the backstop between nodes.
            parm.tm_lim = remaining.map { milliseconds($0 + 0.005) } ?? Int32.max
            parm.mip_gap = options.relativeGap
            parm.presolve = presolve ? GLP_ON : GLP_OFF
            parm.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
            parm.mir_cuts = options.cuts.contains(.mir) ? GLP_ON : GLP_OFF
            parm.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
            parm.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
            parm.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
            parm.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
            parm.ps_tm_lim = milliseconds(options.proximitySearchTimeLimit)
            parm.cb_func = { tree, info in
                guard let tree, let info else { return }
                Unmanaged<Search>.fromOpaque(info).takeUnretainedValue().visit(tree)
            }
            let ret = withExtendedLifetime(search) {
                parm.cb_info = Unmanaged.passUnretained(search).toOpaque()
                return glp_intopt(prob, &parm)
            }
            if let error = search.error { throw error }

            let mipStatus = glp_mip_status(prob)
            let hasIncumbent = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
            result.nodes = search.nodes
            result.start = search.startOutcome
            switch ret {
            case 0:
                result.status =
                    mipStatus == GLP_OPT || mipStatus == GLP_FEAS
                    ? .optimal
                    : mipStatus == GLP_NOFEAS ? .infeasible : .undefined
            case GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP:
                result.stopReason =
                    ret == GLP_ETMLIM
                    ? .timeLimit
                    : ret == GLP_EMIPGAP
                        ? .gapReached
                        : search.stopReason ?? .stoppedByCallback
                result.status = hasIncumbent ? .feasible : .noIntegerSolutionFound
            case GLP_ENOPFS:
                result.status = .infeasible
            case GLP_ENODFS:
                result.status = .unbounded
            default:
                throw GLPKError.failure(ret, call: "glp_intopt", log: sink.recent)
            }
            if hasIncumbent && (result.status == .optimal || result.status == .feasible) {
                let objective = glp_mip_obj_val(prob)
                result.objective = objective
                result.values = program.columns.enumerated().map { j, c in
                    let v = glp_mip_col_val(prob, Int32(j + 1))
                    return c.kind == .continuous ? v : v.rounded() + 0  // + 0 turns -0 into 0
                }
                result.bound = result.status == .optimal ? objective : search.bound ?? rootBound
                if let b = result.bound { result.gap = relativeGap(objective, b) }
            } else if result.status == .noIntegerSolutionFound {
                result.bound = search.bound ?? rootBound
            }
            return finish()
        }
    }

    // MARK: Files

    /// Writes the problem to `path`. MPS has no place for the objective sense, so a
    /// maximisation is refused there (use `.cplexLP` or `.glpk`, which keep it).
    public func write(_ format: ModelFileFormat, to path: String, log: ((String) -> Void)? = nil) throws {
        try checkThread()
        if format.isMPS && program.sense == .maximize {
            throw GLPKError.fileFailed(path: path, reason: "mps cannot record the maximize sense; write the cplex lp or glpk format instead")
        }
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if path.isEmpty || path.hasSuffix("/") {
            throw GLPKError.fileFailed(path: path, reason: "not a file path")
        }
        if !FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw GLPKError.fileFailed(path: path, reason: "directory '\(directory)' does not exist")
        }
        try withOutput(log) { sink in
            let ret: Int32 =
                switch format {
                case .freeMPS: glp_write_mps(prob, GLP_MPS_FILE, nil, path)
                case .fixedMPS: glp_write_mps(prob, GLP_MPS_DECK, nil, path)
                case .cplexLP: glp_write_lp(prob, nil, path)
                case .glpk: glp_write_prob(prob, 0, path)
                }
            if ret != 0 {
                throw GLPKError.fileFailed(path: path, reason: sink.recent.last ?? "glpk could not write the file")
            }
        }
    }
}

/// GLPK's relative gap: |incumbent − bound| / (|incumbent| + DBL_EPSILON).
func relativeGap(_ incumbent: Double, _ bound: Double) -> Double {
    abs(incumbent - bound) / (abs(incumbent) + Double.ulpOfOne)
}

/// Elapsed wall-clock time since creation.
struct Stopwatch {
    private let started = ContinuousClock.now
    var seconds: Double {
        let d = ContinuousClock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

/// Counts the problems alive on one thread, so its environment is only freed when none is.
/// Each problem holds its thread's counter: a problem dropped on another thread (leaked, not
/// deleted) still leaves the count, and freeing the environment later reclaims its memory.
final class ThreadEnvironment: @unchecked Sendable {
    private let lock = NSLock()
    private var live = 0

    private static let key = "paike.glpk.environment"

    /// This thread's counter.
    static var current: ThreadEnvironment {
        let dictionary = Thread.current.threadDictionary
        if let existing = dictionary[key] as? ThreadEnvironment { return existing }
        let created = ThreadEnvironment()
        dictionary[key] = created
        return created
    }

    var liveProblems: Int { lock.withLock { live } }
    func problemCreated() { lock.withLock { live += 1 } }
    func problemGone() { lock.withLock { live -= 1 } }
}
