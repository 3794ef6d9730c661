import Domain
import Foundation
import ITC2007
import Planner
import Testing

@testable import Engine

/// The solver's times-first path and its whole-programme placement of sessions left out.
@Suite struct TimesFirstSolveTests {
    static func plan() throws -> Plan {
        Plan(ITC2007Job.scenario(try ITC2007SolveTests.instance()))
    }

    /// From a timetable that leaves every lecture out, the hard rules alone place them all.
    @Test func wholeProgrammePlacesEverySessionLeftOut() throws {
        let plan = try Self.plan()
        let empty = try #require(SolveJob.complete(plan, integerValues: [Double](repeating: 0, count: plan.program.columns.count)))
        #expect(plan.unmetRequirements(in: empty).count == 8)
        let placed = try #require(try SolveJob.placeLeftOut(plan, around: empty, until: 30, elapsed: { 0 }))
        #expect(plan.unmetRequirements(in: placed).isEmpty)
        #expect(plan.program.violations(of: placed).isEmpty)
        let t = plan.timetable(from: placed)
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations().isEmpty)
    }

    /// Rooms of different sizes with soft seats: the solve plans times first and says so.
    @Test func solveWithSoftSeatsPlansTimesFirst() throws {
        let plan = try Self.plan()
        #expect(SolveJob.timesFirstPlan(plan, published: nil) != nil)
        let r = try SolveJob.run(plan.context.scenario, options: SolveOptions(timeLimit: 20))
        #expect(r.summary.status == .valid && r.summary.violations.isEmpty)
        // Times first is kept when it beats the whole program's own start; the improvement search
        // on that start may reach no cost at all first, and then nothing beats it.
        #expect(r.summary.method.hasPrefix("times first") || r.summary.objective == 0, "\(r.summary.method)")
        var hard = plan.context.scenario
        hard.objective.overCapacity = nil
        hard.objective.venueChanges = 0
        #expect(SolveJob.timesFirstPlan(Plan(hard), published: nil) == nil)
    }
}
