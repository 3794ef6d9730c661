import Domain
import Foundation
import Scenario
import Testing
import Texts

@testable import Workbook

/// CSV folders as Excel and WPS save them: UTF-8 with or without a byte-order mark, or GBK.
@Suite struct CSVFolderTests {
    @Test func utf8WithAndWithoutMarkAndGBKReadAlike() throws {
        let text = "编号,姓名\r\nwang_li,王丽\r\n"
        let gbk: [UInt8] = [0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A] + Array("wang_li,".utf8) + [0xCD, 0xF5, 0xC0, 0xF6, 0x0D, 0x0A]
        for data in [Data(text.utf8), Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), Data(gbk)] {
            #expect(CSVFolder.parse(CSVFolder.decode(data)) == [["编号", "姓名"], ["wang_li", "王丽"]])
        }
    }

    @Test func quotingFollowsRFC4180() {
        let rows = CSVFolder.parse("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,'=SUM(A1)\nlast")
        #expect(rows == [["a", "b, c", "say \"hi\""], ["two\nlines", "", "=SUM(A1)"], ["last"]])
    }

    @Test func writtenFilesReadBack() throws {
        let folder = Paths.temporary()
        let rows = [["编号", "名称"], ["x", "a, \"b\""], ["y", "=1+1"], ["z", "两行\n文字"]]
        try CSVFolder.write([Sheet(name: "地点", rows: rows, origin: .workbook(path: ""))], to: folder.path)
        let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("地点.csv").path))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: data, as: UTF8.self).contains("'=1+1"))
        let back = try CSVFolder.read(folder.path)
        #expect(back.map(\.name) == ["地点"] && back[0].rows == rows)
    }

    /// A roster saved from Excel on Chinese Windows: GBK, dates as 2025年3月10日, 2025/3/14 and
    /// Excel day numbers, weekdays as 周一, categories as 村书记, segments as 理论 … 总结, 老师, √.
    @Test func aGBKRosterWithChineseAliasesImports() throws {
        let sheets = try CSVFolder.read(Paths.fixtures.appendingPathComponent("roster-gbk").path)
        let imported = WorkbookImport.read(sheets, wording: .chinese).checked(as: "roster.yaml", .chinese)
        #expect(imported.diagnostics.isEmpty, "\(imported.rendered)")
        var expected = Template.scenario(.chinese)
        expected.groups[0].name = "村书记班"
        expected.groups[1].name = "年轻干部班"
        #expect(imported.scenario == expected)
        #expect(WorkbookImport.declaredLanguage(sheets) == .zh)
    }
}

/// A workbook as Excel saves it when a planner types into it: dates and times as numbers with a
/// date or time format, counts as `45.0`, text in the shared-string table.
@Suite struct TypedWorkbookTests {
    @Test func datesTimesAndNumbersTypedInExcelImport() throws {
        let path = Paths.fixtures.appendingPathComponent("typed-in-excel.xlsx").path
        let sheets = try WorkbookFiles.read(path)
        #expect(sheets.count == 15 && sheets[0].origin == .workbook(path: path))
        let imported = WorkbookImport.read(sheets, wording: .chinese).checked(as: "typed.yaml", .chinese)
        #expect(imported.diagnostics.isEmpty, "\(imported.rendered)")
        #expect(imported.scenario == Template.scenario(.chinese))
    }

    @Test func aFileThatIsNoWorkbookIsNamed() throws {
        let file = Paths.temporary().appendingPathComponent("roster.xls")
        try Data("not a zip".utf8).write(to: file)
        guard case let .failure(f) = ScenarioWorkbook.sheets(file.path, .english) else { Issue.record("read"); return }
        #expect(f.message == "\(file.path): error: not a workbook (.xlsx) or a folder of .csv files")
    }
}
