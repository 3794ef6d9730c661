import Domain
import Exporters
import Foundation
import Scenario
import Texts

/// `paike assess`: the results against the pass mark, per group and topic, as assessment.csv, report.md and report.json.
public enum AssessJob {
    public struct Outcome: Sendable {
        public var table: AssessmentTable
        public var files: [String: Data]
    }

    public static func run(_ s: TrainingScenario, results: [AssessmentResult], pass: Int, language: Language) -> Outcome {
        let table = AssessmentTable(s, results, pass: pass)
        return Outcome(
            table: table,
            files: [
                "assessment.csv": AssessmentExport.csv(table, s),
                "report.md": Data(AssessmentExport.markdown(table, s, language: language).utf8),
                "report.json": AssessmentExport.json(table, s)
            ])
    }

    /// The folder replaced as one set, like a timetable folder.
    public static func write(_ outcome: Outcome, to directory: String) throws {
        try OutputFolder(directory: URL(fileURLWithPath: directory)).replace(with: outcome.files)
    }

    /// The line printed after writing.
    public static func summaryLine(_ o: Outcome, results: [AssessmentResult], language: Language) -> String {
        Wording(language)("cli.assess", results.count, o.table.people, o.table.groups, o.table.pass, o.table.peopleBelow)
    }
}

/// `paike next-cycle`: the retraining scenario built from the results, written whole or not at all.
public enum NextCycleJob {
    public struct Outcome: Sendable {
        public var cycle: NextCycle
        public var yaml: String
    }

    /// nil when nobody is below the pass mark: there is no next cycle to plan.
    public static func run(
        _ s: TrainingScenario, results: [AssessmentResult], pass: Int, start: Day, language: Language,
        resultsName: String
    ) -> Outcome? {
        let w = Wording(language)
        let cycle = NextCycle.build(s, results: results, pass: pass, start: start, wording: w)
        guard !cycle.scenario.groups.isEmpty else { return nil }
        let comments = cycle.comments(w, original: s, resultsName: resultsName)
        return Outcome(cycle: cycle, yaml: ScenarioWriter.yaml(cycle.scenario, comments: comments))
    }

    public static func write(_ o: Outcome, to path: String) throws {
        try Workflow.writeAtomically(Data(o.yaml.utf8), to: path)
    }
}
