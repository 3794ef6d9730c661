import Domain
import Foundation
import GLPK
import MIP
import Planner

/// How a solve should run.
public struct SolveOptions: Sendable {
    public var timeLimit: Double
    /// Stop improving once the gap to the bound is at most this.
    public var relativeGap: Double
    public var seed: Int
    /// Put wall-clock seconds into the report (reruns then differ in that line).
    public var recordTime: Bool
    /// Passes over the neighbourhoods of each size; a pass that improves nothing ends that size.
    public var passes: Int
    /// Branch-and-bound nodes per re-planning step: a fixed budget keeps runs reproducible.
    public var nodesPerStep: Int
    /// A published timetable to keep close to (`--keep`): moves cost `objective.stability` each.
    public var published: Timetable?
    public init(timeLimit: Double = 60, relativeGap: Double = 0, seed: Int = 0, recordTime: Bool = false,
                passes: Int = 2, nodesPerStep: Int = 50) {
        self.timeLimit = timeLimit; self.relativeGap = relativeGap; self.seed = seed; self.recordTime = recordTime
        self.passes = passes; self.nodesPerStep = nodesPerStep
    }
}

/// A progress line for long solves: elapsed, best objective, bound, gap.
public struct SolveProgress: Sendable {
    public var elapsed: Double
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    public var phase: String
    public var line: String {
        func f(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
        let g = gap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
        return String(format: "[%6.1fs] ", elapsed) + "\(phase): objective \(f(objective)), bound \(f(bound)), gap \(g)"
    }
}

public struct SolveOutcome: Sendable {
    public var timetable: Timetable
    public var summary: SolveSummary
    public var plan: Plan
}

public enum SolveError: Error, CustomStringConvertible {
    case solver(String)
    public var description: String {
        switch self { case .solver(let s): "the solver failed: \(s)" }
    }
}

/// Scenario in, timetable out. GLPK cannot take a whole programme in one model (measured in
/// Benchmarks/README.md), so: a greedy timetable, completed by linear programming; then
/// fix-and-optimise, re-planning one class, then two competing classes, at a time with GLPK while
/// the rest is held; meanwhile, on the second core, a lower bound from each class solved alone.
/// The final timetable is checked rule by rule, independently of the model.
public enum SolveJob {
    public static func run(_ scenario: TrainingScenario, options: SolveOptions = SolveOptions(),
                           progress: (@Sendable (SolveProgress) -> Void)? = nil) throws -> SolveOutcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        @Sendable func elapsed() -> Double {
            let d = clock.now - t0
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        var history: [ProgressPoint] = []
        // Every improvement is recorded for report.json's history (kept only with --timing).
        func report(_ p: SolveProgress) {
            if let z = p.objective { history.append(ProgressPoint(seconds: p.elapsed, objective: z, bound: p.bound, phase: p.phase)) }
            progress?(p)
        }
        let plan = Plan(scenario, published: options.published)
        let bound = BoundTask(plan: plan, options: options, deadline: options.timeLimit, elapsed: elapsed)
        bound.start()

        // Greedy start: a few seeded tries while one leaves something out; the first best is kept.
        var first = GreedyStart(plan: plan, seed: options.seed)
        var greedy = first.run()
        for k in 1..<8 where greedy.unplaced > 0 {
            var other = GreedyStart(plan: plan, seed: options.seed &* 31 &+ k, explore: true)
            let again = other.run()
            if again.unplaced < greedy.unplaced { greedy = again }
        }
        var notes: [String] = []
        var nodes = 0
        var current = complete(plan.program, integerValues: greedy.values)
        if current == nil { notes.append("the greedy start broke a row of the model and was dropped (a bug: please report it)") }

        if var values = current {
            let program = plan.program
            var objective = program.objective(of: values)
            report(SolveProgress(elapsed: elapsed(), objective: objective, bound: nil, gap: nil, phase: "greedy start"))
            let improveUntil = options.timeLimit * 0.9
            func outOfTime() -> Bool { elapsed() > improveUntil }
            func gapReached() -> Bool {
                guard options.relativeGap > 0, let b = bound.result else { return false }
                return (objective - b) / max(abs(objective), 1) <= options.relativeGap
            }
            // One step: re-plan `hood` with everything else held; keep the result if it is better.
            func step(_ hood: [Group.ID], nodes budget: Int) throws -> Bool {
                let part = Restriction(program, around: values, freeing: plan.freeColumns(for: Set(hood), around: values))
                guard !part.columns.isEmpty else { return false }
                var o = MIPOptions(timeLimit: max(0.1, improveUntil - elapsed()), relativeGap: 0)
                o.nodeLimit = budget
                o.concurrent = true
                let r = try GLPK.solve(part.program, options: o, start: part.start)
                nodes += r.nodes
                guard let v = r.values else { return false }
                let merged = part.merged(v)
                let z = program.objective(of: merged)
                guard z < objective - 1e-6 else { return false }
                values = merged; objective = z
                report(SolveProgress(elapsed: elapsed(), objective: z, bound: bound.result, gap: nil,
                                        phase: "re-planned \(hood.map(\.rawValue).joined(separator: "+"))"))
                return true
            }
            do {
                passes: for size in [1, 2] {
                    for _ in 0..<options.passes {
                        var improved = false
                        // Requirements left out first: their class with the classes in their way.
                        var tried = Set<[Group.ID]>()
                        for r in plan.unmetRequirements(in: values) {
                            for width in [2, 3] where plan.unmetRequirements(in: values).contains(r) {
                                let hood = plan.repairNeighbourhood(for: r, around: values, size: width)
                                guard tried.insert(hood).inserted else { continue }
                                if outOfTime() { notes.append("time limit reached while improving"); break passes }
                                if try step(hood, nodes: options.nodesPerStep * 4) { improved = true }
                            }
                        }
                        for hood in plan.neighbourhoods(size: size) {
                            if outOfTime() { notes.append("time limit reached while improving"); break passes }
                            if gapReached() { notes.append("gap tolerance reached"); break passes }
                            if try step(hood, nodes: options.nodesPerStep) { improved = true }
                        }
                        if !improved { break }
                    }
                }
            } catch {
                bound.cancel()
                bound.wait()
                throw SolveError.solver("\(error)")
            }
            current = values
        }
        bound.wait()
        if let e = bound.failure { notes.append("no bound: \(e)") }

        guard let values = current else {
            let summary = SolveSummary(scenarioName: scenario.name, status: .none, timeLimit: options.timeLimit, seed: options.seed,
                                       nodes: nodes, elapsedSeconds: options.recordTime ? elapsed() : nil,
                                       method: (["no timetable"] + notes).joined(separator: "; "))
            return SolveOutcome(timetable: Timetable(), summary: summary, plan: plan)
        }
        let timetable = plan.timetable(from: values)
        let facts = TimetableFacts(context: plan.context, timetable: timetable)
        let violations = facts.allViolations().map(\.description)
        let terms = plan.objectiveTerms(of: timetable)
        let objective = terms.reduce(0) { $0 + $1.weighted }
        let lower = bound.result.map { min($0, objective) }
        let gap = lower.map { (objective - $0) / max(abs(objective), 1) }
        let status: SolveStatus = !violations.isEmpty ? .none : timetable.unmet.isEmpty ? .valid : .unmet
        let method = (["greedy start, then fix-and-optimise with GLPK \(GLPK.version) branch-and-cut on one and two classes at a time "
            + "(\(options.nodesPerStep) nodes a step); bound: each class solved alone"] + notes).joined(separator: "; ")
        var summary = SolveSummary(scenarioName: scenario.name, status: status, objective: objective, bound: lower, gap: gap,
                                   optimal: (gap ?? 1) < 1e-9, terms: terms, timeLimit: options.timeLimit, seed: options.seed,
                                   nodes: nodes + bound.nodes, elapsedSeconds: options.recordTime ? elapsed() : nil,
                                   method: method, violations: violations)
        (summary.coverage, summary.needShares) = plan.needIndicators(timetable)
        summary.moves = options.published.map { timetable.moves(from: $0) }
        report(SolveProgress(elapsed: elapsed(), objective: objective, bound: lower, gap: gap, phase: "done"))
        if options.recordTime { summary.history = history }
        return SolveOutcome(timetable: timetable, summary: summary, plan: plan)
    }

