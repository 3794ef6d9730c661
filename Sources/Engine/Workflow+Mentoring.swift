import Domain
import Exporters
import Texts

extension Workflow {
    /// What a solve prints about mentoring: one summary line, then one line per unmet mentee; empty without mentoring.
    public static func mentoringLines(_ o: SolveOutcome, scenario s: TrainingScenario, language: Language = .en) -> [String] {
        guard let plan = o.summary.mentoring else { return [] }
        let w = Wording(language)
        let mentors = Set(plan.pairs.map(\.mentor)).count
        let matched = Set(plan.pairs.map(\.mentee)).count
        return [w("cli.mentoring", matched, mentors, plan.problems.count)]
            + plan.problems.map { w("cli.mentoringUnmet", MentorsExport.describe($0, in: s, w)) }
    }

    /// Whether mentoring left someone without a mentor or short of meetings (exit 3 like unmet sessions).
    public static func mentoringUnmet(_ o: SolveOutcome) -> Bool { !(o.summary.mentoring?.isMet ?? true) }
}
