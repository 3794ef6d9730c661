import Domain
import Foundation
import Testing
import Texts

@testable import Exporters

@Suite struct HTMLPageTests {
    static func page(
        _ scenario: TrainingScenario = Fixture.scenario, _ timetable: Timetable = Fixture.timetable,
        _ summary: SolveSummary = Fixture.summary, language: Language
    ) -> String {
        String(decoding: HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary, language: language), as: UTF8.self)
    }

    /// The ids of the printed sections, in order.
    static func sections(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"page ").dropFirst().compactMap { part in
            part.components(separatedBy: "id=\"").dropFirst().first?.components(separatedBy: "\"").first
        }
    }

    /// The text of one section.
    static func section(_ html: String, _ id: String) -> String {
        html.components(separatedBy: "id=\"\(id)\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
    }

    @Test func pagesAreEachClassThenEachTeacherWithSessionsThenTheAppendix() {
        var scenario = Fixture.scenario
        scenario.teachers.append(Teacher(id: "t_idle", name: "赵闲", teaches: ["c_quote"]))
        let html = Self.page(scenario, language: .zh)
        #expect(Self.sections(html) == ["class-g_sec", "class-g_young", "teacher-t_li", "teacher-t_wang", "appendix"])
        #expect(html.contains("@page{size:A4 landscape"))
        // Only the first page opens without a page break.
        #expect(html.components(separatedBy: " first\"").count == 2)
    }

    @Test(arguments: [
        (Language.zh, "zh-CN", ["优秀年轻干部班课程表", "节次", "授课通知", "李明老师：", "教师工作量", "场地使用", "求解情况", "未排定的课程（1）"]),
        (
            .en, "en",
            ["优秀年轻干部班 — timetable", "Period", "Teaching notice", "Dear 李明,", "Teacher workload", "Venue use", "Solver statistics", "Unmet requirements (1)"]
        )
    ])
    func wordsFollowTheLanguage(_ language: Language, _ tag: String, _ words: [String]) {
        let html = Self.page(language: language)
        #expect(html.contains("<html lang=\"\(tag)\">"))
        for word in words { #expect(html.contains(word), "\(word)") }
        #expect(!html.contains("html."), "a catalogue key shown instead of its text")
    }

    /// A class's sheet: periods as rows under their names, only the class's own dates as columns,
    /// a session over two periods one cell spanning both.
    @Test func aClassSheetIsItsOwn课程表() {
        let young = Self.section(Self.page(language: .zh), "class-g_young")
        #expect(young.contains("<th>3月10日<br>星期一</th><th>3月11日<br>星期二</th><th>3月13日<br>星期四</th></tr>"))
        #expect(!young.contains("3月14日<br>"))
        #expect(young.contains("2025年3月10日至3月13日，共3个教学日"))
        #expect(young.contains("<td class=\"busy\" rowspan=\"2\"><div class=\"course\">习近平新时代中国特色社会主义思想专题</div><div>党校报告厅</div><div>李明</div></td>"))
        #expect(young.components(separatedBy: "<tr style=").count - 1 == Fixture.scenario.calendar.periods.count)
    }

    /// A teacher's notice lists their sessions in date order with time, classes and venue with its site.
    @Test func aNoticeListsTheTeachersSessionsInOrder() {
        let li = Self.section(Self.page(language: .zh), "teacher-t_li")
        #expect(li.contains("您在温宿县2025年春季乡镇干部培训中承担授课4次（共7课时），时间为2025年3月10日至2025年3月14日。"))
        let rows = li.components(separatedBy: "<tr>").dropFirst(2).map { $0.components(separatedBy: "</td>").first ?? "" }
        #expect(rows == ["<td>3月10日", "<td>3月10日", "<td>3月11日", "<td>3月14日"])
        #expect(li.contains("<td>3月11日</td><td>星期二</td><td>08:30–10:00</td><td>&quot;枫桥经验&quot;与基层治理</td><td>优秀年轻干部班</td><td>研讨室, 二楼（县委党校）</td></tr>"))
        #expect(!li.contains("调整"), "no change column without --keep")
    }

    /// After `--keep`: a session that moved says what changed and where it was; one taken over
    /// from a colleague says it is new; one handed over is struck through with who has it now.
    @Test func aNoticeMarksChangesAfterKeep() {
        // The published timetable had s03 on Monday afternoon in the hall and s04 with 李明.
        var published = Fixture.timetable
        published.sessions[2].day = Fixture.day("2025-03-10")
        published.sessions[2].firstPeriod = 2
        published.sessions[2].venue = "v_hall"
        published.sessions[3].teacher = "t_li"
        var summary = Fixture.summary
        summary.moves = Fixture.timetable.moves(from: published)
        #expect(summary.moves?.count == 2)
        let html = Self.page(Fixture.scenario, Fixture.timetable, summary, language: .zh)
        let li = Self.section(html, "teacher-t_li"), wang = Self.section(html, "teacher-t_wang")
        #expect(li.contains("<th>调整</th>"))
        #expect(li.contains("<tr class=\"changed\"><td>3月11日</td>"))
        #expect(li.contains("已调整（日期、时间、地点），原为3月10日 星期一 14:30–16:00 党校报告厅"))
        #expect(
            li.contains(
                "<tr class=\"gone\"><td>3月13日</td><td>星期四</td><td>10:15–11:45</td><td>=1+1 研讨课</td><td>优秀年轻干部班</td><td>指尖课堂</td><td class=\"change\">改由王芳讲授</td></tr>"
            ))
        #expect(wang.contains("新安排给您"))
        #expect(li.components(separatedBy: "<tr class=\"changed\">").count - 1 == 1)
        #expect(Self.section(html, "appendix").contains("<tr><th>相对已发布课表调整的课次</th><td>2</td></tr>"))
    }

    @Test func theAppendixHoldsWorkloadVenuesAndSolverStatistics() {
        let appendix = Self.section(Self.page(language: .zh), "appendix")
        #expect(appendix.contains("<td>李明 (t_li)</td><td class=\"num\">4</td><td class=\"num\">7</td>"))
        #expect(appendix.contains("<td>红旗村田间课堂 (v_field)</td><td>田间课堂</td><td>红旗村</td>"))
        #expect(appendix.contains("<tr><th>状态</th><td>部分课程未能排定，其余课表完整（退出码 3）</td></tr>"))
        #expect(appendix.contains("<tr><th>差距</th><td>2.79 %</td></tr>"))
        #expect(appendix.contains("红旗村田间课堂 holds 40"))
    }

    /// The font of a class's sheet shrinks as its dates and periods grow, so the sheet stays on one page.
    @Test func theFullestSheetGetsASmallerFont() throws {
        let look = Lookup(LargeProgramme.scenario, LargeProgramme.timetable)
        let full = try #require(TimetableSheet.sheets(.group, look).first)
        let small = try #require(TimetableSheet.sheets(.group, Lookup(Fixture.scenario, Fixture.timetable)).first)
        let fullFit = HTMLPage.ClassLayout(full, look, .chinese)
        let smallFit = HTMLPage.ClassLayout(small, Lookup(Fixture.scenario, Fixture.timetable), .chinese)
        #expect(fullFit.points < smallFit.points)
        #expect(fullFit.points >= 6)
        #expect(fullFit.rowHeight * 6 < HTMLPage.pageHeight)
    }
}
