import Domain
import Planner
import Testing

@testable import Search

/// Teacher change on the small programme.
@Suite struct TeacherChangeTests {
    @Test func teacherChangeOffersTheOtherQualifiedTeacher() {
        var p = SmallProgramme()
        p.placeValid()
        let law = p.requirement("g1", "law")
        let x = p.state.index
        let before = p.state.placement(of: law)!
        var rng = SeededRandom(seed: 1)
        let candidates = TeacherChange().candidates(for: law, in: p.state, rng: &rng)
        #expect(candidates.count == 1, "li is the only other teacher of law")
        guard let c = candidates.first else { return }
        p.state.apply(c)
        let after = p.state.placement(of: law)!
        #expect(x.teacherIDs[x.placementTeacher[after]] == "li")
        #expect(x.firstSlot(ofPlacement: after) == x.firstSlot(ofPlacement: before))
        #expect(p.state.counts == p.state.recountedFromScratch())
        // xi is Wang's alone: no other teacher.
        #expect(TeacherChange().candidates(for: p.requirement("g1", "xi"), in: p.state, rng: &rng).isEmpty)
    }

    @Test func teacherChangeEndsATeacherClash() {
        var p = SmallProgramme()
        p.placeValid()
        let law2 = p.requirement("g2", "law")
        p.place(law2, day: 1, start: 2, teacher: "wang")  // Wang teaches g1's law then too (and the hall is double-booked)
        #expect(p.state.count(.teacherClash) == 1)
        var rng = SeededRandom(seed: 1)
        let candidates = TeacherChange().candidates(for: law2, in: p.state, rng: &rng)
        guard let c = candidates.first else { Issue.record("no teacher change"); return }
        p.state.apply(c)
        #expect(p.state.count(.teacherClash) == 0)
        #expect(p.state.counts == p.state.recountedFromScratch())
    }
}
