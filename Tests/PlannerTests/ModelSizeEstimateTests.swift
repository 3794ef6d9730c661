import Domain
import Testing

@testable import Planner
@testable import Scenario

@Suite struct ModelSizeEstimateTests {
    static let wensu = ScenarioLoader.load(path: "Scenarios/wensu/wensu.yaml").scenario!

    @Test func theEstimateBoundsThePlacementsThePlannerMakes() {
        let context = PlanningContext(Self.wensu)
        let made = context.placements(for: context.requirements).placements.count
        let size = ModelSize(Self.wensu)
        #expect(size.placements >= made)
        // An upper bound, but not a wild one: within a small factor of what is built.
        #expect(size.placements <= 10 * made)
        #expect(size.peakPlacements == size.placements, "one part: the whole programme is in memory at once")
    }

    @Test func placementsGrowWithTheTeachingDays() {
        var longer = Self.wensu
        longer.calendar.end = Day(ordinal: longer.calendar.end.ordinal + 14)
        let before = ModelSize(Self.wensu), after = ModelSize(longer)
        let ratio = Double(after.placements) / Double(before.placements)
        let days = Double(longer.calendar.teachingDays.count) / Double(Self.wensu.calendar.teachingDays.count)
        #expect(abs(ratio - days) < 1e-9)
        #expect(after.largest.count == 3 && after.largest[0].placements >= after.largest[1].placements)
    }
}
