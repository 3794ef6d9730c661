import Domain
import Foundation

/// `solution.json`: the timetable for programs: every session with its periods by id, and what is unmet.
enum SolutionJSON {
    struct Session: Encodable {
        var id, course: String
        var segment: Nullable<String>
        var occurrence: Int
        var groups: [String]
        var teacher: Nullable<String>
        var venue, date, weekday: String
        var periods: [String]
        var start, end: String
    }
    struct Unmet: Encodable {
        var group, course: String
        var occurrence: Int
        var segment: Nullable<String>
        var rule, reason: String
    }
    /// Cadres of a class at one host unit (one cadre with a roster).
    struct HostShare: Encodable {
        var host: String
        var cadre: Nullable<String>
        var count: Int
        var topicFit: Double
        var travelMinutes: Int
        enum CodingKeys: String, CodingKey { case host, cadre, count, topicFit = "topic_fit", travelMinutes = "travel_minutes" }
    }
    /// A class out on a shadowing placement: its teaching days and who is at which host.
    struct Placement: Encodable {
        var group, course: String
        var dates: [String]
        var hosts: [HostShare]
    }
    struct Solution: Encodable {
        var format = "paike-solution/1"
        var scenario: String
        var status: String
        var objective: Nullable<Double>
        var sessions: [Session]
        var unmet: [Unmet]
        /// Only in programmes with shadowing placements, so other files stay as they were.
        var placements: [Placement]?
    }

    static func encode(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, look: Lookup? = nil, report: Report? = nil) -> Data {
        let look = look ?? Lookup(scenario, timetable)
        let sessions = look.sessions.map { s in
            let times = look.times(s)
            return Session(
                id: s.id, course: s.course.rawValue, segment: Nullable(s.segment?.rawValue), occurrence: s.occurrence,
                groups: s.groups.map(\.rawValue), teacher: Nullable(s.teacher?.rawValue), venue: s.venue.rawValue,
                date: s.day.iso, weekday: s.day.weekday.rawValue, periods: s.periodRange.map(look.periodID),
                start: times?.start.description ?? "", end: times?.end.description ?? "")
        }
        let report = report ?? Report.build(scenario: scenario, timetable: timetable, summary: summary, look: look)
        let unmet = report.unmet.map {
            Unmet(group: $0.group, course: $0.course, occurrence: $0.occurrence, segment: Nullable($0.segment), rule: $0.rule, reason: $0.reason)
        }
        let placements = timetable.placements.map { b in
            Placement(
                group: b.group.rawValue, course: b.course.rawValue, dates: b.days.map(\.iso),
                hosts: b.hosts.map {
                    HostShare(
                        host: $0.host.rawValue, cadre: Nullable($0.cadre?.rawValue), count: $0.count, topicFit: $0.topicFit, travelMinutes: $0.travelMinutes)
                })
        }
        return JSONOutput.encode(
            Solution(
                scenario: report.scenario, status: summary.status.rawValue,
                objective: Nullable(summary.objective), sessions: sessions, unmet: unmet,
                placements: placements.isEmpty ? nil : placements))
    }
}
