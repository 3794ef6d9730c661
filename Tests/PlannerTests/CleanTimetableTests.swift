import Domain
import Testing

@testable import Planner

@Test func handMadeTimetableBreaksNoRule() {
    #expect(Tiny.facts(Tiny.validTimetable()).allViolations() == [])
}

@Test func everyFamilyStatesWhatItForbids() {
    for f in allConstraintFamilies {
        #expect(f.forbids.hasSuffix("."))
    }
    // Every rule name that reports and unmet.csv can print belongs to exactly one family.
    #expect(Set(allConstraintFamilies.map(\.name)) == Set(RuleName.allCases))
    #expect(Set(allConstraintFamilies.map(\.name)).count == allConstraintFamilies.count)
}

@Test func handMadeTimetableSatisfiesEveryRowOfTheModel() throws {
    for family in allConstraintFamilies {
        let h = FamilyHarness(family)
        let accepted = try #require(try h.accepts(Tiny.validTimetable()), "\(family.name): timetable not representable")
        #expect(accepted, "\(family.name)")
    }
}
