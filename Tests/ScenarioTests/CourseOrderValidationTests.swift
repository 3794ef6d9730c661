import Domain
import Foundation
import Testing
import Texts

@testable import Scenario

/// `after:` read, written back, and refused where it cannot hold, in both languages.
@Suite struct CourseOrderValidationTests {
    static func text(_ file: String) throws -> String {
        try String(contentsOfFile: Fixture.path("broken/" + file), encoding: .utf8)
    }

    @Test func orderIsReadAndWrittenBack() throws {
        // the impossible fixture with a third day: research Tuesday, seminar Wednesday
        let text = try Self.text("impossible-order.yaml").replacingOccurrences(of: "end: 2025-03-11", with: "end: 2025-03-12")
        let l = ScenarioLoader.load(text: text, path: "fits.yaml")
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.course("seminar")?.after == ["research"])
        #expect(s.course("research")?.after == [])
        let again = ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "again.yaml")
        #expect(again.scenario == s, "\(again.renderedDiagnostics())")
    }

    @Test func aCircleOfThreeIsNamedInOrderOnce() throws {
        let text = try Self.text("order-cycle.yaml")
            .replacingOccurrences(of: "periods: 2, after: [seminar]}", with: "periods: 2, after: [xi]}")
            .replacingOccurrences(of: "first: true}", with: "after: [seminar]}")
        let l = ScenarioLoader.load(text: text, path: "three.yaml")
        #expect(l.errors.count == 1, "\(l.renderedDiagnostics())")
        let e = try #require(l.errors.first)
        #expect(e.id == "order-cycle")
        #expect(e.message.contains("'xi' → 'research' → 'seminar' → 'xi'"), "\(e.message)")
    }

    @Test func cannotFitSaysWhatDoesNotFitInChinese() throws {
        let l = ScenarioLoader.load(text: try Self.text("impossible-order.yaml"), path: "zh.yaml", wording: .chinese)
        let e = try #require(l.errors.first)
        #expect(e.id == "impossible-order")
        #expect(
            e.message
                == "班级“g1”在日历内无法先上“research”、再上“seminar”：“research”依次排在该班最早有空的节次、中间不排其他课，最早也要到 2025-03-11 的 am2 节次结束后才上完，剩下的 0 个空闲节次排不下“seminar”（共 1 节，每次课须在同一天连续上完）"
        )
        #expect(e.hint == "请延长日历、缩短课程，或从“seminar”的 after 中删去“research”")
    }

    @Test func everyGroupItFailsForIsNamedInOneError() throws {
        // a second class away on Monday morning too, and a second teacher for the research and the seminar
        let text =
            try Self.text("impossible-order.yaml")
            .replacingOccurrences(
                of: "teaches: [xi, research, seminar]}", with: "teaches: [xi, research, seminar]}\n  - {id: li, name: 李老师, teaches: [research, seminar]}")
            + "  - {id: g2, name: 二班, category: village_secretary, size: 40, required: [research, seminar], unavailable: [{date: \"2025-03-10\", periods: [am1]}]}\n"
        let l = ScenarioLoader.load(text: text, path: "two.yaml")
        #expect(l.errors.count == 1, "\(l.renderedDiagnostics())")
        #expect(l.errors.first?.notes == ["the same holds for groups 'g2'"])
    }

    @Test func theFirstCourseCountsBeforeTheChain() throws {
        // xi (1 period) first, then research (2) and the seminar (1) in two days of two periods:
        // xi Monday am1, research Tuesday, nothing left; without xi it would fit (Monday am1 is free)
        let text = try Self.text("impossible-order.yaml")
            .replacingOccurrences(of: ", unavailable: [{date: \"2025-03-10\", periods: [am1]}]", with: "")
            .replacingOccurrences(of: "required: [research, seminar]", with: "required: [xi, research, seminar]")
        let e = try #require(ScenarioLoader.load(text: text, path: "first.yaml").errors.first)
        #expect(e.id == "impossible-order")
        #expect(e.message.contains("with 'xi' → 'research' as early as"), "\(e.message)")
    }

    @Test func aMenuCourseIsNotCounted() throws {
        // the seminar after research on a menu: the group may never choose it, so nothing is proven
        let text = try Self.text("impossible-order.yaml")
            .replacingOccurrences(of: "required: [research, seminar]", with: "required: [seminar], menu: {from: [research], periods: 2}")
        let l = ScenarioLoader.load(text: text, path: "menu.yaml")
        #expect(!l.errors.contains { $0.id == "impossible-order" }, "\(l.renderedDiagnostics())")
    }
}
