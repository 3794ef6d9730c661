/// One session as scheduled: a block of consecutive periods on one day, at one venue, with one
/// teacher, attended by one group or (for a joint course) several.
public struct ScheduledSession: Sendable, Equatable {
    /// Shared by every row of this session in `timetable.csv`.
    public var id: String
    public var course: Course.ID
    /// The five-haves part, for on-site units.
    public var segment: SegmentKind?
    /// 1-based: the n-th time each attending group takes this course.
    public var occurrence: Int
    public var groups: [Group.ID]
    public var teacher: Teacher.ID?
    public var venue: Venue.ID
    public var day: Day
    /// Index into `calendar.periods` of the first period.
    public var firstPeriod: Int
    public var periodCount: Int

    public init(
        id: String, course: Course.ID, segment: SegmentKind? = nil, occurrence: Int = 1, groups: [Group.ID],
        teacher: Teacher.ID?, venue: Venue.ID, day: Day, firstPeriod: Int, periodCount: Int
    ) {
        self.id = id; self.course = course; self.segment = segment; self.occurrence = occurrence; self.groups = groups
        self.teacher = teacher; self.venue = venue; self.day = day; self.firstPeriod = firstPeriod; self.periodCount = periodCount
    }

    /// Period indices this session occupies.
    public var periodRange: Range<Int> { firstPeriod..<(firstPeriod + periodCount) }
}

/// A session a group needed that the timetable does not hold, and why.
public struct UnmetRequirement: Sendable, Equatable {
    public var group: Group.ID
    public var course: Course.ID
    public var occurrence: Int
    public var segment: SegmentKind?
    /// The constraint family that blocked it; nil until the timetable is diagnosed.
    public var rule: RuleName?
    /// The rule's name as files and reports print it ("" before the diagnosis).
    public var ruleName: String { rule?.rawValue ?? "" }
    /// Plain words for the planner.
    public var reason: String
    /// Teaching periods left unscheduled by this entry.
    public var periods: Int
    public init(group: Group.ID, course: Course.ID, occurrence: Int = 1, segment: SegmentKind? = nil, rule: RuleName?, reason: String, periods: Int = 0) {
        self.group = group; self.course = course; self.occurrence = occurrence; self.segment = segment; self.rule = rule; self.reason = reason
        self.periods = periods
    }
}

public struct Timetable: Sendable, Equatable {
    public var sessions: [ScheduledSession]
    public var unmet: [UnmetRequirement]
    /// Classes out on shadowing placements (跟班学习), by group then course.
    public var placements: [PlacementBlock] = []
    public init(sessions: [ScheduledSession] = [], unmet: [UnmetRequirement] = []) { self.sessions = sessions; self.unmet = unmet }

    /// Sessions in a stable order: day, first period, venue, course, then id.
    public var ordered: [ScheduledSession] {
        sessions.sorted {
            ($0.day, $0.firstPeriod, $0.venue.rawValue, $0.course.rawValue, $0.id) < ($1.day, $1.firstPeriod, $1.venue.rawValue, $1.course.rawValue, $1.id)
        }
    }
}

/// How a solve ended, as the contract's exit codes see it.
public enum SolveStatus: String, Sendable, Equatable {
    /// Every hard rule met, every requirement scheduled (exit 0).
    case valid
    /// A timetable was found but some requirements are left unmet (exit 3).
    case unmet
    /// No timetable at all (exit 4).
    case none
}

/// One term of the objective: its weight, its raw amount in its own unit, and weight × amount.
public struct ObjectiveTerm: Sendable, Equatable {
    public var name: String
    public var unit: String
    public var weight: Double
    public var amount: Double
    public init(name: String, unit: String, weight: Double, amount: Double) { self.name = name; self.unit = unit; self.weight = weight; self.amount = amount }
    public var weighted: Double { weight * amount }
}

