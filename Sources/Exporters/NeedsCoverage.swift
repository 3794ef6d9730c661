import Domain
import Foundation
import Texts

/// `coverage.csv`: per group and need topic, the gap, the coverage delivered, the potential with
/// unlimited teachers and venues, the courses that cover it and why it stays uncovered.
enum NeedsCoverage {
    static let columns = [
        "group_id", "group_name", "topic", "gap", "coverage", "potential", "uncovered", "courses", "reason",
        "group_met_share", "group_potential_share"
    ]

    static func lines(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> [(line: TopicCoverage, courses: [String])] {
        let courseByID = Dictionary(scenario.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var heldBy: [Group.ID: Set<Course.ID>] = [:]
        for s in timetable.sessions { for g in s.groups { heldBy[g, default: []].insert(s.course) } }
        return summary.coverage.sorted { ($0.group, $0.topic) < ($1.group, $1.topic) }.map { line in
            let held = heldBy[line.group] ?? []
            let courses = held.filter { c in (courseByID[c]?.topics.first { $0.topic == line.topic }?.score ?? 0) > 0 }.map(\.rawValue).sorted()
            return (line, courses)
        }
    }

    /// The header in the reader's language: English keeps the column ids above (scripts read them).
    static func header(_ language: Language) -> [String] {
        language == .en ? columns : columns.map { Wording(language)("coverage.col.\($0)") }
    }

    static func csv(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, language: Language = .en) -> Data {
        let shares = Dictionary(summary.needShares.map { ($0.group, $0) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(scenario.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows = lines(scenario: scenario, timetable: timetable, summary: summary).map { l, courses -> [String] in
            let share = shares[l.group]
            return [
                l.group.rawValue, groups[l.group] ?? "", l.topic, String(l.gap), Number.text(l.coverage, decimals: 2),
                Number.text(l.potential, decimals: 2), Number.text(max(0, 5 - l.coverage), decimals: 2), courses.joined(separator: " "),
                Wording(language).words(l.because, english: l.reason), share.map { Number.text($0.met, decimals: 4) } ?? "",
                share.map { Number.text($0.potential, decimals: 4) } ?? ""
            ]
        }
        return CSV.document([header(language)] + rows)
    }
}
