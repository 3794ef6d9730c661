import Domain
import Foundation

/// Lowers the soft terms the state prices (travel, compactness, teacher balance, needs, and seats,
/// spread, isolated periods, venue changes and stability) of a valid timetable without breaking a rule or
/// leaving a session out: one simulated anneal over the feasibility search's moves (but block
/// swap), the compactness, meeting and course-venue moves, any session a candidate, the move chosen by roulette
/// over its recent gains per candidate priced (adaptive operator choice), and so are the exact
/// repairs the caller gives (`repairs`: GLPK re-planning a class pair), charged their work. The temperature falls
/// geometrically from hot to cold as the run goes on (`schedule`: by default the work done
/// against the budget, so a run is the same on any machine); it ends when the schedule says
/// done, or when told to stop, with the best timetable met. Work is counted in candidates priced.
/// With `cycles` above one it anneals again from the best timetable met, hot again (a reheat).
public struct ImprovementSearch {
    /// CourseVenue only where venue changes cost something, ElectiveSwap only where a class has
    /// two menu courses to swap, JoinVisit and GatherVisit only where travel is priced (the
    /// roulette would waste draws on them).
    public var moves: [any Move] = [
        Relocate(sample: 16), Swap(sample: 6), UnitShift(sample: 4), Eject(sample: 4),
        KempeChain(sample: 3), TeacherChange(), Compactness(sample: 6), MeetingMove(sample: 8),
        CourseVenue(sample: 3), ElectiveSwap(sample: 3), JoinVisit(sample: 6), GatherVisit(sample: 4)
    ]
    public var budget: Int
    public var seed: Int
    public var shouldStop: @Sendable () -> Bool
    /// Told of each new best: work done so far and the soft cost.
    public var improved: (@Sendable (_ effort: Int, _ soft: Double) -> Void)? = nil
    /// How far through its run the search is (0…1), given the work done; nil: work ÷ budget.
    /// A timed contest (ITC-2007) measures it by the clock instead.
    public var schedule: (@Sendable (_ effort: Int) -> Double)? = nil
    /// The starting temperature as a share of the heaviest weight the state prices: a short
    /// anneal does best starting cool (measured on Wensu, 0.3), a long one hot (ITC-2007 sets 1).
    public var heat = 0.3
    /// Large neighbourhoods re-planned exactly, drawn by the same roulette as the moves and
    /// scored by their gain per work, judged by the same acceptance.
    public var repairs: [any ExactRepair] = []
    /// Anneals run one after another, each from the best timetable so far with `budget` work
    /// and the operators' scores afresh: a second cooling from the best finds what the first froze
    /// past (Wensu, seeds 0–7: mean 5,879.8 with two, 5,881.5 with one; Benchmarks/README.md).
    /// With a `schedule`, one: the schedule measures the whole run.
    public var cycles = 1

    /// A repair's work before its first draw says (about a class pair of Wensu's, in candidates).
    static let repairWorkGuess = 50_000.0

    public init(budget: Int, seed: Int, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.budget = budget; self.seed = seed; self.shouldStop = shouldStop
    }

    public struct Outcome: Sendable {
        public var state: TimetableState
        public var effort: Int
        /// Repairs drawn, the work they took, and how many of them the anneal took.
        public var repairsDrawn = 0, repairWork = 0, repairsTaken = 0
        /// Whether `shouldStop` (the clock), not the budget or the schedule, ended the anneal.
        public var stoppedEarly = false
        /// Anneals begun (one with a schedule, whatever `cycles` says).
        public var cycles = 1
    }

