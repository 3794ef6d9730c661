import Foundation
import Testing

/// `paike init`, `paike import` and `paike workbook` as a planner runs them.
@Suite struct WorkbookCommandTests {
    /// The template starts a planner off: it validates, its workbook imports, and it solves.
    @Test func initImportAndSolveTheTemplate() throws {
        let dir = CLI.temporaryDirectory().appendingPathComponent("start")
        let made = try CLI.run(["init", "--lang", "zh", "--out", dir.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("scenario.yaml（带注释的场景文件）"))
        let imported = try CLI.run(["import", dir.appendingPathComponent("scenario.xlsx").path, "--out", dir.appendingPathComponent("from-book.yaml").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("是有效的场景"), "the workbook says language zh: \(imported.stdout)")
        let solved = try CLI.run([
            "solve", dir.appendingPathComponent("from-book.yaml").path, "--out", dir.appendingPathComponent("out").path, "--time-limit", "3"
        ])
        #expect(solved.status == 0, "\(solved.stdout)\(solved.stderr)")
        let again = try CLI.run(["init", "--out", dir.path])
        #expect(again.status == 2 && again.stderr.contains("exists already"), "\(again.stderr)")
    }

    @Test func wensuGoesToAWorkbookAndBack() throws {
        let dir = CLI.temporaryDirectory()
        let book = dir.appendingPathComponent("wensu.xlsx").path
        let written = try CLI.run(["workbook", "Scenarios/wensu/wensu.yaml", "--out", book, "--lang", "en"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("25 teachers, 19 venues, 28 courses, 12 groups"))
        let back = try CLI.run(["import", book, "--out", dir.appendingPathComponent("wensu.yaml").path])
        #expect(back.status == 0, "\(back.stderr)")
        let validated = try CLI.run(["validate", dir.appendingPathComponent("wensu.yaml").path])
        #expect(validated.stdout.contains("ok — 12 groups, 25 teachers, 19 venues, 28 courses, 10 teaching days"))
    }

    @Test func aBadWorkbookIsNamedCellByCellAndNothingIsWritten() throws {
        let dir = CLI.temporaryDirectory()
        let book = dir.appendingPathComponent("book")
        #expect(try CLI.run(["init", "--lang", "en", "--out", dir.path]).status == 0)
        #expect(try CLI.run(["workbook", dir.appendingPathComponent("scenario.yaml").path, "--out", book.path]).status == 0)
        let venues = book.appendingPathComponent("venues.csv")
        let text = try String(contentsOf: venues, encoding: .utf8).replacingOccurrences(of: ",120", with: ",a hundred")
        try text.write(to: venues, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("s.yaml")
        let r = try CLI.run(["import", book.path, "--out", out.path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(book.path)/venues.csv:2:5: error: 'a hundred' is not a whole number"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aVariantHasNoWorkbook() throws {
        let r = try CLI.run(["workbook", "Scenarios/wensu/hall_closed_week1.yaml", "--out", CLI.temporaryDirectory().path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "Scenarios/wensu/hall_closed_week1.yaml: error: a what-if variant (base: and changes:) has no workbook of its own — write its base"),
            "\(r.stderr)")
    }

    @Test func aFileThatCannotBeWrittenExitsOne() throws {
        let r = try CLI.run(["workbook", "Scenarios/wensu/wensu.yaml", "--out", "/no/such/folder/w.xlsx"])
        #expect(r.status == 1 && r.stderr.hasPrefix("/no/such/folder/w.xlsx: error: "), "\(r.stderr)")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let r = try CLI.run(["init", "--lang", "fr", "--out", CLI.temporaryDirectory().path])
        #expect(r.status == 64)
    }
}