    /// Fixes every integer column at the given values and solves the remaining linear program
    /// for the continuous ones (precedence shares, soft-term measures, slacks). Nil when the fixed
    /// values break a row, which would mean the greedy start is wrong.
    static func complete(_ program: IntegerProgram, integerValues: [Double]) -> [Double]? {
        var fixed = program
        for (j, c) in program.columns.enumerated() where c.kind != .continuous { fixed.setBounds(j, .equal(integerValues[j].rounded())) }
        guard let lp = try? GLPK.solveLP(fixed), lp.status == .optimal, let v = lp.values else { return nil }
        var out = v
        for (j, c) in program.columns.enumerated() where c.kind != .continuous { out[j] = integerValues[j].rounded() }
        return program.violations(of: out, tolerance: 1e-6).isEmpty ? out : nil
    }
}

/// The lower bound, computed on its own thread: GLPK keeps its state per thread (measured safe
/// for independent problems without cover cuts; see the GLPK target), so the bound costs no
/// wall-clock time on two cores. Each class alone is solved with a node budget; its proven
/// bound counts where the budget runs out.
final class BoundTask: @unchecked Sendable {
    private let plan: Plan
    private let options: SolveOptions
    private let deadline: Double
    private let elapsed: @Sendable () -> Double
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var value: Double?
    private var error: String?
    private var cancelled = false
    private var nodeCount = 0

    init(plan: Plan, options: SolveOptions, deadline: Double, elapsed: @escaping @Sendable () -> Double) {
        self.plan = plan; self.options = options; self.deadline = deadline; self.elapsed = elapsed
    }

    var result: Double? { lock.withLock { value != nil && error == nil && finished ? value : nil } }
    var failure: String? { lock.withLock { error } }
    var nodes: Int { lock.withLock { nodeCount } }
    private var finished = false

    func cancel() { lock.withLock { cancelled = true } }
    func wait() { done.wait(); done.signal() }

    func start() {
        let thread = Thread { [self] in
            defer { GLPK.releaseEnvironment(); done.signal() }
            var total = 0.0
            for (_, relaxed) in plan.groupRelaxations() {
                if lock.withLock({ cancelled }) { return }
                if elapsed() > deadline { lock.withLock { error = "the time limit came first" }; return }
                var o = MIPOptions(timeLimit: max(0.1, deadline - elapsed()), relativeGap: 0)
                o.cuts = CutFamilies.threadSafe
                o.nodeLimit = options.nodesPerStep * 2
                o.concurrent = true
                do {
                    let r = try GLPK.solve(relaxed.program, options: o)
                    lock.withLock { nodeCount += r.nodes }
                    guard let b = r.status == .optimal ? r.objective : r.bound else {
                        lock.withLock { error = "a class alone gave no bound (\(r.status.explanation))" }
                        return
                    }
                    total += b
                } catch {
                    lock.withLock { self.error = "\(error)" }
                    return
                }
            }
            lock.withLock { value = total; finished = true }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
