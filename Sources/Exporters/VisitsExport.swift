import Domain
import Foundation
import Texts

/// Follow-up visit files (跟踪回访): `visits.csv`, one row per town visited in driving order
/// (towns left out follow with the team columns empty), and one calendar per team,
/// `calendars/teams/<id>.ics`, with an all-day event per tour listing its stops.
public enum VisitsExport {
    /// The columns, in this order; the same in every language (scripts read them). `travel_minutes`
    /// is the drive from the previous stop (the base for the first town); the tour's whole travel,
    /// back to the base included, and its travel plus visits follow in the last two columns.
    public static let header = [
        "date", "team_id", "team_name", "order", "town_id", "town_name", "cadres", "travel_minutes",
        "tour_travel_minutes", "tour_minutes"
    ]

    public static func fileName(for team: Team.ID) -> String { "calendars/teams/\(ICalendar.safeName(team.rawValue)).ics" }

    public static func files(scenario: TrainingScenario, plan: VisitPlan, language: Language = .en) -> [String: Data] {
        var files = ["visits.csv": csv(scenario: scenario, plan: plan)]
        let say = Wording(language)
        for team in scenario.teams where plan.tours.contains(where: { $0.team == team.id }) {
            files[fileName(for: team.id)] = calendar(for: team, scenario: scenario, plan: plan, say)
        }
        return files
    }

    public static func csv(scenario s: TrainingScenario, plan: VisitPlan) -> Data {
        var rows = [header]
        let cadres = Dictionary(uniqueKeysWithValues: plan.towns.map { ($0.site, $0.cadres) })
        for tour in plan.tours {
            let teamName = s.team(tour.team)?.name ?? ""
            for (n, town) in tour.towns.enumerated() {
                rows.append([
                    tour.day.iso, tour.team.rawValue, teamName, String(n + 1), town.rawValue, s.site(town)?.name ?? "",
                    String(cadres[town] ?? 0), String(tour.legs[n]), String(tour.travelMinutes), String(tour.totalMinutes)
                ])
            }
        }
        for p in plan.problems {
            rows.append(["", "", "", "", p.town.rawValue, s.site(p.town)?.name ?? "", String(cadres[p.town] ?? 0), "", "", ""])
        }
        return CSV.document(rows)
    }

    static func calendar(for team: Team, scenario s: TrainingScenario, plan: VisitPlan, _ say: Wording) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paike//Visits//\(say.language == .zh ? "ZH" : "EN")", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.text(say("ics.name.team", team.name, s.name)),
            "X-WR-TIMEZONE:\(ICalendar.timeZone)"
        ]
        // Repeatable bytes: the stamp is the window's first day, never the clock.
        let stamp = ICalendar.compact(plan.from) + "T000000Z"
        let programme = ICalendar.programmeSlug(s.name)
        let cadres = Dictionary(uniqueKeysWithValues: plan.towns.map { ($0.site, $0.cadres) })
        for tour in plan.tours where tour.team == team.id {
            let names = tour.towns.map { s.site($0)?.name ?? $0.rawValue }
            let stops = tour.towns.enumerated().map { n, town in say("ics.visits.stop", n + 1, names[n], cadres[town] ?? 0, tour.legs[n]) }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendar.text("visits-\(team.id)-\(tour.day.iso)@\(programme).paike"),
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(ICalendar.compact(tour.day))",
                "DTEND;VALUE=DATE:\(ICalendar.compact(tour.day.adding(days: 1)))",
                "SUMMARY:" + ICalendar.text(say("ics.visits.summary", names.joined(separator: say.language == .zh ? "、" : ", "))),
                "LOCATION:" + ICalendar.text(s.site(team.site)?.name ?? team.site.rawValue),
                "DESCRIPTION:"
                    + ICalendar.text(
                        (stops + [say("ics.visits.total", tour.travelMinutes, tour.totalMinutes), say("ics.programme", s.name)])
                            .joined(separator: "\n")),
                "END:VEVENT"
            ]
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(ICalendar.fold).joined().utf8)
    }

    /// One town left out, in the reader's language: which, and why.
    public static func describe(_ p: VisitProblem, plan: VisitPlan, in s: TrainingScenario, _ say: Wording) -> String {
        let town = "\(s.site(p.town)?.name ?? p.town.rawValue) [\(p.town)]"
        switch p.shortfall {
        case .unreachable:
            return say("visits.problem.unreachable", town)
        case let .tooFar(team, roundTrip, visit, limit):
            return say("visits.problem.tooFar", town, s.team(team)?.name ?? team.rawValue, roundTrip, visit, limit)
        case .noTeamDay:
            return say("visits.problem.noTeamDay", town, plan.from.iso, plan.from.adding(days: 7 * plan.weeks - 1).iso)
        case let .notEnoughDays(days):
            return say("visits.problem.notEnoughDays", town, days)
        }
    }
}