    public func run(from start: TimetableState) -> Outcome {
        precondition(start.isValid, "the improvement search starts from a valid timetable")
        // Shadowing placements stay: moving a block alone changes no term the state prices, and
        // each move would need the host assignment (GLPK's) checked again.
        let x = start.index
        let placed = start.movable()
        let moves = self.moves.filter {
            !($0 is CourseVenue && x.venueChangesWeight == 0) && !($0 is ElectiveSwap && !start.hasElectiveSwaps)
                && !(($0 is JoinVisit || $0 is GatherVisit) && x.travelWeight == 0)
        }
        let hot = heat * max(1.0, x.compactnessWeight, x.travelWeight * 30, x.isolatedWeight, x.venueChangesWeight)
        let budget = self.budget
        let done = schedule ?? { effort in Double(effort) / Double(max(1, budget)) }
        var out = Outcome(state: start, effort: 0, cycles: 0)
        for cycle in 0..<(schedule == nil ? max(1, cycles) : 1) where !out.stoppedEarly {
            out.cycles += 1
            anneal(cycle, moves: moves, placed: placed, hot: hot, done: done, into: &out)
        }
        return out
    }

    /// One anneal from the best timetable so far (`out.state`), its work counted from `out.effort`:
    /// `out` keeps the best timetable met, the work and the repairs' counts.
    private func anneal(
        _ cycle: Int, moves: [any Move], placed: [Int], hot: Double, done: (Int) -> Double, into out: inout Outcome
    ) {
        // Each cycle its own random stream, so the first is the same whatever `cycles` says.
        var rng = SeededRandom(seed: seed &+ 7_919 &* cycle &+ 17)
        var state = out.state
        let cold = hot / 200
        let begun = out.effort
        // A repair costs thousands of candidates' worth: it starts at, and never falls below, a
        // floor scaled down by its work so that failing repairs take a small share of the effort.
        let moveFloor = 0.05
        var repairFloor = [Double](repeating: moveFloor / Self.repairWorkGuess, count: repairs.count)
        var score = [Double](repeating: 1, count: moves.count) + repairFloor
        var temperature = hot
        var iteration = 0
        while out.effort - begun < budget && !placed.isEmpty {
            iteration += 1
            if iteration % 64 == 0 {
                let part = done(out.effort - begun)
                if part >= 1 { break }
                if shouldStop() {
                    out.stoppedEarly = true
                    break
                }
                temperature = hot * pow(cold / hot, part)
            }
            let r = placed[Int.random(in: 0..<placed.count, using: &rng)]
            guard state.active[r] else { continue }
            let total = score.reduce(0, +)
            var pick = Double.random(in: 0..<total, using: &rng)
            var k = 0
            while k < score.count - 1 && pick >= score[k] { pick -= score[k]; k += 1 }
            var candidates: [[Change]]
            var work = 0
            if k < moves.count {
                candidates = moves[k].candidates(for: r, in: state, rng: &rng)
            } else {
                let repaired = repairs[k - moves.count].repair(around: r, in: state, rng: &rng)
                candidates = repaired.changes.map { [$0] } ?? []
                work = repaired.work
                out.repairsDrawn += 1
                out.repairWork += work
            }
            let before = state.soft
            var chosen: (delta: Double, changes: [Change])? = nil
            for c in candidates {
                let undo = state.apply(c)
                out.effort += 1
                let valid = state.isValid
                let delta = state.soft - before
                state.apply(undo)
                guard valid else { continue }
                if chosen == nil || delta < chosen!.delta - 1e-9 { chosen = (delta, c) }
            }
            out.effort += work
            let gain = chosen.map { max(0, -$0.delta) } ?? 0
            if k >= moves.count { repairFloor[k - moves.count] = moveFloor / Double(max(1_000, work)) }
            score[k] = max(
                k < moves.count ? moveFloor : repairFloor[k - moves.count],
                0.95 * score[k] + 0.05 * gain / Double(max(1, candidates.count + work)) * 10)
            if let move = chosen, move.delta <= 0 || Double.random(in: 0..<1, using: &rng) < exp(-move.delta / temperature) {
                state.apply(move.changes)
                if k >= moves.count { out.repairsTaken += 1 }
            }
            if state.soft < out.state.soft - 1e-9 {
                out.state = state
                improved?(out.effort, state.soft)
            }
        }
    }
}
