import Domain
import Foundation
import Planner
import Testing
import Texts

@testable import Engine

/// A programme in parts holds its time limit: a part that could not be planned, checked and
/// written in time is not begun, and its classes' sessions are listed unmet with the reason.
@Suite struct PartsDeadlineTests {
    /// Two classes at two home sites: two parts.
    static func twoParts() throws -> TrainingScenario {
        var s = try #require(Workflow.load(LanguageCommandTests.fixture).scenario)
        s.groups[1].site = Site.ID("jiamu")
        #expect(s.planningParts().count == 2)
        return s
    }

    @Test func partsTheClockLeavesOutAreListedUnmetAndNothingIsBroken() throws {
        let s = try Self.twoParts()
        let context = PlanningContext(s)
        let parts = s.planningParts()
        // A limit no part can be begun in, whatever the machine.
        let outcome = try SolveJob.runParts(s, parts: parts, options: SolveOptions(timeLimit: 0.001), elapsed: { 0.5 }, report: { _ in }, wholeUpTo: 0)
        #expect(outcome.timetable.sessions.isEmpty)
        let required = context.sessionRequirements().filter { !$0.elective }
        let menus = s.groups.filter { ($0.menu?.periods ?? 0) > 0 }
        #expect(outcome.timetable.unmet.count == required.count + menus.count)
        #expect(outcome.timetable.unmet.allSatisfy { $0.rule == nil && $0.reason.contains("time limit (1 s)") })
        #expect(
            outcome.timetable.unmet.reduce(0) { $0 + $1.periods } == required.reduce(0) { $0 + $1.length } + menus.reduce(0) { $0 + ($1.menu?.periods ?? 0) })
        #expect(outcome.summary.violations.isEmpty)
        #expect(outcome.summary.status == .unmet)
        #expect(outcome.summary.endedBy == .timeLimit)
        #expect(outcome.summary.method.contains("time limit reached before parts 1–2 of 2 were planned"), "\(outcome.summary.method)")
    }

    /// Thousands unmet (a cut province) print as a head and a count; report.txt has them all.
    @Test func aLongUnmetListPrintsItsHead() throws {
        let s = try Self.twoParts()
        let many = (1...45).map { UnmetRequirement(group: s.groups[0].id, course: s.courses[0].id, occurrence: $0, rule: nil, reason: "not planned") }
        let lines = Workflow.unmetLines(many, scenario: s)
        #expect(lines.count == Workflow.unmetShown + 1)
        #expect(lines.last == "  … and 15 more unmet: every one with its reason in report.txt")
        #expect(!lines[0].contains("[]"), "a requirement no rule blocked names none: \(lines[0])")
        let zh = Workflow.unmetLines(many, scenario: s, language: .zh)
        #expect(zh.last == "  ……另有 15 项未排入，逐项原因见 report.txt")
        #expect(Workflow.unmetLines(Array(many.prefix(3)), scenario: s).count == 3)
    }
}
