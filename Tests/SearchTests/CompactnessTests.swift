import Domain
import Planner
import Testing

@testable import Search

/// The compactness move on the small programme.
@Suite struct CompactnessTests {
    /// g2 on Monday: xi am1, law pm1, a break between; law goes to am2, next to xi.
    @Test func compactnessMovesAnIsolatedSessionNextToItsClass() {
        var p = SmallProgramme()
        p.placeValid()
        let law2 = p.requirement("g2", "law")
        let before = p.state.soft
        var rng = SeededRandom(seed: 1)
        let candidates = Compactness().candidates(for: law2, in: p.state, rng: &rng)
        #expect(candidates.count == 1)
        guard let c = candidates.first else { return }
        p.state.apply(c)
        let x = p.state.index
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law2)!) == 1)
        #expect(p.state.soft == before - x.compactnessWeight, "one break fewer")
        #expect(abs(p.state.soft - p.state.softFromScratch()) < 1e-9)
        #expect(p.state.counts == p.state.recountedFromScratch())
    }

    @Test func compactnessLeavesASessionWithANeighbour() {
        var p = SmallProgramme()
        p.placeValid()
        var rng = SeededRandom(seed: 1)
        #expect(Compactness().candidates(for: p.requirement("g1", "law"), in: p.state, rng: &rng).isEmpty)
    }

    /// A session alone on its day goes to a day where the class has others.
    @Test func compactnessJoinsASessionAloneOnItsDay() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        let law2 = p.requirement("g2", "law")
        p.place(law2, day: 2, start: 1, teacher: "wang")
        var rng = SeededRandom(seed: 1)
        let candidates = Compactness().candidates(for: law2, in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        let x = p.state.index
        for c in candidates {
            #expect(x.placementDay[x.assignmentPlacement[c[0].assignment]] == 0, "Monday, next to xi")
        }
    }
}