/// How well a timetable covers one need topic of one group (S2, S4).
public struct TopicCoverage: Sendable, Equatable {
    public var group: Group.ID
    public var topic: String
    /// The group's gap score, 0–5.
    public var gap: Int
    /// Coverage points delivered: the topic scores of the courses held, each course once.
    public var coverage: Double
    /// Coverage points the best menu choice would give with unlimited teachers and venues.
    public var potential: Double
    /// Why the topic is not fully covered (empty when it is), in English.
    public var reason: String
    /// The same, part by part, for wording in the reader's language (empty: only `reason` says it).
    public var because: [Phrase]
    public init(group: Group.ID, topic: String, gap: Int, coverage: Double, potential: Double, reason: String, because: [Phrase] = []) {
        self.group = group; self.topic = topic; self.gap = gap; self.coverage = coverage; self.potential = potential; self.reason = reason
        self.because = because
    }
}

/// The share of a group's weighted need a timetable meets, against what unlimited resources would allow.
public struct NeedShare: Sendable, Equatable {
    public var group: Group.ID
    /// Σ gap × min(coverage, 5) ÷ Σ gap × 5, for the timetable.
    public var met: Double
    /// The same share for the best menu choice with unlimited teachers and venues.
    public var potential: Double
    /// What keeps `met` below `potential`, in English words (empty when nothing does).
    public var heldBackBy: String
    /// The same, part by part, for wording in the reader's language.
    public var heldBackBecause: [Phrase]
    public init(group: Group.ID, met: Double, potential: Double, heldBackBy: String, heldBackBecause: [Phrase] = []) {
        self.group = group; self.met = met; self.potential = potential; self.heldBackBy = heldBackBy
        self.heldBackBecause = heldBackBecause
    }
}

/// What a solve found out, beyond the timetable itself: the numbers of `report.txt`/`report.json`.
public struct SolveSummary: Sendable, Equatable {
    public var scenarioName: String
    public var status: SolveStatus
    public var objective: Double?
    /// Best proven bound on the objective, when the solver gave one.
    public var bound: Double?
    /// Relative gap between objective and bound.
    public var gap: Double?
    public var optimal: Bool
    public var terms: [ObjectiveTerm]
    public var timeLimit: Double
    public var seed: Int
    /// Branch-and-bound nodes, a machine-independent measure of effort.
    public var nodes: Int
    /// Wall-clock seconds; kept out of written files unless asked for, so reruns give identical bytes.
    public var elapsedSeconds: Double?
    public var method: String
    /// Violations found by re-checking the timetable against every hard rule (should be empty).
    public var violations: [String]
    /// Needs coverage per group and topic, and each group's met share of need.
    public var coverage: [TopicCoverage] = []
    public var needShares: [NeedShare] = []
    /// Sessions moved against the published timetable given with `--keep` (nil without one).
    public var moves: [SessionMove]? = nil
    /// The objective over time, one point per improvement (only with `--timing`: it holds seconds).
    public var history: [ProgressPoint]? = nil
    /// `SIGINT` or `SIGTERM` when the run was asked to stop and wrote what it had found by then.
    public var interruptedBy: String? = nil
    /// What ended the search (nil where no search ran, as in `paike check`).
    public var endedBy: RunEnd? = nil
    /// Mentor matching (导师帮带), when some group has `mentoring`; independent of the timetable.
    public var mentoring: MentorPlan? = nil
    public init(
        scenarioName: String, status: SolveStatus, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        optimal: Bool = false, terms: [ObjectiveTerm] = [], timeLimit: Double = 0, seed: Int = 0, nodes: Int = 0,
        elapsedSeconds: Double? = nil, method: String = "", violations: [String] = []
    ) {
        self.scenarioName = scenarioName; self.status = status; self.objective = objective; self.bound = bound; self.gap = gap
        self.optimal = optimal; self.terms = terms; self.timeLimit = timeLimit; self.seed = seed; self.nodes = nodes
        self.elapsedSeconds = elapsedSeconds; self.method = method; self.violations = violations
    }
}

/// One improvement during a solve: when it came, the objective then, the bound known then.
public struct ProgressPoint: Sendable, Equatable {
    public var seconds: Double
    public var objective: Double
    public var bound: Double?
    public var phase: String
    public init(seconds: Double, objective: Double, bound: Double?, phase: String) {
        self.seconds = seconds; self.objective = objective; self.bound = bound; self.phase = phase
    }
}
