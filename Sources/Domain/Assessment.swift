/// Assessments after a programme (结业考核): a score per cadre (or per class without a roster)
/// and topic, read against the pass mark, and the gap that remains for the next round.

/// `assessment:` of a scenario: the pass mark scores are read against.
public struct AssessmentSettings: Sendable, Equatable {
    public static let defaultPass = 60
    public var pass: Int
    public init(pass: Int = AssessmentSettings.defaultPass) { self.pass = pass }
}

/// A letter grade as planners write it; each stands for one score.
public enum Grade: String, CaseIterable, Sendable {
    case excellent, good, fair, poor

    /// 优 90, 良 80, 中 70, 差 50.
    public var score: Double {
        switch self {
        case .excellent: 90;
        case .good: 80;
        case .fair: 70;
        case .poor: 50
        }
    }
    public var chinese: String {
        switch self {
        case .excellent: "优";
        case .good: "良";
        case .fair: "中";
        case .poor: "差"
        }
    }

    /// 优/良/中/差 or the English words, any case; also 优秀 and 良好 as forms often say.
    public init?(spelling: String) {
        let t = spelling.lowercased()
        if let g = Grade.allCases.first(where: { $0.rawValue == t || $0.chinese == t }) { self = g; return }
        switch t {
        case "优秀": self = .excellent
        case "良好": self = .good
        case "中等": self = .fair
        case "较差": self = .poor
        default: return nil
        }
    }
}

/// A score from 0 to 100 (decimals allowed).
public struct AssessmentScore: Sendable, Equatable, Comparable {
    public static let range = 0.0...100.0
    public var value: Double
    public init?(_ value: Double) {
        guard value.isFinite, Self.range.contains(value) else { return nil }
        self.value = value
    }
    public static func < (a: Self, b: Self) -> Bool { a.value < b.value }

    public func passes(_ pass: Int) -> Bool { value >= Double(pass) }

    /// The gap after training on the topic, 0–5: round(5 × (100 − score) / 100), halves up.
    public var gapAfter: Int { Self.gap(for: value) }

    public static func gap(for score: Double) -> Int {
        min(5, max(0, Int((5 * (100 - score) / 100).rounded(.toNearestOrAwayFromZero))))
    }
}

/// Whom a result is about: one cadre of a roster, or a whole class without one.
public enum AssessedSubject: Sendable, Hashable {
    case cadre(Cadre.ID)
    case group(Group.ID)
}

/// One row of a results file, as read and checked.
public struct AssessmentResult: Sendable, Equatable {
    public var subject: AssessedSubject
    public var topic: String
    public var score: AssessmentScore
    /// The line of the results file it came from (1-based), for messages.
    public var line: Int
    public init(subject: AssessedSubject, topic: String, score: AssessmentScore, line: Int = 0) {
        self.subject = subject; self.topic = topic; self.score = score; self.line = line
    }
}

extension TrainingScenario {
    /// The pass mark of the scenario: its `assessment: {pass}`, else 60.
    public var passMark: Int { assessment?.pass ?? AssessmentSettings.defaultPass }

    /// Every need topic the scenario names anywhere (groups, cadres, courses, venues, mentors), sorted.
    public var knownTopics: [String] {
        var all = Set<String>()
        for g in groups { all.formUnion(g.needs.map(\.topic)) }
        for c in cadres { all.formUnion((c.needs ?? []).map(\.topic)) }
        for c in courses { all.formUnion(c.topics.map(\.topic)) }
        for v in venues { all.formUnion(v.topics.map(\.topic)) }
        for m in mentors { all.formUnion(m.topics.map(\.topic)) }
        return all.sorted()
    }
}
