import Domain
import Planner
import Testing

@testable import Search

/// The joint meeting move on the small programme.
@Suite struct MeetingMoveTests {
    @Test func meetingMoveTakesEveryClassOfAJointMeeting() {
        var p = SmallProgramme()
        p.placeValid()
        let xi1 = p.requirement("g1", "xi"), xi2 = p.requirement("g2", "xi")
        var rng = SeededRandom(seed: 1)
        let candidates = MeetingMove(sample: 100).candidates(for: xi1, in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        for c in candidates {
            let undo = p.state.apply(c)
            #expect(p.state.placement(of: xi1) == p.state.placement(of: xi2), "one meeting")
            #expect(p.state.counts == p.state.recountedFromScratch())
            p.state.apply(undo)
        }
        // Relocate moves one class and splits the meeting: why this move exists.
        let split = Relocate(sample: 100).candidates(for: xi1, in: p.state, rng: &rng)
        #expect(split.allSatisfy { $0.count == 1 && $0[0].requirement == xi1 })
        // A session that is not joint has no meeting move.
        #expect(MeetingMove().candidates(for: p.requirement("g1", "law"), in: p.state, rng: &rng).isEmpty)
    }
}
