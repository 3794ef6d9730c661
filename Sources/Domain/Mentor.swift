/// A tutor for mentoring after the classes (导师帮带, S9): an experienced cadre or expert who
/// takes a few trainees each and meets them over the months after the programme.
public struct Mentor: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Mentor>
    public var id: ID
    public var name: String
    /// Where the mentor works; mentees travel from their town to it.
    public var site: Site.ID
    /// Expertise 0–5 per need topic (the same topics as groups' needs and courses' topics).
    public var topics: [TopicScore]
    /// How many mentees (cadres, or whole groups without a roster) the mentor takes at most.
    public var capacity: Int
    /// Group categories the mentor may take mentees from; empty: any.
    public var categories: [GroupCategory]
    /// Days the mentor cannot meet.
    public var unavailable: [Unavailability]
    public init(
        id: ID, name: String, site: Site.ID, topics: [TopicScore] = [], capacity: Int, categories: [GroupCategory] = [],
        unavailable: [Unavailability] = []
    ) {
        self.id = id; self.name = name; self.site = site; self.topics = topics; self.capacity = capacity
        self.categories = categories; self.unavailable = unavailable
    }

    public func takes(_ category: GroupCategory) -> Bool { categories.isEmpty || categories.contains(category) }

    /// Whether any unavailability touches `day` (a meeting takes the day, so a part-day absence rules it out).
    public func isAway(on day: Day) -> Bool {
        unavailable.touches(day)
    }
}

/// A group's mentoring after the programme: each cadre (without a roster, the group as one
/// mentee) gets one mentor and `meetings` meetings spread over the `months` after the calendar ends.
public struct Mentoring: Sendable, Equatable {
    public var months: Int
    public var meetings: Int
    public init(months: Int, meetings: Int) { self.months = months; self.meetings = meetings }
}

/// Who is mentored: one cadre of a group with a roster, or a whole group without one.
public struct Mentee: Sendable, Hashable, Comparable {
    public var group: Group.ID
    public var cadre: Cadre.ID?
    public init(group: Group.ID, cadre: Cadre.ID? = nil) { self.group = group; self.cadre = cadre }
    public static func < (a: Self, b: Self) -> Bool { (a.group, a.cadre?.rawValue ?? "") < (b.group, b.cadre?.rawValue ?? "") }
}

extension TrainingScenario {
    public func mentor(_ id: Mentor.ID) -> Mentor? { mentors.first { $0.id == id } }

    /// Every mentee of every group with `mentoring`, in file order: a group's cadres, or the group itself.
    public var mentees: [Mentee] {
        groups.filter { $0.mentoring != nil }.flatMap { g -> [Mentee] in
            let roster = cadres(of: g.id)
            return roster.isEmpty ? [Mentee(group: g.id)] : roster.map { Mentee(group: g.id, cadre: $0.id) }
        }
    }

    /// The needs a mentee brings to a mentor: the cadre's (or, without one, the group's).
    public func needs(of mentee: Mentee) -> [TopicScore] {
        if let id = mentee.cadre, let c = cadre(id) { return needs(of: c) }
        return group(mentee.group)?.needs ?? []
    }

    /// Where a mentee travels from: the cadre's town, else the group's site.
    public func town(of mentee: Mentee) -> Site.ID? {
        if let id = mentee.cadre, let c = cadre(id) { return town(of: c) }
        return group(mentee.group)?.site
    }
}

/// One mentee matched to a mentor, with the meeting dates.
public struct MentorPair: Sendable, Equatable {
    public var mentee: Mentee
    public var mentor: Mentor.ID
    /// Topic fit of the mentor's expertise to the mentee's needs (see `MentorFit`).
    public var fit: Double
    /// One way, mentee's town to the mentor's site; nil when the scenario gives no travel time.
    public var travelMinutes: Int?
    public var meetings: [Day]
    public init(mentee: Mentee, mentor: Mentor.ID, fit: Double, travelMinutes: Int?, meetings: [Day]) {
        self.mentee = mentee; self.mentor = mentor; self.fit = fit; self.travelMinutes = travelMinutes; self.meetings = meetings
    }
}

/// Why a mentee has no mentor, or fewer meetings than asked.
public enum MentoringShortfall: Sendable, Equatable {
    /// No mentor takes the group's category.
    case noMentorOfCategory(GroupCategory)
    /// Mentors of the category exist but their capacity is used up (`capacity` in all, `mentees` competing).
    case capacityFull(capacity: Int, mentees: Int)
    /// Matched, but the mentor is away on too many days to hold every meeting: `held` of `asked`.
    case tooFewDays(mentor: Mentor.ID, held: Int, asked: Int)
}

public struct MentoringProblem: Sendable, Equatable {
    public var mentee: Mentee
    public var shortfall: MentoringShortfall
    public init(mentee: Mentee, shortfall: MentoringShortfall) { self.mentee = mentee; self.shortfall = shortfall }
}

/// The outcome of mentor matching: pairs (in mentee order) and what could not be met.
public struct MentorPlan: Sendable, Equatable {
    public var pairs: [MentorPair]
    public var problems: [MentoringProblem]
    /// Σ fit − travel cost of the pairs (the matching program's objective without its per-pair bonus).
    public var value: Double
    /// Wall seconds the matching and dates took; written only with `--timing`, like the solve's own.
    public var seconds: Double? = nil
    public init(pairs: [MentorPair] = [], problems: [MentoringProblem] = [], value: Double = 0) {
        self.pairs = pairs; self.problems = problems; self.value = value
    }
    public var isMet: Bool { problems.isEmpty }
}
