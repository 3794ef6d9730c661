import Domain
import Exporters
import Foundation
import GLPK
import MIP
import Planner
import Texts

/// Follow-up visits (跟踪回访, `paike visits`): the day tours of `VisitPlanning` chosen by GLPK.
public enum VisitsJob {
    /// A set-packing program over a few dozen towns; a generous limit still ends a runaway search.
    static let timeLimit = 120.0
    /// Clique cuts are what set packing needs (towns shared by tours form cliques); all three are thread-safe.
    static let options = MIPOptions(timeLimit: timeLimit, cuts: .threadSafe)

    public enum Failure: Error, Equatable {
        case noTeams
        case noTowns
        case tooManyTours(limit: Int)
        case solver(String)
    }

    public static func run(_ s: TrainingScenario, from: Day, weeks: Int, maxTours: Int = VisitPlanning.maxTours) throws(Failure) -> VisitPlan {
        guard !s.teams.isEmpty else { throw .noTeams }
        guard !s.visitTowns.isEmpty else { throw .noTowns }
        let clock = ContinuousClock()
        let t0 = clock.now
        let planning: VisitPlanning
        do { planning = try VisitPlanning(s, from: from, weeks: weeks, maxTours: maxTours) } catch { throw .tooManyTours(limit: error.limit) }
        var values: [Double] = []
        var proven = true
        if !planning.tours.isEmpty {
            let r: MIPResult
            do { r = try GLPK.solve(planning.program, options: options) } catch { throw .solver("\(error)") }
            guard let v = r.values else { throw .solver("visits: \(r.status.explanation)") }
            values = v
            proven = r.status == .optimal
        }
        var plan = planning.plan(values: values)
        plan.proven = proven
        let d = clock.now - t0
        plan.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return plan
    }

    /// Replaces the folder's files as one set (see `OutputFolder`); returns how many team calendars.
    public static func write(_ plan: VisitPlan, scenario: TrainingScenario, to directory: String, language: Language = .en) throws -> Int {
        let files = VisitsExport.files(scenario: scenario, plan: plan, language: language)
        try OutputFolder(directory: URL(fileURLWithPath: directory)).replace(with: files)
        return files.count - 1
    }

    /// What the command prints: a summary line, then one line per town left out.
    public static func lines(_ plan: VisitPlan, scenario s: TrainingScenario, language: Language = .en) -> [String] {
        let w = Wording(language)
        let visited = plan.towns.count - plan.problems.count
        let teams = Set(plan.tours.map(\.team)).count
        return [
            w(
                "cli.visits.summary", plan.from.iso, plan.weeks, visited, plan.towns.count, plan.tours.count, teams, plan.travelMinutes,
                plan.toursEnumerated, plan.teamDays)
        ]
            + (plan.proven ? [] : [w("cli.visits.notProven", Int(timeLimit))])
            + plan.problems.map { w("cli.visits.unmet", VisitsExport.describe($0, plan: plan, in: s, w)) }
    }
}
