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
    /// Passes over the neighbourhoods of each size; a pass that improves nothing ends that size.
    public var passes: Int
    /// Branch-and-bound nodes per re-planning step: a fixed budget keeps runs reproducible.
    public var nodesPerStep: Int
    public init(timeLimit: Double = 60, relativeGap: Double = 0, seed: Int = 0, recordTime: Bool = false, passes: Int = 2, nodesPerStep: Int = 50) {
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
        let greedyRun = greedy.run()
        let start = complete(plan.program, integerValues: greedyRun.values)
        if ProcessInfo.processInfo.environment["PAIKE_DEBUG"] != nil {
            let t = plan.timetable(from: greedyRun.values)
            FileHandle.standardError.write(Data("greedy: placed \(greedyRun.placed), unplaced \(greedyRun.unplaced), start usable \(start != nil)\n".utf8))
            for u in t.unmet { FileHandle.standardError.write(Data("  greedy unmet \(u.group) \(u.course) \(u.segment?.rawValue ?? "") — \(u.reason)\n".utf8)) }
        }
        if let s = start { progress?(SolveProgress(elapsed: elapsed(), objective: plan.program.objective(of: s), bound: nil, gap: nil, phase: "greedy start")) }

        var current = start
        var nodes = 0
        var notes: [String] = []
        if var values = current {
            // Fix-and-optimise: re-plan a few competing groups at a time, everything else held.
            let program = plan.program
            var objective = program.objective(of: values)
            passes: for size in [1, 2] {
                for _ in 0..<options.passes {
                    var improved = false
                    for hood in plan.neighbourhoods(size: size) {
                        if elapsed() > options.timeLimit * 0.8 { notes.append("time limit reached while improving"); break passes }
                        let part = Restriction(program, around: values, freeing: plan.freeColumns(for: Set(hood), around: values))
                        var o = MIPOptions(timeLimit: max(0.1, options.timeLimit * 0.8 - elapsed()), relativeGap: 0)
                        o.nodeLimit = options.nodesPerStep
                        if let dump = ProcessInfo.processInfo.environment["PAIKE_DUMP"], !FileManager.default.fileExists(atPath: dump) {
                            try? GLPK.write(part.program, .cplexLP, to: dump)
                        }
                        let r = try GLPK.solve(part.program, options: o, start: part.start)
                        nodes += r.nodes
                        if ProcessInfo.processInfo.environment["PAIKE_DEBUG"] != nil {
                            let ints = part.program.columns.filter { $0.kind != .continuous }.count
                            FileHandle.standardError.write(Data("step \(hood): \(part.program.rows.count) rows, \(part.program.columns.count) cols (\(ints) int), \(part.program.entries.count) nz; \(r.status) \(r.stopReason) start \(r.start) nodes \(r.nodes) \(String(format: "%.2f", r.elapsedSeconds))s\n".utf8))
                        }
                        if let v = r.values {
                            let merged = part.merged(v)
                            let z = program.objective(of: merged)
                            if z < objective - 1e-6 {
                                values = merged; objective = z; improved = true
                                progress?(SolveProgress(elapsed: elapsed(), objective: z, bound: nil, gap: nil, phase: "re-planned \(hood.map(\.rawValue).joined(separator: "+"))"))
                            }
                        }
                    }
                    if !improved { break }
                }
            }
            current = values
        }
        // Lower bound: each group alone, solved exactly where the node budget allows.
        var lowerBound: Double? = 0
        for (_, relaxed) in plan.groupRelaxations() {
            if elapsed() > options.timeLimit { lowerBound = nil; notes.append("no bound: time limit reached"); break }
            var o = MIPOptions(timeLimit: max(0.1, options.timeLimit - elapsed()), relativeGap: 0)
            o.cuts = [.mir, .gomory, .clique]
            o.nodeLimit = options.nodesPerStep * 4
            if let dump = ProcessInfo.processInfo.environment["PAIKE_DUMP_GROUP"], !FileManager.default.fileExists(atPath: dump) {
                try? GLPK.write(relaxed.program, .cplexLP, to: dump)
            }
            let r = try GLPK.solve(relaxed.program, options: o)
            nodes += r.nodes
            if ProcessInfo.processInfo.environment["PAIKE_DEBUG"] != nil {
                FileHandle.standardError.write(Data("bound step: \(relaxed.program.columns.count) cols \(r.status) \(r.stopReason) nodes \(r.nodes) \(String(format: "%.2f", r.elapsedSeconds))s obj \(r.objective ?? -1) bound \(r.bound ?? -1)\n".utf8))
            }
            guard let b = r.status == .optimal ? r.objective : r.bound else { lowerBound = nil; break }
            lowerBound! += b
        }
        let result = (values: current, nodes: nodes, bound: lowerBound, notes: notes)
        guard let values = result.values else {
            let summary = SolveSummary(scenarioName: scenario.name, status: .none, timeLimit: options.timeLimit, seed: options.seed,
                                       nodes: result.nodes, elapsedSeconds: options.recordTime ? elapsed() : nil,
                                       method: "no timetable: the greedy start could not be completed")
            return SolveOutcome(timetable: Timetable(), summary: summary, plan: plan)
        }
        let timetable = plan.timetable(from: values)
        let facts = TimetableFacts(context: plan.context, timetable: timetable)
        let violations = facts.allViolations().map(\.description)
        let terms = facts.objectiveTerms()
        let objective = terms.reduce(0) { $0 + $1.weighted }
        let bound = result.bound.map { min($0, objective) }
        var gap: Double? = nil
        if let b = bound { gap = abs(objective - b) / max(1e-9, abs(objective), 1) }
        let optimal = (gap ?? 1) < 1e-9
        let status: SolveStatus = !violations.isEmpty ? .none : timetable.unmet.isEmpty ? .valid : .unmet
        let method = (["greedy start, then fix-and-optimise with GLPK \(GLPK.version) branch-and-cut on groups of 2 and 3 classes; "
            + "bound from each class solved alone"] + result.notes).joined(separator: "; ")
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
