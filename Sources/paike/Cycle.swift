import ArgumentParser
import Domain
import Engine
import Foundation
import Texts

/// The results file read and checked; its problems printed at their lines (exit 2).
func readResultsOrExit(_ path: String, _ s: TrainingScenario, _ language: Language) throws -> [AssessmentResult] {
    let read = AssessmentResults.read(path: path, scenario: s, wording: Wording(language))
    if !read.diagnostics.isEmpty { printError(AssessmentResults.render(read, path: path)) }
    guard !read.hasErrors else { throw ExitCode(ExitStatus.invalid) }
    return read.results
}

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read assessment results (结业考核) against the pass mark: assessment.csv and report.md per group and topic.",
        discussion: """
            RESULTS.csv has the columns cadre_id (or group_id for a class without a roster), topic and score; a score is \
            0–100 or a grade 优/良/中/差 (excellent/good/fair/poor = 90/80/70/50). The gap after training on a topic is \
            round(5 × (100 − score) / 100). Exit status 2 when the scenario or the results have errors.
            """)
    @Argument(help: "Scenario file (YAML or JSON).") var scenario: String
    @Argument(help: "Results file (CSV, UTF-8 or GBK).") var results: String
    @Option(name: .long, help: "Folder for assessment.csv and report.md.") var out: String = "assessment"
    @Option(name: .long, help: "Pass mark 0–100 (default: the scenario's assessment: {pass}, else 60).") var pass: Int?
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let pass, !(0...100).contains(pass) { throw ValidationError("--pass must be between 0 and 100") }
    }

    func run() throws {
        let s = try loadOrExit(scenario)
        let lang = language.choice.language(for: s)
        let rows = try readResultsOrExit(results, s, lang)
        try checkOutputFolderOrExit(out)
        let outcome = AssessJob.run(s, results: rows, pass: pass ?? s.passMark, language: lang)
        do { try AssessJob.write(outcome, to: out) } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        print(AssessJob.summaryLine(outcome, results: rows, language: lang))
        print(Wording(lang)("cli.assess.written", outcome.files.keys.sorted().map { "\(out)/\($0)" }.joined(separator: ", ")))
    }
}

struct NextCycleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-cycle",
        abstract: "Write the scenario of the next round: retraining classes for the cadres below the pass mark.",
        discussion: """
            Cadres below the pass mark on any topic are regrouped by category and town (a class without a roster is \
            retrained whole), each class within the largest venue; their needs are the gaps after training; courses every \
            cadre of a class passed are dropped; the calendar moves to --start with the same number of teaching days.
            """)
    @Argument(help: "Scenario file (YAML or JSON).") var scenario: String
    @Option(name: .long, help: "Results file (CSV), as for paike assess.") var assessments: String
    @Option(name: .long, help: ArgumentHelp("First day of the new calendar.", valueName: "YYYY-MM-DD")) var start: String
    @Option(name: .long, help: "The scenario file to write.") var out: String
    @Option(name: .long, help: "Pass mark 0–100 (default: the scenario's assessment: {pass}, else 60).") var pass: Int?
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let pass, !(0...100).contains(pass) { throw ValidationError("--pass must be between 0 and 100") }
        let locale = Wording(LanguageChoice.process(option: try language.option).language(for: nil))
        if Day(iso: start) == nil { throw ValidationError(locale("cli.nextCycle.badStart", start)) }
        // The next round is a new file: writing over the programme it came from would lose it.
        let same = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        if same(out) == same(scenario) { throw ValidationError(locale("cli.nextCycle.sameFile")) }
    }

    func run() throws {
        let s = try loadOrExit(scenario)
        let lang = language.choice.language(for: s)
        let w = Wording(lang)
        let rows = try readResultsOrExit(assessments, s, lang)
        let name = URL(fileURLWithPath: assessments).lastPathComponent
        guard
            let outcome = NextCycleJob.run(
                s, results: rows, pass: pass ?? s.passMark, start: Day(iso: start)!, language: lang,
                resultsName: name)
        else {
            print(w("cli.nextCycle.none"))
            return
        }
        do { try NextCycleJob.write(outcome, to: out) } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let c = outcome.cycle.scenario.calendar
        print(w("cli.nextCycle", outcome.cycle.scenario.groups.count, outcome.cycle.cadreCount, c.teachingDays.count, c.start.iso, c.end.iso, out))
    }
}
