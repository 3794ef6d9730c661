import Domain
import Texts

/// The mentoring part of report.json / report.txt: each pair, and each mentee left without a
/// mentor or with too few meetings, in English for programs (report.txt words them per language).
struct MentoringReport: Encodable {
    struct Pair: Encodable, Sendable {
        var group: String
        var cadre: String?
        var mentee: String
        var mentor, mentorName: String
        var fit: Double
        var travelMinutes: Int?
        var meetings: [String]
    }
    struct Unmet: Encodable, Sendable {
        var group: String
        var cadre: String?
        var reason: String
    }
    var pairs: [Pair]
    var unmet: [Unmet]
    var value: Double
    /// Only with `--timing` (reruns then differ in it).
    var seconds: Double?
    // Kept for report.txt's wording, not written to JSON.
    let unmetProblems: [MentoringProblem]
    let scenario: TrainingScenario

    enum CodingKeys: String, CodingKey { case pairs, unmet, value, seconds }

    init(_ plan: MentorPlan, _ s: TrainingScenario, timing: Bool = false) {
        seconds = timing ? plan.seconds : nil
        pairs = plan.pairs.map {
            Pair(
                group: $0.mentee.group.rawValue, cadre: $0.mentee.cadre?.rawValue, mentee: MentorsExport.menteeName($0.mentee, s),
                mentor: $0.mentor.rawValue, mentorName: s.mentor($0.mentor)?.name ?? "", fit: $0.fit, travelMinutes: $0.travelMinutes,
                meetings: $0.meetings.map(\.iso))
        }
        unmet = plan.problems.map {
            Unmet(group: $0.mentee.group.rawValue, cadre: $0.mentee.cadre?.rawValue, reason: MentorsExport.describe($0, in: s, .english))
        }
        value = plan.value
        unmetProblems = plan.problems
        scenario = s
    }
}

extension Report {
    /// Unmet mentoring (its exit status is ExitStatus.ofSolve's) said in the status's words.
    func withMentoringStatus() -> Report {
        guard let mentoring, !mentoring.unmet.isEmpty, status == SolveStatus.valid.rawValue else { return self }
        var r = self
        r.statusMeaning += Wording.english("report.mentoringUnmet")
        return r
    }
}
