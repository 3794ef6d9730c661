import ArgumentParser
import Domain
import Foundation
import Texts
import Workbook

/// `--lang`, else (when given) the scenario's or workbook's `language`, else the locale.
func chosenLanguage(_ option: String?, declared: String? = nil) throws -> Language {
    guard let l = Language.chosen(option: option, scenario: declared, environment: ProcessInfo.processInfo.environment) else {
        printError(Wording.english("language.unknown", option ?? declared ?? ""))
        throw ExitCode(ExitStatus.usage)
    }
    return l
}

func finish(_ outcome: ScenarioWorkbook.Outcome) throws {
    switch outcome {
    case let .done(lines, warnings):
        if !warnings.isEmpty { printError(warnings) }
        for l in lines { print(l) }
    case let .invalid(text):
        printError(text)
        throw ExitCode(ExitStatus.invalid)
    case let .failed(text):
        printError(text)
        throw ExitCode(ExitStatus.failure)
    }
}

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Write a scenario as a workbook to fill in or review (one sheet per part; see docs/workbook.md).",
        discussion: "Exit status: 0 written, 2 the scenario is invalid or a what-if variant, 64 wrong usage, 1 the workbook could not be written.")
    @Argument(help: "Scenario file (YAML or JSON), not a what-if variant.") var scenario: String
    @Option(name: .long, help: "The workbook to write: NAME.xlsx, or any other name for a folder of CSV files (UTF-8), one per sheet.") var out: String
    @Option(name: .long, help: "Language of sheet and column names and values: zh or en (default: the scenario's, then the locale).") var lang: String?

    func run() throws {
        _ = try chosenLanguage(lang)
        let option = lang, environment = ProcessInfo.processInfo.environment
        try finish(
            ScenarioWorkbook.export(scenario: scenario, to: out) {
                Language.chosen(option: option, scenario: $0, environment: environment) ?? .en
            })
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a scenario file from a workbook or a folder of CSV files (UTF-8 or GBK), then validate it.",
        discussion:
            "Every problem is reported at its cell (book.xlsx:教师!C7, folder/教师.csv:7:3). Exit status: 0 a valid scenario was written, 2 problems found (nothing is written while a cell cannot be read), 64 wrong usage, 1 the file could not be written."
    )
    @Argument(help: "A workbook (.xlsx) or a folder of CSV files (UTF-8 or GBK), one per sheet.") var workbook: String
    @Option(name: .long, help: "The scenario file to write.") var out: String
    @Option(name: .long, help: "Language of the messages: zh or en (default: the workbook's, then the locale).") var lang: String?

    func run() throws {
        let probe = ScenarioWorkbook.sheets(workbook, Wording(try chosenLanguage(lang)))
        let sheets: [Sheet]
        switch probe {
        case let .success(s): sheets = s
        case let .failure(f):
            printError(f.message)
            throw ExitCode(ExitStatus.invalid)
        }
        let w = Wording(try chosenLanguage(lang, declared: WorkbookImport.declaredLanguage(sheets)?.rawValue))
        try finish(ScenarioWorkbook.importScenario(from: workbook, sheets: sheets, to: out, w).0)
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a template: DIR/scenario.yaml with comments on every field, and the same as a workbook.",
        discussion:
            "The template is a small complete programme (two classes, one five-haves unit) that validates and solves. Exit status: 0 written, 2 a file exists already, 64 wrong usage, 1 the files could not be written."
    )
    @Option(name: .long, help: "Folder to write into.") var out: String
    @Option(name: .long, help: "Language of names, comments and sheets: zh or en (default: the locale).") var lang: String?

    func run() throws {
        try finish(ScenarioWorkbook.initialise(out, Wording(try chosenLanguage(lang))))
    }
}
