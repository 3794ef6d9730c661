import Domain
import Planner
import Testing

@testable import Search

/// The gather-visit move on the small programme: g1's unit is at the farm on Monday afternoon
/// and Tuesday morning, its two lectures on Tuesday afternoon; one hall at school.
@Suite struct GatherVisitTests {
    @Test func aUnitSplitOverTwoDaysAtTheFarmGoesToOneDayThere() throws {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        // g2's lecture out of the hall on Monday afternoon, where g1's lectures can then go.
        p.place(p.requirement("g2", "law"), day: 2, start: 0, teacher: "wang")
        let x = p.state.index
        let farm = [SegmentKind.explanation, .observation, .exchange, .summary].map { p.requirement("g1", "farm", $0) }
        let before = p.state.soft
        var rng = SeededRandom(seed: 1)
        let candidates = GatherVisit(sample: 50).candidates(for: farm[2], in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        var best: TimetableState? = nil
        for c in candidates {
            var after = p.state
            after.apply(c)
            #expect(abs(after.soft - after.softFromScratch()) < 1e-9)
            #expect(after.counts == after.recountedFromScratch())
            let days = Set(farm.map { x.placementDay[after.placement(of: $0)!] })
            #expect(days.count == 1, "the farm's segments on one day")
            // Back to back, in order.
            let starts = farm.map { x.firstSlot(ofPlacement: after.placement(of: $0)!) }
            #expect(starts == Array(starts[0]..<(starts[0] + 4)))
            if after.isValid && (best == nil || after.soft < best!.soft) { best = after }
        }
        // Tuesday at the farm all day, the lectures on Monday afternoon: valid, one trip fewer.
        let gathered = try #require(best)
        #expect(gathered.soft < before)
        #expect(x.placementDay[gathered.placement(of: farm[0])!] == 1)
        for lecture in ["law", "policy"] {
            let q = gathered.placement(of: p.requirement("g1", lecture))!
            #expect(x.placementDay[q] == 0 && x.placementStart[q] >= 2)
        }
    }

    @Test func aUnitOnOneDayThereOrASessionAtHomeIsLeftAlone() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        var rng = SeededRandom(seed: 1)
        #expect(GatherVisit().candidates(for: p.requirement("g1", "law"), in: p.state, rng: &rng).isEmpty, "at home")
        #expect(GatherVisit().candidates(for: p.requirement("g1", "farm", .theory), in: p.state, rng: &rng).isEmpty, "the theory at home")
        // The unit's farm segments all on Tuesday: nothing to gather.
        p.place(p.requirement("g1", "law"), day: 2, start: 2, teacher: "wang")
        p.place(p.requirement("g1", "policy"), day: 2, start: 3, teacher: "wang")
        p.place(p.requirement("g1", "farm", .explanation), day: 1, start: 2, teacher: "li")
        p.place(p.requirement("g1", "farm", .observation), day: 1, start: 3, teacher: "li")
        #expect(GatherVisit().candidates(for: p.requirement("g1", "farm", .summary), in: p.state, rng: &rng).isEmpty, "one day at the farm")
    }
}

extension GatherVisitTests {
    /// With g2 in the only hall on Monday afternoon, g1's lectures have nowhere to go: every
    /// candidate breaks a rule, and the search prices that before taking any.
    @Test func aGatheringThatLeavesTheLecturesNoRoomIsNotValid() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        var rng = SeededRandom(seed: 1)
        let candidates = GatherVisit(sample: 50).candidates(for: p.requirement("g1", "farm", .exchange), in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        for c in candidates {
            var after = p.state
            after.apply(c)
            #expect(!after.isValid)
            #expect(after.counts == after.recountedFromScratch())
        }
    }
}
