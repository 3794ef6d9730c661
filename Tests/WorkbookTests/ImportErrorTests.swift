import Foundation
import Scenario
import Testing
import Texts

@testable import Workbook

/// Every problem in a workbook is reported at its cell, in the planner's language, and all of
/// them at once.
@Suite struct ImportErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var sheet: String, row: Int, column: Int, value: String
        var location: String, message: String
        /// A whole row added below the sheet's own, instead of one cell changed.
        var added: [String]? = nil
        var description: String { "\(sheet)!\(row),\(column) = \(value)" }
    }

    /// The Chinese template with one cell changed.
    static func sheets(_ edit: Case) -> [Sheet] {
        var sheets = Template.sheets(.chinese).map { Sheet(name: $0.name, rows: $0.rows, origin: .workbook(path: "名册.xlsx")) }
        let n = sheets.firstIndex { $0.name == edit.sheet }!
        if let added = edit.added { sheets[n].rows.append(added); return sheets }
        while sheets[n].rows.count <= edit.row { sheets[n].rows.append([]) }
        while sheets[n].rows[edit.row].count <= edit.column { sheets[n].rows[edit.row].append("") }
        sheets[n].rows[edit.row][edit.column] = edit.value
        return sheets
    }

    static let cases: [Case] = [
        Case(sheet: "项目", row: 4, column: 1, value: "2025/2/30", location: "名册.xlsx:项目!B5", message: "“2025/2/30”不是日期"),
        Case(sheet: "课时", row: 1, column: 2, value: "十点", location: "名册.xlsx:课时!C2", message: "“十点”不是时间"),
        Case(sheet: "场地", row: 2, column: 2, value: "礼堂", location: "名册.xlsx:场地!C3", message: "“礼堂”不是“类型”的可选值 — 请用：党校、产业园区"),
        Case(sheet: "场地", row: 1, column: 4, value: "一百", location: "名册.xlsx:场地!E2", message: "“一百”不是整数"),
        Case(sheet: "课程", row: 1, column: 7, value: "也许", location: "名册.xlsx:课程!H2", message: "“也许”既不是“是”也不是“否”"),
        Case(sheet: "课程", row: 1, column: 6, value: "theory 5", location: "名册.xlsx:课程!G2", message: "“theory 5”不是“专题:分数”"),
        Case(
            sheet: "五有环节", row: 0, column: 0, value: "", location: "名册.xlsx:五有环节!A7", message: "工作表“课程”中没有课程“no_such_unit”",
            added: ["no_such_unit", "理论导入", "1"]),
        Case(
            sheet: "五有环节", row: 0, column: 0, value: "", location: "名册.xlsx:五有环节!B7", message: "课程“walnut_unit”的环节“理论”填了两次",
            added: ["walnut_unit", "理论", "1"]),
        Case(sheet: "不可用时间", row: 1, column: 1, value: "nobody", location: "名册.xlsx:不可用时间!B2", message: "工作表“场地”中没有场地“nobody”"),
        Case(sheet: "不可用时间", row: 1, column: 3, value: "2025-03-12", location: "名册.xlsx:不可用时间!A2", message: "请填一个日期，或起始日期和截止日期"),
        Case(sheet: "目标权重", row: 1, column: 1, value: "很多", location: "名册.xlsx:目标权重!B2", message: "“很多”不是数字"),
        Case(sheet: "项目", row: 7, column: 0, value: "负责人", location: "名册.xlsx:项目!A8", message: "“负责人”不是工作表“项目”的项目"),
        // Found once the scenario is built, by the loader, and pointed back at the cell.
        Case(sheet: "项目", row: 5, column: 1, value: "", location: "名册.xlsx:项目!B6", message: "'end' of the calendar has no value"),
        Case(sheet: "教师", row: 1, column: 2, value: "xi_thought, governanse", location: "名册.xlsx:教师!C2", message: "unknown course 'governanse'"),
        Case(sheet: "班级", row: 2, column: 3, value: "0", location: "名册.xlsx:班级!D3", message: "'size' of group 'young' must be at least 1"),
        // The loader names the period as a whole: its row.
        Case(sheet: "课时", row: 2, column: 2, value: "11:00", location: "名册.xlsx:课时!A3", message: "period 'am2' (11:00–13:15) overlaps period 'am1'"),
        Case(
            sheet: "场地", row: 0, column: 0, value: "", location: "名册.xlsx:场地!A6", message: "duplicate venue id 'ps_hall'",
            added: ["ps_hall", "另一个礼堂", "党校", "town", "100"])
    ]

    @Test(arguments: cases)
    func aBadCellIsNamed(_ c: Case) throws {
        let imported = WorkbookImport.read(Self.sheets(c), wording: .chinese).checked(as: "s.yaml", .chinese)
        let errors = imported.diagnostics.filter(\.isError)
        #expect(errors.count == 1, "\(imported.rendered)")
        let e = try #require(errors.first)
        #expect(e.cell?.description == c.location, "\(imported.rendered)")
        #expect(e.message.contains(c.message), "\(e.message)")
        #expect(e.rendered.hasPrefix("\(c.location): error: "))
        #expect(imported.scenario == nil)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        var sheets = Self.sheets(Self.cases[0])
        for c in Self.cases.dropFirst().prefix(5) {
            let n = sheets.firstIndex { $0.name == c.sheet }!
            sheets[n].rows[c.row][c.column] = c.value
        }
        let imported = WorkbookImport.read(sheets, wording: .chinese).checked(as: "s.yaml", .chinese)
        // In the workbook's order: sheet by sheet, row by row, column by column.
        #expect(
            imported.diagnostics.filter(\.isError).compactMap(\.cell?.description)
                == ["名册.xlsx:项目!B5", "名册.xlsx:课时!C2", "名册.xlsx:场地!E2", "名册.xlsx:场地!C3", "名册.xlsx:课程!G2", "名册.xlsx:课程!H2"])
    }

    @Test func csvCellsAreNamedByFileLineAndColumn() {
        let sheet = Sheet(name: "教师", rows: [["编号"], ["x"]], origin: .csv(path: "名册/教师.csv"))
        #expect(sheet.cell(6, 2).description == "名册/教师.csv:7:3")
        #expect(CellLocation.letters(0) == "A" && CellLocation.letters(25) == "Z" && CellLocation.letters(26) == "AA" && CellLocation.letters(701) == "ZZ")
    }

    @Test func missingSheetsAndColumnsAreNamed() {
        var sheets = Template.sheets(.english).map { Sheet(name: $0.name, rows: $0.rows, origin: .workbook(path: "b.xlsx")) }
        sheets.removeAll { $0.name == "periods" }
        let t = sheets.firstIndex { $0.name == "teachers" }!
        sheets[t].rows = sheets[t].rows.map { Array($0.prefix(2)) + ["remark"] }
        sheets.append(Sheet(name: "budget", rows: [["item", "yuan"], ["bus", "300"]], origin: .workbook(path: "b.xlsx")))
        let r = WorkbookImport.read(sheets, wording: .english).rendered
        #expect(r.contains("b.xlsx: error: the workbook has no sheet 'periods'"))
        #expect(r.contains("b.xlsx:teachers!D1: error: sheet 'teachers' has no column 'teaches'"))
        #expect(r.contains("b.xlsx:budget!A1: warning: sheet 'budget' is not part of a scenario and is not read"))
        #expect(!r.contains("remark"))
    }

    /// A title row or two above the header, as planners head their sheets, is passed over;
    /// cells keep their places, so messages still name the right row.
    @Test func titleRowsAboveTheHeaderArePassedOver() {
        var sheets = Template.sheets(.chinese).map { Sheet(name: $0.name, rows: $0.rows, origin: .workbook(path: "名册.xlsx")) }
        let t = sheets.firstIndex { $0.name == "教师" }!
        sheets[t].rows.insert(contentsOf: [["某县乡镇干部培训 教师名册"], []], at: 0)
        #expect(WorkbookImport.read(sheets, wording: .chinese).checked(as: "s.yaml", .chinese).scenario == Template.scenario(.chinese))
        sheets[t].rows[3][4] = "四"
        let imported = WorkbookImport.read(sheets, wording: .chinese)
        #expect(imported.diagnostics.map(\.rendered) == ["名册.xlsx:教师!E4: error: “四”不是整数\n"])
    }

    /// The programme and objective sheets read without their header row too.
    @Test func aFieldListWithoutItsHeaderRowReads() {
        var sheets = Template.sheets(.chinese)
        for n in sheets.indices where SheetKind.kind(named: sheets[n].name)?.isFieldList == true { sheets[n].rows.removeFirst() }
        let imported = WorkbookImport.read(sheets, wording: .chinese).checked(as: "s.yaml", .chinese)
        #expect(imported.scenario == Template.scenario(.chinese), "\(imported.rendered)")
    }

    @Test func sheetsAndColumnsMayBeNamedInEitherLanguage() throws {
        // English sheet names with Chinese column headers, columns in another order, values in Chinese.
        var sheets = Template.sheets(.chinese)
        let zh = Template.sheets(.chinese)
        for (n, kind) in SheetKind.allCases.enumerated() { sheets[n].name = kind.name(.english) }
        let t = sheets.firstIndex { $0.name == "teachers" }!
        sheets[t].rows = zh[t].rows.map { [$0[1], $0[0]] + $0.dropFirst(2) }
        let imported = WorkbookImport.read(sheets, wording: .english).checked(as: "s.yaml", .english)
        #expect(imported.scenario == Template.scenario(.chinese), "\(imported.rendered)")
    }

    @Test func aVariantIsRefused() {
        let variant = Paths.repo.appendingPathComponent("Tests/ScenarioTests/Fixtures/variants/repair.yaml").path
        guard case let .invalid(message) = ScenarioWorkbook.export(scenario: variant, to: Paths.temporary().path, language: { _ in .en }) else {
            Issue.record("a variant was written as a workbook"); return
        }
        #expect(message.hasPrefix("\(variant): error: a what-if variant (base: and changes:) has no workbook of its own"))
        guard case let .invalid(zh) = ScenarioWorkbook.export(scenario: variant, to: Paths.temporary().path, language: { _ in .zh }) else { return }
        #expect(zh.contains("方案比较文件"))
    }
}
