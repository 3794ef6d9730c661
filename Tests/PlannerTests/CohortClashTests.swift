import Domain
import GLPK
import Testing

@testable import Planner

@Suite struct CohortClashTests {
    let family = CohortClash()

    /// Tiny's two classes declared to share trainees.
    static func cohortScenario() -> TrainingScenario {
        var s = Tiny.scenario()
        s.cohorts = [Cohort(id: "shared", name: "同一批学员", groups: ["g1", "g2"])]
        return s
    }

    /// The hand-made timetable holds pol1 (g1) and pol2 (g2) at once, and seats both in one joint
    /// session: for a cohort, both are two of its groups meeting at the same period.
    @Test func parallelSessionsOfACohortAreReported() {
        let found = family.violations(in: Tiny.facts(Tiny.validTimetable(), Self.cohortScenario()))
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.message.hasPrefix("cohort 'shared'") })
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func sequentialSessionsAreClean() {
        let t = Tiny.validTimetable()
            .replacing("xi") { $0.groups = ["g1"] }
            .replacing("pol2") {
                $0.day = Tiny.wed; $0.firstPeriod = 2
            }
        var s = Self.cohortScenario()
        s.courses[0].joint = false
        #expect(family.violations(in: Tiny.facts(t, s)) == [])
    }

    /// The rows read the occupancy that GroupClash defines: with both families, parallel sessions
    /// of the cohort are rejected.
    @Test func rowsRejectParallelSessions() throws {
        let plan = Plan(Self.cohortScenario())
        var m = ModelBuilder(context: plan.context, requirements: plan.model.requirements, placements: plan.model.set)
        GroupClash().addRows(to: &m)
        family.addRows(to: &m)
        #expect(m.program.rows.contains { $0.name.hasPrefix("cohort_0_") })
        let solved = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
        let t = plan.timetable(from: try #require(solved.values))
        // Two classes of three periods' teaching each fit in the three days only one after the other.
        #expect(family.violations(in: TimetableFacts(context: plan.context, timetable: t)) == [])
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations() == [])
    }
}
