import Domain
import Foundation
import GLPK
import MIP
import Planner

/// Shadowing placements (跟班学习) around a solve: blocks first (`PlacementBlocks`, each checked
/// by the exact host assignment), the timetable planned around them, then who goes to which
/// host solved to optimality by GLPK.
enum PlacementPhase {
    /// Whether any group requires a placement course.
    static func applies(to scenario: TrainingScenario) -> Bool {
        let placements = Set(scenario.courses.filter { $0.form == .placement }.map(\.id))
        return !placements.isEmpty && scenario.groups.contains { $0.required.contains(where: placements.contains) }
    }

    /// The optimal assignment's values, or nil when the hosts cannot take every unit.
    static func assign(_ assignment: HostAssignment) throws -> [Double]? {
        guard !assignment.units.isEmpty else { return [] }
        // Every unit needs some host column, else its equality row cannot hold.
        guard assignment.units.indices.allSatisfy({ u in assignment.columns.contains { $0.unit == u } }) else { return nil }
        let result = try GLPK.solve(assignment.program)
        guard result.status == .optimal || result.status == .feasible else { return nil }
        return result.values
    }

    /// Each class's block, every one checked by the exact host assignment.
    static func blocks(_ context: PlanningContext) throws -> PlacementBlocks {
        var failure: Error?
        let chosen = PlacementBlocks(context: context) { units in
            do { return try assign(HostAssignment(context: context, units: units)) != nil } catch { failure = error; return false }
        }
        if let failure { throw SolveError.solver("\(failure)") }
        return chosen
    }

    /// The scenario the timetable's program is built on: the one `paike solve` plans (and
    /// `paike export` writes), with the blocks chosen first.
    static func around(_ scenario: TrainingScenario) throws -> TrainingScenario {
        applies(to: scenario) ? try blocks(PlanningContext(scenario)).scenarioAround(scenario) : scenario
    }

    static func run(_ scenario: TrainingScenario, options: SolveOptions, progress: (@Sendable (SolveProgress) -> Void)?) throws -> SolveOutcome {
        let context = PlanningContext(scenario)
        let chosen = try blocks(context)
        var outcome = try SolveJob.runTimetable(chosen.scenarioAround(scenario), options: options, progress: progress)
        let assignment = HostAssignment(context: context, units: chosen.units)
        guard let values = try assign(assignment) else {
            throw SolveError.solver("the host assignment of blocks each found feasible has no solution (a bug: please report it)")
        }
        var blocks = chosen.blocks
        for (u, shares) in assignment.shares(from: values).enumerated() { blocks[chosen.blockOf[u]].hosts += shares }
        outcome.timetable.placements = blocks
        outcome.timetable.unmet += chosen.unmet
        // Every rule again on the scenario as written, placements included.
        let violations = TimetableFacts(context: context, timetable: outcome.timetable).allViolations().map(\.description)
        outcome.summary.violations = violations
        if !violations.isEmpty { outcome.summary.status = .none }
        else if !chosen.unmet.isEmpty, outcome.summary.status == .valid { outcome.summary.status = .unmet }
        outcome.summary.method = "shadowing placements first (latest free block each host assignment takes, cadres to hosts by GLPK to optimality); "
            + outcome.summary.method
        return outcome
    }
}
