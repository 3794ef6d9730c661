import Domain
import Foundation

/// Finds a timetable that breaks no hard rule and leaves nothing out, by local search on the
/// incremental state: every requirement is placed (clashes allowed), then sessions in conflict
/// are moved: each step prices candidates of every move for one session in conflict and
/// takes the best. Candidates are priced with adaptive rule weights (a rule that stays
/// broken weighs more, a breakout); the best candidate is taken when it is no worse, or by
/// simulated annealing when it is; a short tabu keeps a session from going straight back; a
/// long stall reheats and returns to the best state met. On a re-plan (`--keep`) a tie goes to
/// the candidate that leaves fewer published sessions moved (`SoftAmount.sessionsMoved`), so
/// the search moves only what a rule forces. Work is counted in candidates priced, not
/// seconds, so a run ending by its budget is the same on any machine.
public struct FeasibilitySearch {
    public var moves: [any Move] = [
        Relocate(), Swap(), UnitShift(), Eject(), BlockSwap(), KempeChain(sample: 2), TeacherChange(), ElectiveSwap(sample: 2)
    ]
    /// Candidates priced at most.
    public var budget: Int
    public var seed: Int
    /// Asked every few hundred candidates; true ends the search (the wall clock).
    public var shouldStop: @Sendable () -> Bool
    /// Told of each new best state: work done so far and the state's counts.
    public var improved: (@Sendable (_ effort: Int, _ counts: [Int]) -> Void)? = nil

    public init(budget: Int, seed: Int, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.budget = budget; self.seed = seed; self.shouldStop = shouldStop
    }

    public struct Outcome: Sendable {
        /// The best state met: fewest unplaced periods plus violations.
        public var state: TimetableState
        /// Candidates priced.
        public var effort: Int
        /// Whether `shouldStop` (the clock), not success or the budget, ended the search.
        public var stoppedEarly = false
    }

    /// Unweighted badness: unplaced periods plus violations (0: valid).
    static func badness(_ s: TimetableState) -> Int { s.counts.reduce(0, +) }

    public func run(from start: TimetableState) -> Outcome {
        var rng = SeededRandom(seed: seed)
        var state = start
        var effort = 0
        // Everything placed first, each where it costs least now.
        var weights = [Int](repeating: 1, count: Rule.allCases.count)
        weights[Rule.unplaced.rawValue] = 4
        for r in state.unplaced {
            var best: (cost: Int, moved: Int, a: Int)? = nil
            for a in state.index.assignments(of: r) {
                state.place(r, at: a)
                let z = state.cost(weights), moved = state.amount(.sessionsMoved)
                state.unplace(r)
                effort += 1
                if best == nil || z < best!.cost || (z == best!.cost && moved < best!.moved) { best = (z, moved, a) }
            }
            if let b = best { state.place(r, at: b.a) }
        }
        var best = state
        var bestBadness = Self.badness(state)
        var tabuUntil = [Int](repeating: 0, count: state.index.assignmentCount)
        var conflicts: [Int] = []
        let tenure = 10
        var temperature = 2.0
        var sinceBest = 0
        var iteration = 0
        var stoppedEarly = false
        while bestBadness > 0 && effort < budget {
            iteration += 1
            if iteration % 64 == 0 && shouldStop() {
                stoppedEarly = true
                break
            }
            if conflicts.isEmpty || iteration % 256 == 0 {
                conflicts = state.conflicted()
                if conflicts.isEmpty { break }
            }
            let r = conflicts.remove(at: Int.random(in: 0..<conflicts.count, using: &rng))
            // The list is rebuilt now and then: a session no longer in conflict stays where it is,
            // and one an elective swap took out is no longer required.
            guard state.active[r], !state.isPlaced(r) || state.inConflict(r) else { continue }
            let before = state.cost(weights)
            var chosen: (delta: Int, moved: Int, changes: [Change])? = nil
            for m in moves {
                let candidates = m.candidates(for: r, in: state, rng: &rng)
                for c in candidates {
                    let undo = state.apply(c)
                    let delta = state.cost(weights) - before
                    let moved = state.amount(.sessionsMoved)
                    let leadsToBest = Self.badness(state) < bestBadness
                    state.apply(undo)
                    effort += 1
                    let tabu = c.contains { $0.assignment >= 0 && tabuUntil[$0.assignment] > iteration }
                    if tabu && !leadsToBest { continue }
                    if chosen == nil || delta < chosen!.delta
                        || (delta == chosen!.delta && (moved < chosen!.moved || (moved == chosen!.moved && Bool.random(using: &rng))))
                    {
                        chosen = (delta, moved, c)
                    }
                }
            }
            guard let move = chosen else { continue }
            // Simulated annealing: a worse move now and then, less often as the state cools.
            guard move.delta <= 0 || Double.random(in: 0..<1, using: &rng) < exp(-Double(move.delta) / temperature) else {
                sinceBest += 1
                continue
            }
            let undo = state.apply(move.changes)
            for u in undo where u.assignment >= 0 { tabuUntil[u.assignment] = iteration + tenure + Int.random(in: 0..<tenure, using: &rng) }
            let b = Self.badness(state)
            if b < bestBadness {
                best = state; bestBadness = b; sinceBest = 0
                improved?(effort, state.counts)
            } else {
                sinceBest += 1
            }
            // Breakout: rules still broken weigh more; a long stall returns to the best.
            if sinceBest > 0 && sinceBest % 500 == 0 {
                for i in weights.indices where state.counts[i] > 0 { weights[i] = min(weights[i] + 1, 10) }
            }
            temperature = max(0.1, temperature * 0.9995)
            if sinceBest >= 20_000 {
                temperature = 2.0
                state = best
                weights = weights.map { max(1, $0 / 2) }
                sinceBest = 0
                conflicts = []
            }
        }
        return Outcome(state: best, effort: effort, stoppedEarly: stoppedEarly)
    }
}

