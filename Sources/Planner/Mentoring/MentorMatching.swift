import Domain
import MIP

/// Mentor matching (导师帮带) as an assignment integer program, independent of the class
/// timetable: x[mentee, mentor] binary for every mentor who takes the mentee's group category;
/// each mentee at most one mentor, each mentor at most `capacity` mentees. It maximises first the
/// number matched (a bonus per pair larger than every fit and travel difference together), then
/// Σ ω_needs·fit − ω_travel·minutes·meetings: the timetable's own weights, every meeting one trip.
/// Lives in Planner (Domain + MIP, no solver) like the timetable's program; Engine solves it with GLPK.
public struct MentorMatching: Sendable {
    public struct Candidate: Sendable, Equatable {
        public var mentee: Mentee
        public var mentor: Mentor.ID
        public var fit: Double
        public var travelMinutes: Int?
        /// ω_needs·fit − ω_travel·minutes·meetings.
        public var value: Double
    }

    public let mentees: [Mentee]
    public let candidates: [Candidate]
    public let program: IntegerProgram
    let scenario: TrainingScenario

    public init(_ s: TrainingScenario) {
        scenario = s
        mentees = s.mentees
        var candidates: [Candidate] = []
        for mentee in mentees {
            guard let g = s.group(mentee.group), let mentoring = g.mentoring else { continue }
            for mentor in s.mentors where mentor.takes(g.category) {
                let fit = MentorFit.fit(mentee, mentor, in: s)
                let minutes = MentorFit.travelMinutes(mentee, mentor, in: s)
                let value = s.objective.needs * fit - s.objective.travel * Double((minutes ?? 0) * mentoring.meetings)
                candidates.append(Candidate(mentee: mentee, mentor: mentor.id, fit: fit, travelMinutes: minutes, value: value))
            }
        }
        self.candidates = candidates
        // Matching one more mentee must beat any rearrangement of values among the others.
        let spread = (candidates.map(\.value).max() ?? 0) - min(0, candidates.map(\.value).min() ?? 0)
        let bonus = 1 + spread * Double(max(1, mentees.count))
        var p = IntegerProgram(name: "mentors", sense: .maximize)
        var byMentee: [Mentee: [(column: Int, value: Double)]] = [:]
        var byMentor: [Mentor.ID: [(column: Int, value: Double)]] = [:]
        for (i, c) in candidates.enumerated() {
            let col = p.addColumn("x_\(i + 1)", kind: .binary, cost: bonus + c.value)
            byMentee[c.mentee, default: []].append((col, 1))
            byMentor[c.mentor, default: []].append((col, 1))
        }
        for (n, m) in mentees.enumerated() {
            guard let terms = byMentee[m] else { continue }
            _ = p.addRow("one_mentor_\(n + 1)", terms, .atMost(1))
        }
        for mentor in s.mentors {
            guard let terms = byMentor[mentor.id] else { continue }
            _ = p.addRow("capacity_\(mentor.id)", terms, .atMost(Double(mentor.capacity)))
        }
        program = p
    }

    /// The pairs a solution chose (meeting dates still empty) and the mentees left without a mentor, with why.
    public func plan(values: [Double]) -> MentorPlan {
        var chosen: [Mentee: Candidate] = [:]
        for (i, c) in candidates.enumerated() where i < values.count && values[i] > 0.5 { chosen[c.mentee] = c }
        var pairs: [MentorPair] = []
        var problems: [MentoringProblem] = []
        for m in mentees {
            if let c = chosen[m] {
                pairs.append(MentorPair(mentee: m, mentor: c.mentor, fit: c.fit, travelMinutes: c.travelMinutes, meetings: []))
            } else if let why = shortfall(m) {
                problems.append(MentoringProblem(mentee: m, shortfall: why))
            }
        }
        let value = pairs.compactMap { p in chosen[p.mentee]?.value }.reduce(0, +)
        return MentorPlan(pairs: pairs, problems: problems, value: value)
    }

    /// Why a mentee went unmatched: no mentor of its category, or those mentors are all full.
    func shortfall(_ m: Mentee) -> MentoringShortfall? {
        guard let g = scenario.group(m.group) else { return nil }
        let eligible = scenario.mentors.filter { $0.takes(g.category) }
        if eligible.isEmpty { return .noMentorOfCategory(g.category) }
        let ids = Set(eligible.map(\.id))
        let competing = Set(candidates.filter { ids.contains($0.mentor) }.map(\.mentee)).count
        return .capacityFull(capacity: eligible.reduce(0) { $0 + $1.capacity }, mentees: competing)
    }
}
