import Domain
import Foundation
import GLPK
import MIP
import Planner

/// How a solve should run.
public struct SolveOptions: Sendable {
    public var timeLimit: Double
    public var relativeGap: Double
    public var seed: Int
    /// Put wall-clock seconds into the report (reruns then differ in that line).
    public var recordTime: Bool
    public init(timeLimit: Double = 60, relativeGap: Double = 0, seed: Int = 0, recordTime: Bool = false) {
        self.timeLimit = timeLimit; self.relativeGap = relativeGap; self.seed = seed; self.recordTime = recordTime
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

/// Scenario in, timetable out: builds the program, makes a greedy start, completes it by linear
/// programming, hands it to GLPK's branch-and-cut as the incumbent, and reads back the best
/// timetable, which is then checked rule by rule, independently of the model.
public enum SolveJob {
    public static func run(_ scenario: TrainingScenario, options: SolveOptions = SolveOptions(),
                           progress: (@Sendable (SolveProgress) -> Void)? = nil) throws -> SolveOutcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        func elapsed() -> Double { let d = clock.now - t0; return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

        let plan = Plan(scenario)
        var greedy = GreedyStart(plan: plan, seed: options.seed)
        let start = complete(plan.program, integerValues: greedy.run().values)
        if let s = start { progress?(SolveProgress(elapsed: elapsed(), objective: plan.program.objective(of: s), bound: nil, gap: nil, phase: "greedy start")) }

        var mip = MIPOptions(timeLimit: max(0.1, options.timeLimit - elapsed()), relativeGap: options.relativeGap)
        mip.cuts = [.mir, .gomory, .clique]
        let result: MIPResult
        do {
            result = try GLPK.solve(plan.program, options: mip, start: start) { p in
                progress?(SolveProgress(elapsed: elapsed(), objective: p.incumbent, bound: p.bound, gap: p.gap, phase: "branch-and-cut"))
                return .proceed
            }
        } catch {
            throw SolveError.solver("\(error)")
        }
        let values = result.values ?? start
        guard let values else {
            let summary = SolveSummary(scenarioName: scenario.name, status: .none, timeLimit: options.timeLimit, seed: options.seed,
                                       nodes: result.nodes, elapsedSeconds: options.recordTime ? elapsed() : nil,
                                       method: "GLPK branch-and-cut: \(result.status.explanation); \(result.stopReason.explanation)")
            return SolveOutcome(timetable: Timetable(), summary: summary, plan: plan)
        }
        let timetable = plan.timetable(from: values)
        let facts = TimetableFacts(context: plan.context, timetable: timetable)
        let violations = facts.allViolations().map(\.description)
        let terms = facts.objectiveTerms()
        let objective = terms.reduce(0) { $0 + $1.weighted }
        let optimal = result.status == .optimal
        let bound = optimal ? result.objective : result.bound
        var gap: Double? = nil
        if let b = bound { gap = abs(objective - b) / max(1e-9, abs(objective), 1) }
        let status: SolveStatus = !violations.isEmpty ? .none : timetable.unmet.isEmpty ? .valid : .unmet
        let method = "greedy start \(start == nil ? "not usable" : "offered") (\(result.start)); GLPK \(GLPK.version) branch-and-cut: "
            + "\(result.status.explanation); \(result.stopReason.explanation)"
        let summary = SolveSummary(scenarioName: scenario.name, status: status, objective: objective, bound: bound, gap: gap,
                                   optimal: optimal, terms: terms, timeLimit: options.timeLimit, seed: options.seed, nodes: result.nodes,
                                   elapsedSeconds: options.recordTime ? elapsed() : nil, method: method, violations: violations)
        progress?(SolveProgress(elapsed: elapsed(), objective: objective, bound: bound, gap: gap, phase: "done"))
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
