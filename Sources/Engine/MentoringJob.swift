import Domain
import GLPK
import MIP
import Planner

/// Mentor matching (导师帮带): the assignment program of `MentorMatching` solved with GLPK, then
/// each pair's meeting dates. nil when no group asks for mentoring.
public enum MentoringJob {
    /// An assignment program is small (mentees × mentors binaries, totally unimodular); a minute is ample.
    static let timeLimit = 60.0

    public static func run(_ s: TrainingScenario) throws -> MentorPlan? {
        let clock = ContinuousClock()
        let t0 = clock.now
        let matching = MentorMatching(s)
        guard !matching.mentees.isEmpty else { return nil }
        var values: [Double] = []
        if !matching.candidates.isEmpty {
            let r = try GLPK.solve(matching.program, options: MIPOptions(timeLimit: timeLimit))
            guard let v = r.values else { throw SolveError.solver("mentor matching: \(r.status.explanation)") }
            values = v
        }
        var plan = matching.plan(values: values)
        for i in plan.pairs.indices {
            let pair = plan.pairs[i]
            guard let mentoring = s.group(pair.mentee.group)?.mentoring, let mentor = s.mentor(pair.mentor) else { continue }
            let dates = MeetingDates.dates(count: mentoring.meetings, months: mentoring.months, calendar: s.calendar, mentor: mentor)
            plan.pairs[i].meetings = dates
            if dates.count < mentoring.meetings {
                plan.problems.append(
                    MentoringProblem(
                        mentee: pair.mentee,
                        shortfall: .tooFewDays(mentor: mentor.id, held: dates.count, asked: mentoring.meetings)))
            }
        }
        plan.problems.sort { $0.mentee < $1.mentee }
        let d = clock.now - t0
        plan.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return plan
    }
}
