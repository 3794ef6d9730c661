import Domain
import GLPK
import MIP
import Planner
import Search

/// Fix-and-optimise's step as one of the anneal's operators (`ExactRepair`): the class of the
/// drawn session and its closest competitor re-planned by GLPK's branch-and-bound within a node
/// budget, everything else held at the state's timetable. Large classes are re-planned over the
/// day window of the session. The electives stay as they are (ElectiveSwap moves them).
struct ClassReplan: ExactRepair {
    let name = "class re-planned by GLPK"
    let plan: Plan
    let index: ProgramIndex
    /// Each class with the class it competes with most (the first neighbourhood of two holding it).
    let hoodOf: [Group.ID: [Group.ID]]
    let windows: [ClosedRange<Int>]?
    /// Integer columns derived from the sessions (the venues a course uses).
    let derived: Set<Int>
    let nodes: Int
    /// Seconds GLPK may still take (the clock caps a step as it caps fix-and-optimise's).
    let secondsLeft: @Sendable () -> Double

    /// Columns × (nodes + 1) of a re-plan per candidate's worth of work, so a repair costs about
    /// what the moves priced in its time would: measured, a Wensu class pair (2–3k columns, 50
    /// nodes) takes about 2 s, in which the anneal prices ~66k candidates (so 1.0 charges it
    /// twice over); an ITC-2007 comp07 pair (4k columns) takes 0.15–0.35 s.
    static let columnsPerCandidate = 1.0

    init(plan: Plan, nodes: Int, secondsLeft: @escaping @Sendable () -> Double) {
        self.plan = plan
        self.nodes = nodes
        self.secondsLeft = secondsLeft
        index = ProgramIndex(plan.program)
        windows = plan.dayWindows()
        derived = Set(plan.model.derivedColumns.values.flatMap { $0 })
        var hoodOf: [Group.ID: [Group.ID]] = [:]
        for hood in plan.neighbourhoods(size: 2) { for g in hood where hoodOf[g] == nil { hoodOf[g] = hood } }
        self.hoodOf = hoodOf
    }

    func repair(around r: Int, in state: TimetableState, rng: inout SeededRandom) -> (changes: [Change]?, work: Int) {
        let m = plan.model
        guard let hood = hoodOf[m.requirements[r].group], secondsLeft() > 0 else { return (nil, 0) }
        let values = plan.integerValues(chosen: state.chosen, electives: state.electivesTaken)
        var days: ClosedRange<Int>? = nil
        if let windows, state.isPlaced(r) {
            let day = m.placement(m.assignments[state.assignmentOf[r]].placement).day
            days = windows.first { $0.contains(day) }
        }
        let part = Restriction(plan.program, around: values, freeing: plan.freeColumns(for: Set(hood), around: values, days: days), index: index)
        guard !part.columns.isEmpty else { return (nil, 1) }
        var o = MIPOptions(timeLimit: max(0.1, secondsLeft()), relativeGap: 0)
        o.nodeLimit = nodes
        o.concurrent = true
        // The state gives the sessions only: the soft measures of its start (and the venues a course
        // uses) come from solving the part with the sessions held.
        guard let begin = part.measuredStart(derived: derived, options: o), let solved = try? part.replanned(options: o, start: begin)
        else { return (nil, part.columns.count) }
        let work = Int(Double(part.columns.count * (1 + solved.nodes)) / Self.columnsPerCandidate)
        guard let merged = solved.values else { return (nil, work) }
        var changes: [Change] = []
        for g in hood {
            for q in m.requirementsOfGroup[g] ?? [] where state.active[q] {
                if let e = m.takenColumn(m.requirements[q]), merged[e] < 0.5 { return (nil, work) }
                guard let a = m.assignmentsOf[q].first(where: { merged[m.assignments[$0].column] > 0.5 }) else { return (nil, work) }
                if a != state.assignmentOf[q] { changes.append(Change(requirement: q, assignment: a)) }
            }
        }
        return (changes.isEmpty ? nil : changes, work)
    }
}
