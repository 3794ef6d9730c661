import Domain
import Foundation
import Testing
import Texts
@testable import Exporters

/// `timetable.html` printed as a planner prints it: headless Chromium to PDF, read back with
/// poppler. Skipped, with a notice, where Chromium or poppler-utils is not installed
/// (`apt-get install chromium fonts-noto-cjk poppler-utils`; `.ci/run` installs them).
@Suite(.serialized) struct PrintTests {
    static let setup = Printer.available()

    /// Whitespace removed: pdftotext breaks and spaces text as it is laid out on the page.
    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    /// Prints and checks what every printed timetable must be: A4 landscape pages, one per class
    /// (its sheet) in id order, one per teacher with sessions (their notice) in id order, then the
    /// appendix; the CJK font embedded; every class name in the text. Returns the print's seconds.
    @discardableResult
    static func printsAsSheets(_ scenario: TrainingScenario, _ timetable: Timetable, _ summary: SolveSummary, _ language: Language,
                               name: String, appendixPages: ClosedRange<Int>) throws -> Double? {
        guard let printer = setup.printer else {
            print("PrintTests: skipped, \(setup.missing) is not installed (apt-get install chromium fonts-noto-cjk poppler-utils)")
            return nil
        }
        let html = HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary, language: language)
        let (pdf, seconds) = try printer.print(html, name: name)
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        #expect(FileManager.default.fileExists(atPath: pdf.path), "Chromium wrote no PDF")
        print("PrintTests: \(name) printed in \(Number.text(seconds, decimals: 2)) s")
        let look = Lookup(scenario, timetable)
        let classes = look.sortedGroups
        let teachers = look.sortedTeachers.filter { t in look.sessions.contains { $0.teacher == t.id } }
        let pages = try printer.pages(pdf)
        let expected = classes.count + teachers.count
        #expect(appendixPages.contains(pages - expected), "\(pages) pages for \(classes.count) classes and \(teachers.count) teachers")

        // A4 is 595 × 842 points; landscape puts the long side across.
        let size = try #require(try printer.pageSize(pdf))
        #expect(abs(size.0 - 842) < 1 && abs(size.1 - 595) < 1, "page size \(size)")

        let say = Wording(language)
        for (n, group) in classes.enumerated() {
            let text = squeezed(try printer.text(pdf, page: n + 1))
            #expect(text.contains(squeezed(say("html.class.heading", group.name))), "page \(n + 1) is not the sheet of \(group.id)")
        }
        for (n, teacher) in teachers.enumerated() {
            let page = classes.count + n + 1
            let text = squeezed(try printer.text(pdf, page: page))
            #expect(text.contains(squeezed(say("html.notice.heading") + " · " + teacher.name)), "page \(page) is not the notice of \(teacher.id)")
        }
        if pages > expected {
            #expect(squeezed(try printer.text(pdf, page: expected + 1)).contains(squeezed(say("html.appendix"))))
        }
        let all = squeezed(try printer.text(pdf))
        for group in classes { #expect(all.contains(squeezed(group.name)), "\(group.name) missing from the PDF text") }

        // Chromium embeds Noto CJK's CFF outlines as (nameless) Type 3 fonts and a TrueType CJK
        // font under its own name; without a CJK font it draws boxes from DejaVu and neither is
        // there. Every such font must be embedded, so the PDF prints the same on any printer.
        let fonts = try printer.fonts(pdf)
        let cjk = fonts.filter { $0.contains("CJK") || $0.contains("Type 3") }
        #expect(!cjk.isEmpty, "no CJK font in the PDF:\n\(fonts.joined(separator: "\n"))")
        #expect(cjk.allSatisfy { $0.split(separator: " ").first { $0 == "yes" || $0 == "no" } == "yes" }, "\(cjk)")
        return seconds
    }

    @Test(arguments: [Language.zh, .en])
    func theFixturePrintsOneA4PagePerClassAndTeacherThenTheAppendix(_ language: Language) throws {
        try Self.printsAsSheets(Fixture.scenario, Fixture.timetable, Fixture.summary, language, name: "fixture-\(language)", appendixPages: 1...2)
    }

    /// Ten dates × six periods of long titles on one page; thirty sessions on one teacher's notice.
    @Test func theFullestClassSheetAndALongNoticeEachFitOnePage() throws {
        try Self.printsAsSheets(LargeProgramme.scenario, LargeProgramme.timetable, LargeProgramme.summary, .zh, name: "large", appendixPages: 1...1)
    }
}