extension TimetableState {
    /// Requirements unplaced or in a broken rule, in index order.
    public func conflicted() -> [Int] {
        let x = index
        var out: [Int] = []
        for r in 0..<x.requirementCount where active[r] {
            guard assignmentOf[r] >= 0 else { out.append(r); continue }
            if inConflict(r) { out.append(r) }
        }
        return out
    }

    /// Whether a placed requirement takes part in a broken rule.
    func inConflict(_ r: Int) -> Bool {
        let x = index
        let p = x.assignmentPlacement[assignmentOf[r]]
        let g = x.requirementGroup[r], d = x.placementDay[p], t = x.placementTeacher[p], pool = x.placementPool[p]
        let first = d * x.periodsPerDay + x.placementStart[p]
        if x.isBlock(r) {
            for s in first..<(first + x.placementLength[p]) where groupOccupancy[g * x.slots + s] > 1 { return true }
            return hostsOver(r, p) || groupFirst[g] > 0
        }
        for s in first..<(first + x.placementLength[p]) {
            if groupOccupancy[g * x.slots + s] > 1 { return true }
            for c in x.cohortsOfGroup[g] where cohortOccupancy[c * x.slots + s] > 1 { return true }
            if t >= 0 && teacherOccupancy[t * x.slots + s] > 1 { return true }
            if poolOccupancy[pool * x.slots + s] > x.poolLimit[pool] { return true }
        }
        if t >= 0 && (teacherDayLoad[t * x.days + d] > x.teacherMaxPerDay[t] || teacherLoad[t] > x.teacherMax[t]) { return true }
        if crowded(p) { return true }
        if groupDayTravel[g * x.days + d] > 0 || (t >= 0 && teacherDayTravel[t * x.days + d] > 0) { return true }
        if groupFirst[g] > 0 { return true }
        if groupOrder[g] > 0 {
            // only the sessions of a pair out of order, not the group's others
            for pair in x.orderPairsOfGroup[g] where pair.earlier == r || pair.later == r {
                if let e = slotRange(pair.earlier), let l = slotRange(pair.later), l.first <= e.last { return true }
            }
        }
        let u = x.requirementUnit[r]
        if u >= 0 && (unitOrder[u] > 0 || unitWindow[u] > 0) { return true }
        return false
    }
}
