import Domain
import Foundation
import PrintCheck
import Testing
import Texts

@testable import Exporters

/// `timetable.html` printed as a planner prints it: headless Chromium to PDF, read back with
/// poppler. Skipped, with a notice, where Chromium or poppler-utils is not installed
/// (`apt-get install chromium fonts-noto-cjk poppler-utils`; `.ci/run` installs them).
/// EngineTests print the solved Wensu programme the same way.
/// Chromium and poppler, looked up once (outside the suite, which names it in its traits).
enum PrintSetup {
    static let found = Printer.available()
}

@Suite(.serialized, .enabled(if: PrintSetup.found.printer != nil, Comment(rawValue: Printer.skipped(PrintSetup.found.missing))))
struct PrintTests {
    static var setup: (printer: Printer?, missing: String) { PrintSetup.found }

    /// What the sheets of a timetable should print as, in the reader's language.
    static func expected(_ scenario: TrainingScenario, _ timetable: Timetable, _ language: Language, appendixPages: ClosedRange<Int>) -> PrintedSheets {
        let look = Lookup(scenario, timetable)
        let say = Wording(language)
        let teachers = look.sortedTeachers.filter { t in look.sessions.contains { $0.teacher == t.id } }
        return PrintedSheets(
            classHeadings: look.sortedGroups.map { say("html.class.heading", $0.name) },
            noticeHeadings: teachers.map { say("html.notice.heading") + " · " + $0.name },
            appendixHeading: say("html.appendix"), names: look.sortedGroups.map(\.name), appendixPages: appendixPages)
    }

    /// Prints and checks; returns the PDF's problems against `expected` too, for a negative control.
    @discardableResult
    static func printsAsSheets(
        _ scenario: TrainingScenario, _ timetable: Timetable, _ summary: SolveSummary, _ language: Language,
        name: String, appendixPages: ClosedRange<Int>, alsoAgainst other: PrintedSheets? = nil
    ) throws -> [String]? {
        guard let printer = setup.printer else { print("PrintTests skipped: " + Printer.skipped(setup.missing)); return nil }
        let html = HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary, language: language)
        let (pdf, seconds) = try printer.print(html, name: name)
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        print("PrintTests: \(name) printed in \(Number.text(seconds, decimals: 2)) s")
        let problems = try expected(scenario, timetable, language, appendixPages: appendixPages).problems(in: pdf, printer)
        #expect(problems == [])
        return try other.map { try $0.problems(in: pdf, printer) }
    }

    @Test(arguments: [Language.zh, .en])
    func theFixturePrintsOneA4PagePerClassAndTeacherThenTheAppendix(_ language: Language) throws {
        // The check must fail on a PDF that is not what it should be: here one class short.
        var more = Fixture.scenario
        more.groups.append(Group(id: "g_extra", name: "未印出的班", category: .other, size: 10))
        let control = Self.expected(more, Fixture.timetable, language, appendixPages: 1...1)
        guard
            let problems = try Self.printsAsSheets(
                Fixture.scenario, Fixture.timetable, Fixture.summary, language,
                name: "fixture-\(language)", appendixPages: 1...1, alsoAgainst: control)
        else { return }
        #expect(problems.contains { $0.hasPrefix("page 3 is not") })
        #expect(problems.contains { $0.contains("未印出的班") && $0.contains("not in the PDF") })
    }

    /// Ten dates × six periods of long titles on one page; thirty sessions on one teacher's notice.
    @Test func theFullestClassSheetAndALongNoticeEachFitOnePage() throws {
        try Self.printsAsSheets(LargeProgramme.scenario, LargeProgramme.timetable, LargeProgramme.summary, .zh, name: "large", appendixPages: 1...1)
    }
}
