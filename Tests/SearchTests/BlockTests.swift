import Domain
import Planner
import Scenario
import Testing

@testable import Search

/// Shadowing placements (跟班学习) as requirements of the state: a block's days are its class's
/// (any session there is a group clash), the hosts' capacity is counted per course and day,
/// and the counts stay equal to a count from scratch through random shifts and swaps of blocks.
@Suite struct BlockTests {
    /// The scenario's plan without its placement courses, and the index with its blocks chosen
    /// first (latest free stretch, hosts unchecked) as requirements.
    static func blocked(_ s: TrainingScenario) -> (plan: Plan, index: StateIndex, first: [Int]) {
        let context = PlanningContext(s)
        let first = PlacementBlocks(context: context) { _ in true }
        let plan = Plan(context: PlanningContext(PlacementBlocks.scenarioOpen(s)), rows: false)
        let index = StateIndex(plan: plan, placing: first, context: context)
        let starts = first.dayIndices(context).enumerated().map { b, days in index.blockAssignment(b, startDay: days[0])! }
        return (plan, index, starts)
    }

    static func placement(hostCapacity: Int? = nil) throws -> TrainingScenario {
        guard var s = ScenarioLoader.load(path: Fixtures.repository + "/Tests/EngineTests/Fixtures/placement.yaml").scenario else {
            throw Fixtures.FixtureError.unreadable
        }
        if let hostCapacity { for i in s.venues.indices where s.venues[i].hostCapacity != nil { s.venues[i].hostCapacity = hostCapacity } }
        return s
    }

    /// An empty state over the blocked index: electives as the greedy start takes them, blocks active.
    static func emptyState(_ plan: Plan, _ index: StateIndex) -> (TimetableState, greedy: [Int: Int]) {
        var g = GreedyStart(plan: plan, seed: 1)
        _ = g.run()
        let choice = g.choice
        let active =
            plan.model.requirements.map { !$0.elective || choice.electives.contains(GroupCourse($0.group, $0.course)) }
            + Array(repeating: true, count: index.blocks.count)
        return (TimetableState(index: index, active: active), choice.chosen)
    }

    @Test func blocksAreRequirementsWithAWindowEach() throws {
        let (plan, x, first) = Self.blocked(try Self.placement())
        #expect(x.blocks.count == 2)
        #expect(x.requirementCount == plan.model.requirements.count + 2)
        // Five teaching days, two-day blocks: four windows each, of two days × two periods.
        for b in x.blocks.indices {
            let r = x.requirement(ofBlock: b)
            #expect(x.isBlock(r) && x.block(of: r) == b)
            #expect(x.assignments(of: r).count == 4)
            #expect(x.length(of: r) == 4)
        }
        // Chosen first: the latest free stretch, Thursday and Friday.
        #expect(first.map { x.day(ofPlacement: x.placement(ofAssignment: $0)) } == [3, 3])
    }

    @Test func aSessionOnABlockDayIsAGroupClash() throws {
        let (plan, x, first) = Self.blocked(try Self.placement())
        var (state, _) = Self.emptyState(plan, x)
        state.place(x.requirement(ofBlock: 0), at: first[0])
        let xi = plan.model.requirements.first { $0.group == "g1" && $0.course == "xi" }!.index
        let onThursday = x.assignments(of: xi).first { x.day(ofPlacement: x.placement(ofAssignment: $0)) == 3 }!
        state.place(xi, at: onThursday)
        #expect(state.count(.groupClash) == x.length(of: xi))
        #expect(state.counts == state.recountedFromScratch())
        // The block shifted to Monday–Tuesday: no clash, nothing else counted.
        state.apply([Change(requirement: x.requirement(ofBlock: 0), assignment: x.blockAssignment(0, startDay: 0)!)])
        #expect(state.count(.groupClash) == 0)
        #expect(state.violationCount == 0)
        #expect(state.counts == state.recountedFromScratch())
        #expect(state.soft == state.softFromScratch())
    }

    @Test func hostCapacityIsCountedPerDay() throws {
        // Three hosts of 5: 15 places a day for 20 + 9 cadres.
        let (plan, x, first) = Self.blocked(try Self.placement(hostCapacity: 5))
        var (state, _) = Self.emptyState(plan, x)
        state.place(x.requirement(ofBlock: 0), at: first[0])
        #expect(state.count(.hostCapacity) == 2 * 5)
        state.place(x.requirement(ofBlock: 1), at: first[1])
        #expect(state.count(.hostCapacity) == 2 * 14)
        #expect(state.counts == state.recountedFromScratch())
        // g2 a day earlier: one day of both classes out, one of each alone.
        state.apply([Change(requirement: x.requirement(ofBlock: 1), assignment: x.blockAssignment(1, startDay: 2)!)])
        #expect(state.count(.hostCapacity) == 5 + 14 + 0)
        #expect(state.counts == state.recountedFromScratch())
        #expect(state.inConflict(x.requirement(ofBlock: 1)))
    }

