import Foundation
import Testing
import ZIPFoundation

@testable import Spreadsheet

/// Workbooks written with `Workbook` and read back with `XLSXReader` (one at a time, so the
/// temporary-file check sees only its own).
@Suite(.serialized) struct RoundTripTests {
    static func sample() -> Workbook {
        var timetable = Worksheet(name: "课程表 第一期")
        timetable.write(row: 1, ["日期", "节次", "课程"], style: .header)
        timetable.write(.date(year: 2026, month: 3, day: 2), row: 2, column: 1)
        timetable.write(1, row: 2, column: 2)
        timetable.write("习近平新时代中国特色社会主义思想\n党校 · 张老师", row: 2, column: 3, style: .gridCell)
        timetable.write(.number(2.5), row: 3, column: 2)
        timetable.write(.boolean(true), row: 3, column: 3)
        timetable.write("", row: 4, column: 1, style: .bordered)
        timetable.write("=SUM(A1)", row: 5, column: 1)
        timetable.merge(rows: 7...7, columns: 1...3, "合并标题", style: .bold)
        timetable.setWidth(24, column: 3)
        timetable.setHeight(40, row: 2)
        timetable.frozenRows = 1
        timetable.frozenColumns = 1
        timetable.printing = .a4Landscape(repeatingRows: 1)
        timetable.autoFilter = (row: 1, columns: 1...3)
        var second = Worksheet(name: "课程表 第一期")
        second.write("_x0041_ and a\u{1} control", row: 3, column: 28)
        return Workbook(sheets: [timetable, second, Worksheet(name: "Empty/[1]")], title: "课程表")
    }

    @Test func whatIsWrittenReadsBack() throws {
        let reader = try XLSXReader(data: Self.sample().data())
        #expect(reader.sheetNames == ["课程表 第一期", "课程表 第一期 (2)", "Empty__1_"])
        let first = try reader.sheet(named: "课程表 第一期")
        #expect(first["A1"] == "日期")
        #expect(first[1, 3] == "课程")
        #expect(first["A2"] == "2026-03-02")
        #expect(first["B2"] == "1")
        #expect(first["C2"] == "习近平新时代中国特色社会主义思想\n党校 · 张老师")
        #expect(first["B3"] == "2.5")
        #expect(first["C3"] == "TRUE")
        #expect(first["A4"] == nil, "an empty text is an empty cell")
        #expect(first["A5"] == "=SUM(A1)", "text that looks like a formula stays text")
        #expect(first["A7"] == "合并标题")
        #expect(first["B7"] == nil)
        #expect(first.cells.first == ReadCell(reference: "A1", row: 1, column: 1, value: "日期"))
        #expect(first.cells.map(\.reference) == ["A1", "B1", "C1", "A2", "B2", "C2", "B3", "C3", "A5", "A7"])
        #expect(first.rows.count == 7 && first.rows[1] == ["2026-03-02", "1", "习近平新时代中国特色社会主义思想\n党校 · 张老师"])
        let second = try reader.sheet(named: "课程表 第一期 (2)")
        #expect(second.cells == [ReadCell(reference: "AB3", row: 3, column: 28, value: "_x0041_ and a\u{1} control")])
        #expect(try reader.sheet(named: "Empty__1_").cells.isEmpty)
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try Self.sample().data()
        let second = try Self.sample().data()
        #expect(first == second)
        #expect(first.count > 1000)
        // Two writes within one second would match even with the clock in them: look at the time.
        let text = try Self.part("docProps/core.xml", of: first)
        #expect(text.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
    }

    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(try #require(archive[path])) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func layoutAndPrintSettingsReachTheFile() throws {
        let data = try Self.sample().data()
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: data)
        for piece in [
            #"<pane xSplit="1" ySplit="1" topLeftCell="B2""#, #"<autoFilter ref="A1:C7"/>"#,
            #"<mergeCell ref="A7:C7"/>"#, #"<col min="3" max="3" width="24.7109375" customWidth="1"/>"#,
            #"ht="40" customHeight="1""#, #"<pageSetUpPr fitToPage="1"/>"#,
            #"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>"#
        ] {
            #expect(sheet.contains(piece), "sheet1.xml lacks \(piece)")
        }
        let workbook = try Self.part("xl/workbook.xml", of: data)
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'课程表 第一期'!$1:$1</definedName>"#))
        let styles = try Self.part("xl/styles.xml", of: data)
        #expect(styles.contains(#"formatCode="yyyy-mm-dd""#) && styles.contains("<b/>") && styles.contains("wrapText=\"1\""))
    }

    @Test func noTemporaryFileIsLeftBehind() throws {
        let temporary = FileManager.default.temporaryDirectory
        func leftovers() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("paike-xlsx-") })
        }
        let before = try leftovers()
        _ = try Self.sample().data()
        var tooLong = Worksheet(name: "x")
        tooLong.write(.text(String(repeating: "长", count: 11_000)), row: 1, column: 1)
        #expect(throws: SpreadsheetError.textTooLong(sheet: "x", cell: "A1")) { try Workbook(sheets: [tooLong]).data() }
        #expect(try leftovers() == before)
    }
}
