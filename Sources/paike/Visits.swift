import ArgumentParser
import Domain
import Engine
import Foundation
import Texts

struct Visits: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan follow-up visits (跟踪回访): every trainee's town visited once by a team on a day tour from its base.",
        discussion: """
            Towns are the cadres' towns (a group without a roster: its site). Teams go out on the calendar's working weekdays \
            that are no holiday and not in their 'unavailable', from --from for --weeks weeks; a day's travel and visits fit \
            max_minutes_per_day. Writes DIR/visits.csv and DIR/calendars/teams/<id>.ics. Exit status: 0 every town visited, \
            2 invalid scenario or no teams, 3 some towns cannot be visited (the plan for the rest is written and the reasons \
            printed), 64 wrong usage, 1 other failures.
            """)
    @Argument(help: "Scenario file (YAML or JSON) with 'teams:'.") var scenario: String
    @Option(name: .long, help: ArgumentHelp("First day visits may take place (YYYY-MM-DD).", valueName: "DATE")) var from: String
    @Option(name: .long, help: "Weeks from --from within which every town is visited.") var weeks: Int
    @Option(name: .long, help: "Folder for visits.csv and the team calendars.") var out: String = "visits"
    @Flag(name: .long, help: "Print the seconds the planning took (tours, GLPK) on stderr.") var timing = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard Day(iso: from) != nil else { throw ValidationError("--from must be a date written YYYY-MM-DD, e.g. 2025-07-01") }
        guard (1...52).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 52") }
    }

    func run() throws {
        let s = try loadOrExit(scenario)
        try checkOutputFolderOrExit(out)
        let lang = language.choice.language(for: s)
        let w = Wording(lang)
        let plan: VisitPlan
        do { plan = try VisitsJob.run(s, from: Day(iso: from)!, weeks: weeks) } catch {
            switch error {
            case .noTeams: printError(w("cli.visits.noTeams", scenario)); throw ExitCode(ExitStatus.invalid)
            case .noTowns: printError(w("cli.visits.noTowns", scenario)); throw ExitCode(ExitStatus.invalid)
            case let .tooManyTours(limit): printError(w("cli.visits.tooMany", scenario, limit)); throw ExitCode(ExitStatus.failure)
            case let .solver(why): printError("\(scenario): error: \(why)"); throw ExitCode(ExitStatus.failure)
            }
        }
        let calendars: Int
        do { calendars = try VisitsJob.write(plan, scenario: s, to: out, language: lang) } catch {
            printError("\(out): error: \(error) — the previous files in the folder are left as they were")
            throw ExitCode(ExitStatus.failure)
        }
        for line in VisitsJob.lines(plan, scenario: s, language: lang) { print(line) }
        print(w("cli.visits.written", out, calendars))
        if timing, let seconds = plan.seconds { printError(String(format: "visits: planning took %.3f s", seconds)) }
        if !plan.isMet { throw ExitCode(ExitStatus.unmet) }
    }
}
