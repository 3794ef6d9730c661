import Domain
import Planner
import Testing

@testable import Search

/// The Kempe chain between two times on the small programme.
@Suite struct KempeChainTests {
    /// g1's law (Tuesday pm1, Wang) to Monday pm1: g1's unit explanation (same class) and g2's
    /// law (same teacher) are there and come back to Tuesday pm1; nothing more is in the way.
    @Test func kempeChainSwapsTheSessionsInTheWayBetweenTwoTimes() {
        var p = SmallProgramme()
        p.placeValid()
        let x = p.state.index
        let law = p.requirement("g1", "law"), explanation = p.requirement("g1", "farm", .explanation), law2 = p.requirement("g2", "law")
        let tuesdayPm1 = 1 * x.periodsPerDay + 2, mondayPm1 = 2
        guard let chain = p.state.kempeChain(law, from: tuesdayPm1, to: mondayPm1, limit: 16) else { Issue.record("no chain"); return }
        #expect(Set(chain.map(\.requirement)) == [law, explanation, law2])
        p.state.apply(chain)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law)!) == mondayPm1)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: explanation)!) == tuesdayPm1)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law2)!) == tuesdayPm1)
        #expect(p.state.count(.groupClash) == 0 && p.state.count(.teacherClash) == 0)
        #expect(p.state.counts == p.state.recountedFromScratch())
        #expect(abs(p.state.soft - p.state.softFromScratch()) < 1e-9)
    }

    @Test func kempeChainLongerThanItsLimitIsNone() {
        var p = SmallProgramme()
        p.placeValid()
        let x = p.state.index
        #expect(p.state.kempeChain(p.requirement("g1", "law"), from: x.periodsPerDay + 2, to: 2, limit: 2) == nil)
        // From Tuesday pm1 to Monday am1: g1's xi is in the way, and it is a joint meeting, so
        // g2's xi comes back with it.
        guard let chain = p.state.kempeChain(p.requirement("g1", "law"), from: x.periodsPerDay + 2, to: 0, limit: 16) else {
            Issue.record("no chain to Monday am1"); return
        }
        #expect(
            Set(chain.map(\.requirement)) == [p.requirement("g1", "law"), p.requirement("g1", "xi"), p.requirement("g2", "xi")],
            "the joint meeting comes back whole")
    }

    @Test func kempeChainCandidatesKeepTheCounts() {
        var p = SmallProgramme()
        p.placeValid()
        var rng = SeededRandom(seed: 4)
        var seen = 0
        for r in 0..<p.state.index.requirementCount {
            for c in KempeChain(sample: 8).candidates(for: r, in: p.state, rng: &rng) {
                seen += 1
                let undo = p.state.apply(c)
                #expect(p.state.count(.unplaced) == 0)
                #expect(p.state.counts == p.state.recountedFromScratch())
                p.state.apply(undo)
            }
        }
        #expect(seen > 0)
    }
}
