import Domain
import Testing

@testable import Planner

/// `after:`: the farm unit after the policy lecture. g1 takes both; g2 takes no farm unit, so
/// its policy lecture is bound by nothing.
@Suite struct CourseOrderTests {
    let family = CourseOrder()

    static func scenario(_ follower: Course.ID = "farm_unit", after predecessor: Course.ID = "policy") -> TrainingScenario {
        var s = Tiny.scenario()
        s.courses[s.courses.firstIndex { $0.id == follower }!].after = [predecessor]
        return s
    }

    @Test func cleanTimetableHasNoViolation() throws {
        // g1's policy on Monday afternoon, its unit on Tuesday and Wednesday
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable(), Self.scenario())) == [])
        #expect(try FamilyHarness(family, scenario: Self.scenario()).accepts(Tiny.validTimetable()) == true)
    }

    @Test func conflictingOrderIsReportedPerPairAndRejectedByTheRows() throws {
        // the other way round: the policy lecture must follow the unit, and follows none of its five segments
        let s = Self.scenario("policy", after: "farm_unit")
        let found = family.violations(in: Tiny.facts(Tiny.validTimetable(), s))
        #expect(found.count == 5, "\(found)")
        #expect(found.allSatisfy { $0.message.contains("group 'g1'") && $0.message.contains("2025-03-10") }, "\(found)")
        #expect(try FamilyHarness(family, scenario: s).accepts(Tiny.validTimetable()) == false)
    }

    @Test func sameDayIsEnoughWhenThePredecessorHasEnded() throws {
        // policy Monday pm1–pm2 after xi am1–am2 on the same day: in order
        let s = Self.scenario("policy", after: "xi")
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable(), s)) == [])
        #expect(try FamilyHarness(family, scenario: s).accepts(Tiny.validTimetable()) == true)
        // xi after policy: the policy lecture runs after xi, so both groups break it
        let reversed = Self.scenario("xi", after: "policy")
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable(), reversed)).count == 2)
        #expect(try FamilyHarness(family, scenario: reversed).accepts(Tiny.validTimetable()) == false)
    }

    @Test func aGroupNotTakingThePredecessorIsNotBound() throws {
        // g2 takes policy but no farm unit: the unit's order binds only g1
        let s = Self.scenario("policy", after: "farm_unit")
        let found = family.violations(in: Tiny.facts(Tiny.validTimetable(), s))
        #expect(!found.contains { $0.message.contains("'g2'") })
        // With g1's policy moved after its unit (Wednesday pm), the rows accept and nothing is reported.
        let moved = Tiny.validTimetable().replacing("pol1") {
            $0.day = Tiny.wed; $0.firstPeriod = 2
        }
        #expect(family.violations(in: Tiny.facts(moved, s)) == [])
        #expect(try FamilyHarness(family, scenario: s).accepts(moved) == true)
    }

    @Test func noRowsWithoutOrderRules() {
        let plain = FamilyHarness(family).model.program
        let base = ModelBuilder(
            context: PlanningContext(Tiny.scenario()), requirements: Plan(Tiny.scenario()).model.requirements,
            placements: Plan(Tiny.scenario()).model.set
        ).program
        #expect(plain.rows.count == base.rows.count && plain.columns.count == base.columns.count)
    }
}
