import Domain
import Foundation

/// Lowers the soft terms the state prices (travel, compactness, teacher balance, needs, and seats,
/// spread, isolated periods, venue changes and stability) of a valid timetable without breaking a rule or
/// leaving a session out: simulated annealing over the feasibility search's moves (but block
/// swap), the compactness, meeting and course-venue moves, any session a candidate, the move chosen by roulette
/// over its recent gains per candidate priced (adaptive operator choice); a long stall
/// reheats from the best timetable met. It ends at its budget, after `stall` candidates without a new
/// best, or when told to stop. Work is counted in candidates priced.
public struct ImprovementSearch {
    /// CourseVenue only where venue changes cost something, ElectiveSwap only where a class has
    /// two menu courses to swap (the roulette would waste draws on them).
    public var moves: [any Move] = [
        Relocate(sample: 16), Swap(sample: 6), UnitShift(sample: 4), Eject(sample: 4),
        KempeChain(sample: 3), TeacherChange(), Compactness(sample: 6), MeetingMove(sample: 8),
        CourseVenue(sample: 3), ElectiveSwap(sample: 3)
    ]
    public var budget: Int
    /// Candidates priced since the last new best after which the search ends.
    public var stall = 300_000
    public var seed: Int
    public var shouldStop: @Sendable () -> Bool
    /// Told of each new best: work done so far and the soft cost.
    public var improved: (@Sendable (_ effort: Int, _ soft: Double) -> Void)? = nil
    /// How far through its run the search is (0…1), from the work done: given, the search anneals
    /// once, cooling from hot to cold as this grows and ending at 1, with no stall ending it; nil,
    /// it quenches (fast cooling, reheats from the best after a stall) until budget or stall.
    /// A long run spends its work better on one slow anneal; a short one on quenches.
    public var schedule: (@Sendable (_ effort: Int) -> Double)? = nil

    public init(budget: Int, seed: Int, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.budget = budget; self.seed = seed; self.shouldStop = shouldStop
    }

    public struct Outcome: Sendable {
        public var state: TimetableState
        public var effort: Int
    }

    public func run(from start: TimetableState) -> Outcome {
        precondition(start.isValid, "the improvement search starts from a valid timetable")
        var rng = SeededRandom(seed: seed &+ 17)
        var state = start, best = start
        // Shadowing placements stay: moving a block alone changes no term the state prices, and
        // each move would need the host assignment (GLPK's) checked again.
        // Sessions taken now, and those of menu courses a swap may take in (skipped while not taken).
        let x = state.index
        let placed = (0..<x.modelRequirementCount).filter { r in
            state.active[r] || (x.requirementCourse[r] >= 0 && x.electives.pairSwappable[x.requirementCourse[r]])
        }
        var effort = 0, iteration = 0, sinceBest = 0, effortAtBest = 0
        let moves = self.moves.filter {
            !($0 is CourseVenue && x.venueChangesWeight == 0) && !($0 is ElectiveSwap && !state.hasElectiveSwaps)
        }
        var score = [Double](repeating: 1, count: moves.count)
        let hot = max(1.0, state.index.compactnessWeight, state.index.travelWeight * 30, state.index.isolatedWeight, state.index.venueChangesWeight)
        var temperature = hot
        let cold = hot / 200
        while effort < budget && !placed.isEmpty {
            iteration += 1
            if iteration % 64 == 0 {
                if shouldStop() { break }
                if let schedule {
                    let done = schedule(effort)
                    if done >= 1 { break }
                    temperature = hot * pow(cold / hot, done)
                }
            }
            // Long without a new best: the rest of the time is better spent by GLPK.
            if schedule == nil && effort - effortAtBest > stall { break }
            let r = placed[Int.random(in: 0..<placed.count, using: &rng)]
            guard state.active[r] else { continue }
            let total = score.reduce(0, +)
            var pick = Double.random(in: 0..<total, using: &rng)
            var k = 0
            while k < moves.count - 1 && pick >= score[k] { pick -= score[k]; k += 1 }
            let candidates = moves[k].candidates(for: r, in: state, rng: &rng)
            let before = state.soft
            var chosen: (delta: Double, changes: [Change])? = nil
            for c in candidates {
                let undo = state.apply(c)
                effort += 1
                let valid = state.isValid
                let delta = state.soft - before
                state.apply(undo)
                guard valid else { continue }
                if chosen == nil || delta < chosen!.delta - 1e-9 { chosen = (delta, c) }
            }
            let gain = chosen.map { max(0, -$0.delta) } ?? 0
            score[k] = max(0.05, 0.95 * score[k] + 0.05 * gain / Double(max(1, candidates.count)) * 10)
            if let move = chosen, move.delta <= 0 || Double.random(in: 0..<1, using: &rng) < exp(-move.delta / temperature) {
                state.apply(move.changes)
            }
            if state.soft < best.soft - 1e-9 {
                best = state; sinceBest = 0; effortAtBest = effort
                improved?(effort, best.soft)
            } else {
                sinceBest += 1
            }
            guard schedule == nil else { continue }
            temperature = max(cold, temperature * 0.9995)
            if sinceBest >= 8_000 { state = best; temperature = hot / 4; sinceBest = 0 }
        }
        return Outcome(state: best, effort: effort)
    }
}