    @Test func blockSwapExchangesWindows() throws {
        let (plan, x, _) = Self.blocked(try Self.placement())
        var (state, _) = Self.emptyState(plan, x)
        let (b0, b1) = (x.requirement(ofBlock: 0), x.requirement(ofBlock: 1))
        state.place(b0, at: x.blockAssignment(0, startDay: 0)!)
        state.place(b1, at: x.blockAssignment(1, startDay: 3)!)
        var rng = SeededRandom(seed: 1)
        let candidates = BlockSwap().candidates(for: b0, in: state, rng: &rng)
        #expect(candidates.count == 1)
        let undo = state.apply(candidates[0])
        #expect(x.day(ofPlacement: state.placement(of: b0)!) == 3)
        #expect(x.day(ofPlacement: state.placement(of: b1)!) == 0)
        #expect(state.counts == state.recountedFromScratch())
        state.apply(undo)
        #expect(x.day(ofPlacement: state.placement(of: b0)!) == 0)
        // Only blocks swap; a session is no block.
        let xi = plan.model.requirements.first { $0.group == "g1" && $0.course == "xi" }!.index
        #expect(BlockSwap().candidates(for: xi, in: state, rng: &rng).isEmpty)
    }

    @Test func searchShiftsABlockOffTheOnlyDaysATeacherHas() throws {
        // The lecturer teaches only on Thursday and Friday, the latest stretch the blocks take first.
        guard let s = ScenarioLoader.load(path: Fixtures.repository + "/Tests/EngineTests/Fixtures/placement-shift.yaml").scenario else {
            throw Fixtures.FixtureError.unreadable
        }
        let (plan, x, first) = Self.blocked(s)
        var (state, greedy) = Self.emptyState(plan, x)
        for b in x.blocks.indices { state.place(x.requirement(ofBlock: b), at: first[b]) }
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) where state.active[r] { state.place(r, at: a) }
        #expect(state.violationCount > 0, "the lectures clash with the blocks")
        let out = FeasibilitySearch(budget: 20_000, seed: 1).run(from: state)
        #expect(out.state.isValid, "\(out.state.counts)")
        #expect(out.state.counts == out.state.recountedFromScratch())
    }

    /// Random placements, removals, block shifts and swaps on Wensu with its hosts' capacity cut
    /// to 10 a host (so classes out together break it): counts always equal a recount.
    @Test(arguments: [nil, 10] as [Int?]) func countsEqualARecountOnWensu(hostCapacity: Int?) throws {
        guard var s = ScenarioLoader.load(path: Fixtures.repository + "/Scenarios/wensu/wensu.yaml").scenario else { throw Fixtures.FixtureError.unreadable }
        if let hostCapacity { for i in s.venues.indices where s.venues[i].hostCapacity != nil { s.venues[i].hostCapacity = hostCapacity } }
        let (plan, x, first) = Self.blocked(s)
        #expect(x.blocks.count >= 2)
        var (state, greedy) = Self.emptyState(plan, x)
        for b in x.blocks.indices { state.place(x.requirement(ofBlock: b), at: first[b]) }
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) where state.active[r] { state.place(r, at: a) }
        #expect(state.counts == state.recountedFromScratch())
        var rng = SeededRandom(seed: 7)
        let active = (0..<x.requirementCount).filter { state.active[$0] }
        let blocks = x.blocks.indices.map(x.requirement(ofBlock:))
        var brokeHosts = false
        for step in 0..<1_000 {
            // Every third step a block: shifted, swapped or taken out.
            let r = step % 3 == 0 ? blocks[Int.random(in: 0..<blocks.count, using: &rng)] : active[Int.random(in: 0..<active.count, using: &rng)]
            let choices = x.assignments(of: r)
            if x.isBlock(r) && state.isPlaced(r) && Bool.random(using: &rng),
                let swap = BlockSwap().candidates(for: r, in: state, rng: &rng).first
            {
                state.apply(swap)
            } else if state.isPlaced(r) && (choices.count < 2 || Int.random(in: 0..<6, using: &rng) == 0) {
                state.unplace(r)
            } else if !choices.isEmpty {
                state.apply([Change(requirement: r, assignment: choices[Int.random(in: 0..<choices.count, using: &rng)])])
            }
            brokeHosts = brokeHosts || state.count(.hostCapacity) > 0
            let full = state.recountedFromScratch()
            if state.counts != full { Issue.record("step \(step): incremental \(state.counts) ≠ from scratch \(full)"); return }
            if abs(state.soft - state.softFromScratch()) > 1e-6 { Issue.record("step \(step): soft \(state.soft) ≠ \(state.softFromScratch())"); return }
        }
        if hostCapacity != nil { #expect(brokeHosts, "the cut capacity was broken on the way") }
    }
}
