import Domain
import Foundation
import Testing
import Texts

@testable import Exporters

/// The files people read follow the chosen language; the machine files never do.
@Suite struct LanguageTests {
    static func files(_ language: Language, scenario: TrainingScenario = Fixture.scenario, summary: SolveSummary = Fixture.summary) -> [String: Data] {
        TimetableExport.files(scenario: scenario, timetable: Fixture.timetable, summary: summary, language: language)
    }

    /// The CSV's rows, without the byte-order mark, split naively (the cells tested hold no commas).
    static func rows(_ data: Data) -> [[String]] {
        String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast().map { $0.components(separatedBy: ",") }
    }

    @Test func machineFilesAndFileNamesAreTheSameInEveryLanguage() {
        let en = Self.files(.en), zh = Self.files(.zh)
        #expect(en.keys.sorted() == zh.keys.sorted())
        for name in ["timetable.csv", "solution.json", "report.json"] { #expect(en[name] == zh[name], "\(name) changed with the language") }
        for name in ["by-group.csv", "by-teacher.csv", "by-venue.csv", "report.txt", "coverage.csv"] {
            #expect(en[name] != zh[name], "\(name) did not follow the language")
        }
    }

    /// Per class: title, header (period column, then only the class's own dates), a row per period.
    @Test(arguments: [(Language.zh, "节次", "3月10日 星期一", "（理论导入）"), (.en, "period", "Mon 2025-03-10", " (theory introduction)")])
    func aClassGridIsItsTimetable(_ language: Language, _ corner: String, _ firstDay: String, _ theory: String) throws {
        let rows = Self.rows(Grids.csv(.group, scenario: Fixture.scenario, timetable: Fixture.timetable, language: language))
        let periods = Fixture.scenario.calendar.periods
        // g_sec: 村（社区）党组织书记班 attends 4 of the 4 teaching days; g_young 3 of them.
        #expect(rows[0] == ["村（社区）党组织书记班 (g_sec)"])
        #expect(rows[1].first == corner && rows[1].count == 5)
        #expect(rows[1][1] == firstDay)
        #expect(rows[2...5].map(\.first) == periods.map { "\($0.id) \($0.start)–\($0.end)" })
        #expect(rows[2][2].contains(theory), "\(rows[2])")
        #expect(rows[6] == [""])
        #expect(rows[7] == ["优秀年轻干部班 (g_young)"])
        #expect(rows[8].count == 4, "the young cadres attend 3 days: \(rows[8])")
        #expect(rows.count == 8 + 1 + periods.count)
    }

    @Test(arguments: Language.allCases)
    func anEntityWithNothingScheduledSaysSoInsteadOfBlanks(_ language: Language) throws {
        var scenario = Fixture.scenario
        scenario.venues.append(Venue(id: "v_spare", name: "备用教室", kind: .partySchool, site: "school", capacity: 30))
        let rows = Self.rows(Grids.csv(.venue, scenario: scenario, timetable: Fixture.timetable, language: language))
        let at = try #require(rows.firstIndex(of: ["备用教室 (v_spare)"]))
        #expect(rows[at + 1] == [Wording(language)("grid.empty.venue")])
        #expect(at + 2 == rows.count || rows[at + 2] == [""])
    }

    @Test func reportTextInChinese() throws {
        let text = String(decoding: try #require(Self.files(.zh)["report.txt"]), as: UTF8.self)
        for expected in [
            "排课报告", "方案：", "状态：", "（退出码 3）", "目标函数各项", "需求缺口", "合计", "教师授课量（节）",
            "场地使用率（节）", "田间课堂", "党校", "未排入的要求（1 项）", "观摩体验", "场地容量", "违反规则（0 处）", "已证最优：", "否",
            "“c_law”没有有空的合格教师（教师时间冲突）", "必修课和选修菜单中没有覆盖“基层治理”的课程"
        ] {
            #expect(text.contains(expected), "report.txt lacks \(expected)")
        }
        for english in [
            "Objective terms", "Teacher loads", "Unmet requirements", "Violations", "Status:", "exit code", "party_school",
            "has no qualified teacher", "no required or menu course"
        ] {
            #expect(!text.contains(english), "report.txt still says \(english)")
        }
    }

    @Test func peoplesCSVHeadersFollowTheLanguageAndEnglishKeepsTheColumnIDs() throws {
        #expect(Self.rows(try #require(Self.files(.en)["coverage.csv"]))[0] == NeedsCoverage.columns)
        let zh = Self.rows(try #require(Self.files(.zh)["coverage.csv"]))[0]
        #expect(zh.first == "班次编号" && zh.count == NeedsCoverage.columns.count)
        let zhText = String(decoding: try #require(Self.files(.zh)["coverage.csv"]), as: UTF8.self)
        #expect(zhText.contains("“c_law”没有有空的合格教师（教师时间冲突）"))

        var summary = Fixture.summary
        // Published with the theory introduction a day later in another room: it moved in date and venue.
        var published = Fixture.timetable
        let theory = try #require(published.sessions.firstIndex { $0.segment == .theory })
        published.sessions[theory].day = Fixture.day("2025-03-13")
        published.sessions[theory].venue = "v_room"
        summary.moves = Fixture.timetable.moves(from: published)
        #expect(summary.moves?.count == 1)
        let en = Self.files(.en, summary: summary), zh2 = Self.files(.zh, summary: summary)
        let enRows = Self.rows(try #require(en["changes.csv"]))
        #expect(enRows[0] == Changes.columns)
        #expect(enRows[1][5...6] == ["theory", "date+venue"])
        let zhRows = Self.rows(try #require(zh2["changes.csv"]))
        #expect(zhRows[0].first == "班次编号" && zhRows[0].count == Changes.columns.count)
        #expect(zhRows[1][5...6] == ["理论导入", "日期、场地"])
        #expect(Self.rows(try #require(en["changes-by-teacher.csv"]))[0] == ["teacher_id", "teacher_name"] + Changes.columns)
        #expect(Self.rows(try #require(zh2["changes-by-teacher.csv"]))[0].prefix(2) == ["教师编号", "教师姓名"])
        // The report's "what moved" section follows too.
        let text = String(decoding: try #require(zh2["report.txt"]), as: UTF8.self)
        #expect(text.contains("与已发布课表相比的调整（1 个课次") && text.contains("日期、场地"))
    }

    @Test func theFileGuideListsOnlyWhatWasWrittenAndWhatToOpenFirst() {
        let names = Self.files(.zh).keys.sorted()
        let zh = FileGuide.lines(names, folder: "out", language: .zh)
        #expect(zh.first == "已写入 out/：")
        #expect(zh.last == "请先打开：timetable.xlsx 或 timetable.html")
        #expect(zh.contains { $0.hasPrefix("  by-group.csv, by-teacher.csv, by-venue.csv — ") })
        #expect(zh.contains("  calendars/teachers/ — 2 位教师各一个日历文件，发给教师导入手机日历"))
        #expect(zh.contains("  calendars/classes/ — 2 个班次各一个日历文件，发给班长或班主任导入手机日历"))
        #expect(!zh.joined().contains("changes.csv"), "written only with --keep")
        // Every file written is on some line.
        let listed = zh.joined(separator: "\n")
        for name in names where !name.hasPrefix("calendars/") { #expect(listed.contains(name), "\(name) not listed") }
        // A workbook, when written, is what to open first; an unknown file is still listed.
        let en = FileGuide.lines(names.filter { $0 != "timetable.xlsx" } + ["timetable.xlsx", "extra.txt"], folder: "out/", language: .en)
        #expect(en.first == "Files written to out/:")
        #expect(en.last == "Open first: timetable.xlsx or timetable.html")
        #expect(en.contains("  extra.txt"))
        // Without a workbook (the C library could not write one) the page is what to open.
        #expect(FileGuide.lines(names.filter { $0 != "timetable.xlsx" }, folder: "out", language: .zh).last == "请先打开：timetable.html")
    }
}
