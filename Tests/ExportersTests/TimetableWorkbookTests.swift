import Domain
import Foundation
import Spreadsheet
import Testing
import Texts

@testable import Exporters

/// timetable.xlsx read back with the Spreadsheet reader.
@Suite struct TimetableWorkbookTests {
    /// The fixture's workbook in each language, written once for the suite.
    static let written: [Language: Data] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (
                language,
                TimetableExport.files(
                    scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary,
                    language: language)["timetable.xlsx"] ?? Data()
            )
        })

    static func read(_ language: Language, timetable: Timetable? = nil) throws -> XLSXReader {
        guard let timetable else { return try XLSXReader(data: try #require(written[language])) }
        let files = TimetableExport.files(
            scenario: Fixture.scenario, timetable: timetable, summary: Fixture.summary,
            language: language)
        return try XLSXReader(data: try #require(files["timetable.xlsx"]))
    }

    @Test func oneSheetPerClassTeacherAndVenueThenTheListAndTheWorkload() throws {
        #expect(
            try Self.read(.zh).sheetNames == [
                "村（社区）党组织书记班", "优秀年轻干部班", "教师 李明", "教师 王芳",
                "场地 红旗村田间课堂", "场地 党校报告厅", "场地 指尖课堂", "场地 研讨室, 二楼", "课程总表", "教师课时"
            ])
        #expect(try Self.read(.en).sheetNames.suffix(4) == ["Venue 指尖课堂", "Venue 研讨室, 二楼", "All sessions", "Teacher workload"])
    }

    @Test func aClassSheetIsItsTimetableWithPeriodsDownAndItsOwnDatesAcross() throws {
        let sheet = try Self.read(.zh).sheet(named: "村（社区）党组织书记班")
        #expect(sheet["A1"] == "温宿县2025年春季乡镇干部培训　村（社区）党组织书记班 (g_sec)　课程表")
        // The class has sessions on four of the four teaching days; the 12th is a holiday.
        #expect((1...5).map { sheet[2, $0] } == ["节次", "3月10日 星期一", "3月11日 星期二", "3月13日 星期四", "3月14日 星期五"])
        #expect((3...6).map { sheet[$0, 1] } == ["am1\n08:30–10:00", "am2\n10:15–11:45", "pm1\n14:30–16:00", "pm2\n16:15–17:45"])
        #expect(sheet["B3"] == "习近平新时代中国特色社会主义思想专题\n党校报告厅\n李明")
        #expect(sheet["B4"] == nil, "a two-period session is one merged cell")
        #expect(sheet["C3"] == "田间课堂：现代农业产业园现场教学（理论导入）\n党校报告厅\n王芳")
        #expect(sheet["C5"] == "田间课堂：现代农业产业园现场教学（观摩体验）\n红旗村田间课堂", "a part nobody teaches names no teacher")
        #expect(sheet["D4"] == nil)
        #expect(sheet.lastColumn == 5 && sheet.lastRow == 6)

        let young = try Self.read(.en).sheet(named: "优秀年轻干部班")
        #expect((1...4).map { young[2, $0] } == ["Period", "Mon 2025-03-10", "Tue 2025-03-11", "Thu 2025-03-13"])
    }

    @Test func teacherAndVenueSheetsNameTheClasses() throws {
        let reader = try Self.read(.zh)
        let teacher = try reader.sheet(named: "教师 李明")
        #expect(teacher["B3"] == "习近平新时代中国特色社会主义思想专题\n村（社区）党组织书记班、优秀年轻干部班\n党校报告厅")
        let venue = try reader.sheet(named: "场地 指尖课堂")
        #expect(venue[2, 2] == "3月13日 星期四")
        #expect(venue["B4"] == "=1+1 研讨课\n优秀年轻干部班\n王芳")
    }

    @Test func theListHoldsTimetableCSVsRowsUnderLocalisedHeadings() throws {
        let csv = TimetableCSV.rows(scenario: Fixture.scenario, timetable: Fixture.timetable)
        let list = try Self.read(.zh).sheet(named: "课程总表")
        #expect(list.lastRow == csv.count)
        #expect(list[1, 1] == "日期" && list[1, 6] == "班次编号" && list[1, 17] == "课次编号")
        let columns = TimetableCSV.columns
        for (r, row) in csv.enumerated().dropFirst() {
            for name in ["date", "period", "start", "group_id", "course_id", "course_title", "teacher_id", "venue_id", "session_id", "occurrence"] {
                let c = try #require(columns.firstIndex(of: name))
                #expect(list[r + 1, c + 1] ?? "" == row[c], "row \(r + 1), \(name)")
            }
        }
        #expect(list[2, 2] == "星期一")
        let segments = Set((2...list.lastRow).compactMap { list[$0, 11] })
        #expect(segments == ["理论导入", "现场讲解", "观摩体验", "活动交流", "总结提炼"])
    }

    @Test func theWorkloadCountsPeriodsPerTeacherAndDay() throws {
        let workload = try Self.read(.en).sheet(named: "Teacher workload")
        #expect(
            workload.rows == [
                [
                    "Teacher id", "Teacher", "Sessions", "Periods", "Most periods in one day",
                    "Day limit (max_periods_per_day)", "Total limit (max_periods)"
                ],
                ["t_li", "李明", "4", "7", "4", "4", "20"],
                ["t_wang", "王芳", "5", "5", "3", "4", ""]
            ])
    }

    @Test func anEmptyTimetableStillGivesEverySheet() throws {
        let reader = try Self.read(.en, timetable: Timetable(sessions: [], unmet: []))
        #expect(reader.sheetNames.count == 10)
        #expect(try reader.sheet(named: "优秀年轻干部班")["A3"] == "No sessions scheduled.")
        #expect(try reader.sheet(named: "All sessions").lastRow == 1)
    }

    @Test func longSheetNamesLoseTheirBracketedPartFirst() {
        #expect(TimetableWorkbook.shortened("乡镇党政班子成员第四期（依希来木其乡、古勒阿瓦提乡、博孜墩柯尔克孜族乡）") == "乡镇党政班子成员第四期")
        #expect(TimetableWorkbook.shortened("Venue Hongqi village field classroom (greenhouse)") == "Venue Hongqi village field classroom")
        #expect(TimetableWorkbook.shortened("优秀年轻干部第一期（温宿镇、共青团镇）") == "优秀年轻干部第一期（温宿镇、共青团镇）")
        #expect(TimetableWorkbook.shortened(String(repeating: "长", count: 40)) == String(repeating: "长", count: 40))
    }

    @Test func theSameTimetableGivesTheSameBytes() throws {
        let once = TimetableExport.workbook(scenario: Fixture.scenario, timetable: Fixture.timetable, language: .zh)
        let twice = TimetableExport.workbook(scenario: Fixture.scenario, timetable: Fixture.timetable, language: .zh)
        #expect(once != nil && once == twice)
        #expect(once != TimetableExport.workbook(scenario: Fixture.scenario, timetable: Fixture.timetable, language: .en))
    }
}
