import CGLPK
import MIP

/// State of one `glp_intopt` run, reached from the C callback through `cb_info`.
///
/// Counts nodes (one per `GLP_ISELECT`), enforces the node and time limits, injects the start
/// at the first `GLP_IHEUR`, and reports progress. `glp_ios_best_node` scans the open nodes,
/// so the bound is computed only when a report is due or the search is being stopped.
final class Search {
    let clock: Stopwatch
    let timeLimit: Double?
    let nodeLimit: Int?
    let interval: Double
    let progress: ((MIPProgress) throws -> MIPDecision)?
    let start: [Double]?
    let columns: Int32

    private(set) var nodes = 0
    private(set) var startOutcome: StartOutcome
    private(set) var stopReason: StopReason?
    private(set) var error: Error?
    /// Last computed best bound (stale by at most `interval`, still valid: bounds only tighten).
    private(set) var bound: Double?
    private var lastIncumbent: Double?
    private var lastReport = -Double.infinity

    init(clock: Stopwatch, options: MIPOptions, progress: ((MIPProgress) throws -> MIPDecision)?, start: [Double]?, columns: Int32) {
        self.clock = clock
        timeLimit = options.timeLimit
        nodeLimit = options.nodeLimit
        interval = options.progressInterval
        self.progress = progress
        self.start = start
        self.columns = columns
        startOutcome = start == nil ? .none : .notOffered
    }

    func visit(_ tree: OpaquePointer) {
        if stopReason != nil || error != nil { return }
        let reason = glp_ios_reason(tree)
        if reason == GLP_ISELECT {
            if let limit = nodeLimit, nodes >= limit { return stop(tree, .nodeLimit) }
            nodes += 1
        }
        if reason == GLP_IHEUR, startOutcome == .notOffered, let start {
            // With presolve off the tree's problem has the program's columns (cuts add rows only).
            let p = glp_ios_get_prob(tree)
            if glp_get_num_cols(p) == columns {
                startOutcome = glp_ios_heur_sol(tree, start) == 0 ? .accepted : .declined
            }
        }
        let now = clock.seconds
        if let limit = timeLimit, now >= limit { return stop(tree, .timeLimit) }
        // Ctrl-C or SIGTERM: end the search as if the limit were reached; the incumbent is kept.
        if Interruption.requested { return stop(tree, .timeLimit) }

        let incumbent = self.incumbent(tree)
        let isNew = incumbent != nil && incumbent != lastIncumbent
        lastIncumbent = incumbent
        // The first bound is worth having as soon as the root LP is solved.
        if bound == nil && reason != GLP_ISELECT && reason != GLP_IPREPRO { updateBound(tree) }
        guard isNew || now - lastReport >= interval else { return }
        lastReport = now
        updateBound(tree)
        guard let progress else { return }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        let snapshot = MIPProgress(
            incumbent: incumbent, bound: bound,
            gap: incumbent.flatMap { i in bound.map { relativeGap(i, $0) } },
            nodes: nodes, activeNodes: Int(active), elapsedSeconds: now, isNewIncumbent: isNew)
        do {
            if try progress(snapshot) == .stop { stop(tree, .stoppedByCallback) }
        } catch {
            self.error = error
            glp_ios_terminate(tree)
        }
    }

    private func incumbent(_ tree: OpaquePointer) -> Double? {
        let p = glp_ios_get_prob(tree)
        return glp_mip_status(p) == GLP_FEAS ? glp_mip_obj_val(p) : nil
    }

    private func updateBound(_ tree: OpaquePointer) {
        let best = glp_ios_best_node(tree)
        guard best != 0 else { return }
        let b = glp_ios_node_bound(tree, best)
        // An unsolved root carries ∓DBL_MAX: no bound yet.
        if b.isFinite && abs(b) < 1e300 { bound = b }
    }

    private func stop(_ tree: OpaquePointer, _ reason: StopReason) {
        updateBound(tree)
        stopReason = reason
        glp_ios_terminate(tree)
    }
}
