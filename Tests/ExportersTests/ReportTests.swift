import Domain
import Foundation
import Testing

@testable import Exporters

@Suite struct ReportTests {
    let report = Report.build(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)

    @Test func elapsedOnlyWhenGiven() throws {
        #expect(!report.text().contains("Elapsed"))
        #expect(!String(decoding: report.json(), as: UTF8.self).contains("elapsed"))
        var summary = Fixture.summary
        summary.elapsedSeconds = 12.3456
        let timed = Report.build(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: summary)
        #expect(timed.text().contains("Elapsed:     12.35 s"))
        let json = try JSONSerialization.jsonObject(with: timed.json()) as! [String: Any]
        #expect(json["elapsed_seconds"] as? Double == 12.3456)
    }

    @Test func historyOnlyWhenGiven() throws {
        #expect(!String(decoding: report.json(), as: UTF8.self).contains("history"))
        var summary = Fixture.summary
        summary.history = [
            ProgressPoint(seconds: 0.5, objective: 900, bound: nil, phase: "greedy start"),
            ProgressPoint(seconds: 2.25, objective: 850.5, bound: 800, phase: "done")
        ]
        let timed = Report.build(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: summary)
        let json = try JSONSerialization.jsonObject(with: timed.json()) as! [String: Any]
        let points = try #require(json["history"] as? [[String: Any]])
        #expect(points.count == 2)
        #expect(points[0]["objective"] as? Double == 900 && points[0]["bound"] is NSNull && points[0]["phase"] as? String == "greedy start")
        #expect(points[1]["seconds"] as? Double == 2.25 && points[1]["bound"] as? Double == 800)
    }

    @Test func loadsAndUtilisation() {
        let li = report.teachers.first { $0.id == "t_li" }!
        #expect((li.sessions, li.periods, li.busiestDayPeriods) == (4, 7, 4))
        let wang = report.teachers.first { $0.id == "t_wang" }!
        #expect((wang.sessions, wang.periods, wang.busiestDayPeriods) == (5, 5, 3))
        // Four teaching days × four periods; the field classroom is closed on 2025-03-14.
        let field = report.venues.first { $0.id == "v_field" }!
        #expect((field.periodsUsed, field.periodsAvailable) == (3, 12))
        let sec = report.groups.first { $0.id == "g_sec" }!
        #expect((sec.sessions, sec.periods, sec.periodsRequired) == (8, 11, 2 + 4 + 5))
        let need = report.needs.first { $0.group == "g_sec" && $0.topic == "乡村振兴" }!
        #expect((need.coverage, need.potential, need.courses) == (5, 5, ["c_case", "c_farm"]))
        let young = report.needShares.first { $0.group == "g_young" }!
        #expect((young.met, young.potential) == (0.4, 0.8) && young.heldBackBy.contains("TeacherClash"))
    }

    @Test(arguments: [(SolveStatus.valid, 0), (.unmet, 3), (.none, 4)])
    func statusInWordsWithExitCode(_ status: SolveStatus, _ code: Int) {
        var summary = Fixture.summary
        summary.status = status
        let text = Report.build(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: summary).text()
        #expect(text.contains("Status:      \(status.rawValue): "))
        #expect(text.contains("(exit code \(code))"))
    }

    @Test func missingNumbersAreNullInJSON() throws {
        var summary = Fixture.summary
        summary.objective = nil; summary.bound = nil; summary.gap = nil
        let json = String(decoding: Report.build(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: summary).json(), as: UTF8.self)
        #expect(json.contains("\"objective\" : null"))
        #expect(json.contains("\"gap_percent\" : null"))
    }

    @Test(arguments: [("李明", 4), ("ab", 2), ("村（社区）", 10), ("—", 1), ("", 0)])
    func displayWidth(_ text: String, _ width: Int) { #expect(DisplayWidth.of(text) == width) }

    @Test func tableColumnsLineUpWithChinese() {
        let out = TextTable.render([["id", "name", "n"], ["t_li", "李明", "7"], ["t_x", "欧阳建国老师", "12"]], rightAligned: [2])
        let lines = out.split(separator: "\n").map(String.init)
        // Right-aligned last column: every line ends at the same display column.
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
        #expect(lines[2] == "  t_li  李明" + String(repeating: " ", count: 11) + "7")
    }

    @Test func numbersAreStable() {
        #expect(Number.text(177.45) == "177.45")
        #expect(Number.text(60) == "60")
        #expect(Number.text(-0.00001) == "0")
        #expect(Number.text(2.0 / 3.0) == "0.6667")
        #expect(Number.text(.infinity) == "inf")
    }
}
