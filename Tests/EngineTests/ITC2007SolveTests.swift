import Domain
import Foundation
import GLPK
import ITC2007
import Testing

@testable import Engine

/// `paike itc2007 solve`: the instance mapped into Paike's own scenario and solved by the planner.
@Suite struct ITC2007SolveTests {
    static let path = "Tests/EngineTests/Fixtures/tiny.ctt"
    static func instance() throws -> ITCInstance {
        try ITCParser.parseInstance(String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    @Test func mappingMakesCoursesGroupsAndCurriculaCohorts() throws {
        let i = try Self.instance()
        let s = ITC2007Job.scenario(i)
        #expect(s.groups.map(\.id.rawValue) == ["cA", "cB", "cC", "cD"])
        #expect(s.groups.map(\.size) == [30, 30, 50, 20])
        #expect(s.courses.map(\.sessions) == [2, 2, 1, 3] && s.courses.map(\.minDays) == [2, 2, 1, 2])
        #expect(s.cohorts.map { $0.groups.map(\.rawValue) } == [["cA", "cB"], ["cA", "cC", "cD"]])
        #expect(s.teachers.first { $0.id == "tX" }?.teaches == ["cA", "cC"])
        #expect(s.calendar.teachingDays.count == 2 && s.calendar.periods.count == 3)
        #expect(s.groups[2].unavailable.covers(s.calendar.teachingDays[0], "p0"))
        let o = s.objective
        #expect((o.overCapacity, o.spread, o.isolated, o.venueChanges, o.needs, o.compactness) == (1, 5, 2, 1, 0, 0))
    }

    /// The planner's objective for the timetable is the competition's cost of the written solution,
    /// scored independently.
    @Test func solvedTimetableScoresAsThePlannerPricesIt() throws {
        let i = try Self.instance()
        let r = try ITC2007Job.solve(i, options: SolveOptions(timeLimit: 60))
        #expect(r.score.hardTotal == 0, "\(r.score)")
        #expect(r.solution.assignments.count == 8)
        let objective = try #require(r.outcome.summary.objective)
        #expect(abs(objective - Double(r.score.softTotal)) < 1e-6, "\(r.outcome.summary.terms) vs \(r.score)")
        // cC (50) fits only r60, cD meets on two days: nothing forces a cost above the curricula's lone periods
        #expect(r.score.roomCapacity == 0 && r.score.minWorkingDays == 0)
        // The first stage's bound comes beside it, never above the cost; the instance is not a published one.
        let bound = try #require(r.bound)
        #expect(bound >= 0 && bound <= r.score.softTotal, "bound \(bound), cost \(r.score.softTotal)")
        #expect(r.published == nil)
    }

    /// comp01's optimum is proven to be 5 (search-anchors.md): the first stage's LP and its
    /// branch-and-bound bound stay at or below it, the latter no lower than the LP.
    @Test func firstStageBoundOfComp01IsAtMostItsOptimum() throws {
        let path = "Tests/ITC2007Tests/Fixtures/comp01.ctt"
        let i = try ITCParser.parseInstance(String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(ITCPublished.byInstanceName[i.name] == ITCPublished(competitionName: "comp01", bestKnown: 5, lowerBound: 5))
        let b = StageOneBound(i, unmetCost: 10_000)
        let lp = try GLPK.solveLP(b.program, options: LPOptions(presolve: true))
        let z = try #require(lp.objective)
        #expect(z >= 0 && z <= 5 + 1e-6, "LP \(z)")
        var o = MIPOptions(timeLimit: 60)
        o.nodeLimit = 200
        let r = try GLPK.solve(b.program, options: o)
        let proven = try #require(r.status == .optimal ? r.objective : r.bound)
        #expect(proven <= 5 + 1e-6 && proven >= z - 1e-6, "LP \(z), proven \(proven)")
    }

    @Test func commandWritesASolutionTheScorerAccepts() throws {
        let out = CLI.temporaryDirectory().appendingPathComponent("tiny.sol")
        let solve = try CLI.run(["itc2007", "solve", Self.path, "--out", out.path, "--time-limit", "60"])
        #expect(solve.status == 0, "\(solve.stderr)")
        #expect(solve.stderr.contains("Tiny: hard 0"))
        #expect(solve.stderr.contains("lower bound "), "\(solve.stderr)")
        let score = try CLI.run(["itc2007", "score", Self.path, out.path])
        #expect(score.status == 0 && score.stdout.contains("Violations of Lectures (hard) : 0"), "\(score.stdout)")
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 8)
    }

    @Test func malformedInstanceExitsTwoWithALocation() throws {
        let bad = CLI.temporaryDirectory().appendingPathComponent("bad.ctt")
        try FileManager.default.createDirectory(at: bad.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "Name: Bad\nCourses: x\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["itc2007", "solve", bad.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.ctt:2:"), "\(r.stderr)")
    }
}
