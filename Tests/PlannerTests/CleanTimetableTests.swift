import Testing
import Domain
@testable import Planner

@Test func handMadeTimetableBreaksNoRule() {
    #expect(Tiny.facts(Tiny.validTimetable()).allViolations() == [])
}

@Test func everyFamilyStatesWhatItForbids() {
    for f in allConstraintFamilies {
        #expect(f.forbids.hasSuffix("."))
        #expect(!f.name.isEmpty)
    }
    #expect(Set(allConstraintFamilies.map(\.name)).count == allConstraintFamilies.count)
}

@Test func handMadeTimetableSatisfiesEveryRowOfTheModel() throws {
    for family in allConstraintFamilies {
        let h = FamilyHarness(family)
        let accepted = try #require(try h.accepts(Tiny.validTimetable()), "\(family.name): timetable not representable")
        #expect(accepted, "\(family.name)")
    }
}
