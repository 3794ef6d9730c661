import Domain

/// How well a mentor's expertise meets a mentee's needs: the needs term's diminishing-returns
/// formula (docs/model.md) with the mentor's topic scores as the coverage. For each need topic,
/// gap × (h(0) − h(score)): the uncovered need the mentor takes away, so fit is 0 for a mentor
/// with none of the topics and grows, with diminishing returns, with the mentor's scores.
public enum MentorFit {
    public static func fit(needs: [TopicScore], expertise: [TopicScore]) -> Double {
        NeedsTerm.fit(gaps: needs, scores: expertise)
    }

    public static func fit(_ mentee: Mentee, _ mentor: Mentor, in s: TrainingScenario) -> Double {
        fit(needs: s.needs(of: mentee), expertise: mentor.topics)
    }

    /// One-way minutes from the mentee's town to the mentor's site; nil when either is unknown or
    /// the scenario gives no travel time between them.
    public static func travelMinutes(_ mentee: Mentee, _ mentor: Mentor, in s: TrainingScenario) -> Int? {
        guard let town = s.town(of: mentee) else { return nil }
        return s.travelMinutes(from: town, to: mentor.site)
    }
}
