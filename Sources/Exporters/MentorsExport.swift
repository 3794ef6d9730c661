import Domain
import Foundation
import Texts

/// Mentoring files (导师帮带): `mentors.csv`, one row per mentee (matched or not), and one
/// calendar per mentor, `calendars/mentors/<id>.ics`, with an all-day event per meeting.
public enum MentorsExport {
    /// The contract's columns, in this order; the same in every language (scripts read them).
    public static let header = ["cadre_id", "cadre_name", "group_id", "mentor_id", "mentor_name", "fit", "travel_minutes", "meeting_dates"]

    public static func fileName(for mentor: Mentor.ID) -> String { "calendars/mentors/\(ICalendar.safeName(mentor.rawValue)).ics" }

    public static func files(scenario: TrainingScenario, plan: MentorPlan, language: Language = .en) -> [String: Data] {
        var files = ["mentors.csv": csv(scenario: scenario, plan: plan)]
        let say = Wording(language)
        for mentor in scenario.mentors where plan.pairs.contains(where: { $0.mentor == mentor.id }) {
            files[fileName(for: mentor.id)] = calendar(for: mentor, scenario: scenario, plan: plan, say)
        }
        return files
    }

    /// Matched mentees first in mentee order, then those without a mentor (mentor columns empty).
    /// A whole group without a roster has empty cadre columns.
    public static func csv(scenario: TrainingScenario, plan: MentorPlan) -> Data {
        var rows = [header]
        let unmatched = plan.problems.filter { p in !plan.pairs.contains { $0.mentee == p.mentee } }.map(\.mentee)
        for pair in plan.pairs {
            rows.append(
                menteeCells(pair.mentee, scenario) + [
                    pair.mentor.rawValue, scenario.mentor(pair.mentor)?.name ?? "",
                    Number.text(pair.fit, decimals: 2), pair.travelMinutes.map(String.init) ?? "",
                    pair.meetings.map(\.iso).joined(separator: ";")
                ])
        }
        for mentee in unmatched.reduce(into: [Mentee](), { if !$0.contains($1) { $0.append($1) } }) {
            rows.append(menteeCells(mentee, scenario) + ["", "", "", "", ""])
        }
        return CSV.document(rows)
    }

    static func menteeCells(_ m: Mentee, _ s: TrainingScenario) -> [String] {
        [m.cadre?.rawValue ?? "", m.cadre.flatMap { s.cadre($0)?.name } ?? "", m.group.rawValue]
    }

    /// Who a mentee is, for people: the cadre's name and class, or the class.
    public static func menteeName(_ m: Mentee, _ s: TrainingScenario) -> String {
        let group = s.group(m.group)?.name ?? m.group.rawValue
        guard let id = m.cadre else { return "\(group) [\(m.group)]" }
        return "\(s.cadre(id)?.name ?? id.rawValue) [\(id)] · \(group)"
    }

    static func calendar(for mentor: Mentor, scenario: TrainingScenario, plan: MentorPlan, _ say: Wording) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paike//Mentoring//\(say.language == .zh ? "ZH" : "EN")", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.text(say("ics.name.mentor", mentor.name, scenario.name)),
            "X-WR-TIMEZONE:\(ICalendar.timeZone)"
        ]
        // Repeatable bytes: the stamp is the programme's last day, never the clock.
        let stamp = ICalendar.compact(scenario.calendar.end) + "T000000Z"
        let programme = ICalendar.programmeSlug(scenario.name)
        let place = scenario.site(mentor.site)?.name ?? mentor.site.rawValue
        for pair in plan.pairs where pair.mentor == mentor.id {
            let who = menteeName(pair.mentee, scenario)
            let key = pair.mentee.cadre.map { "cadre-\($0)" } ?? "group-\(pair.mentee.group)"
            for (n, day) in pair.meetings.enumerated() {
                lines += [
                    "BEGIN:VEVENT",
                    "UID:" + ICalendar.text("mentoring-\(mentor.id)-\(key)-\(n + 1)@\(programme).paike"),
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(ICalendar.compact(day))",
                    "DTEND;VALUE=DATE:\(ICalendar.compact(day.adding(days: 1)))",
                    "SUMMARY:" + ICalendar.text(say("ics.mentoring.summary", who, n + 1, pair.meetings.count)),
                    "LOCATION:" + ICalendar.text(place),
                    "DESCRIPTION:" + ICalendar.text([say("ics.mentoring.mentor", mentor.name), say("ics.programme", scenario.name)].joined(separator: "\n")),
                    "END:VEVENT"
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(ICalendar.fold).joined().utf8)
    }

    /// One unmet mentoring line in the reader's language: who, and why.
    public static func describe(_ p: MentoringProblem, in s: TrainingScenario, _ say: Wording) -> String {
        let who = menteeName(p.mentee, s)
        switch p.shortfall {
        case let .noMentorOfCategory(category):
            return say("mentoring.problem.category", who, say("category.\(category.rawValue)"))
        case let .capacityFull(capacity, mentees):
            return say("mentoring.problem.capacity", who, capacity, mentees)
        case let .tooFewDays(mentor, held, asked):
            return say("mentoring.problem.days", who, s.mentor(mentor)?.name ?? mentor.rawValue, held, asked)
        }
    }
}
