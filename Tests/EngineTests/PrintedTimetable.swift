import Domain
import Engine
import Exporters
import Foundation
import PrintCheck
import Testing
import Texts

/// A solved programme's `timetable.html` printed with headless Chromium: one A4 page per class,
/// one per teacher with sessions, then the appendix (ExportersTests/PrintTests check the layout
/// on fixtures; this checks it on a real solve, Wensu's twelve classes among them). Both
/// languages are printed: the one `solve` wrote and the other, rebuilt from timetable.csv.
enum PrintedTimetable {
    static func check(_ scenarioPath: String, out: URL) throws {
        let (printer, missing) = Printer.available()
        guard let printer else { print("print check of timetable.html skipped: " + Printer.skipped(missing)); return }
        let scenario = try #require(Workflow.load(scenarioPath).scenario)
        let timetable = try Workflow.readPublished(out.appendingPathComponent("timetable.csv").path, scenario: scenario)
        let written = try Data(contentsOf: out.appendingPathComponent("timetable.html"))
        let writtenLanguage: Language = String(decoding: written.prefix(200), as: UTF8.self).contains("<html lang=\"zh") ? .zh : .en
        let other: Language = writtenLanguage == .zh ? .en : .zh
        let rebuilt = TimetableExport.html(
            scenario: scenario, timetable: timetable, summary: SolveSummary(scenarioName: scenario.name, status: .valid),
            language: other)
        for (html, language) in [(written, writtenLanguage), (rebuilt, other)] {
            let (pdf, seconds) = try printer.print(html, name: "timetable-\(language)")
            defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
            print("PrintedTimetable: \(scenarioPath) (\(language)) printed in \(String(format: "%.2f", seconds)) s")
            let say = Wording(language)
            let groups = scenario.groups.sorted { $0.id < $1.id }
            let teachers = scenario.teachers.sorted { $0.id < $1.id }.filter { t in timetable.sessions.contains { $0.teacher == t.id } }
            let expected = PrintedSheets(
                classHeadings: groups.map { say("html.class.heading", $0.name) },
                noticeHeadings: teachers.map { say("html.notice.heading") + " · " + $0.name },
                appendixHeading: say("html.appendix"), names: groups.map(\.name), appendixPages: 1...8)
            #expect(try expected.problems(in: pdf, printer) == [], "\(scenarioPath) in \(language)")
        }
    }
}
