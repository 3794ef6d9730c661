import Domain
import Planner
import Testing

@testable import Search

/// Each move on the small programme: what it proposes, and what applying it changes.
@Suite struct MoveTests {
    @Test func relocateOffersOtherPlacementsOfTheSession() {
        var p = SmallProgramme()
        p.placeValid()
        let r = p.requirement("g1", "law")
        var rng = SeededRandom(seed: 1)
        let all = Relocate(sample: 1_000).candidates(for: r, in: p.state, rng: &rng)
        #expect(all.count == p.plan.model.assignmentsOf[r].count - 1)
        #expect(all.allSatisfy { $0.count == 1 && $0[0].requirement == r && $0[0].assignment != p.state.assignmentOf[r] })
    }

    @Test func swapExchangesTimesOfTwoSessions() {
        var p = SmallProgramme()
        p.placeValid()
        let law = p.requirement("g1", "law"), policy = p.requirement("g1", "policy")
        let (a, b) = (p.state.placement(of: law)!, p.state.placement(of: policy)!)
        var rng = SeededRandom(seed: 1)
        let candidates = Swap(sample: 20).candidates(for: law, in: p.state, rng: &rng).filter { $0.contains { $0.requirement == policy } }
        guard let c = candidates.first else { Issue.record("no swap of law and policy offered"); return }
        p.state.apply(c)
        let x = p.state.index
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law)!) == x.firstSlot(ofPlacement: b))
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: policy)!) == x.firstSlot(ofPlacement: a))
        #expect(p.state.counts == p.state.recountedFromScratch())
    }

    @Test func unitShiftKeepsTheUnitInOrderAndWhole() {
        var p = SmallProgramme()
        p.placeValid()
        let theory = p.requirement("g1", "farm", .theory)
        var rng = SeededRandom(seed: 3)
        let candidates = UnitShift(sample: 50).candidates(for: theory, in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        for c in candidates {
            let undo = p.state.apply(c)
            #expect(p.state.count(.fiveHavesOrder) == 0)
            #expect(p.state.count(.unplaced) == 0)
            p.state.apply(undo)
        }
    }

    @Test func ejectMakesRoomInAFullDay() {
        var p = SmallProgramme()
        p.placeValid()
        // g2 is free on Monday am2/pm2 and Tuesday: move its law onto Monday am1 (the first course), then ask to eject.
        let law = p.requirement("g2", "law")
        var rng = SeededRandom(seed: 2)
        let candidates = Eject(sample: 50, rehome: 200).candidates(for: law, in: p.state, rng: &rng)
        for c in candidates {
            let undo = p.state.apply(c)
            #expect(p.state.count(.groupClash) == 0, "the sessions in the way went where the group is free")
            p.state.apply(undo)
        }
    }

    @Test func searchRepairsABrokenTimetable() {
        var p = SmallProgramme()
        p.placeValid()
        p.place(p.requirement("g1", "policy"), day: 1, start: 2, teacher: "li")  // clash with law
        p.place(p.requirement("g1", "farm", .summary), day: 0, start: 3)  // out of order
        #expect(!p.state.isValid)
        let out = FeasibilitySearch(budget: 50_000, seed: 1).run(from: p.state)
        #expect(out.state.isValid, "\(out.state.counts)")
    }
}
