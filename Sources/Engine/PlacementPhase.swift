import Domain
import Foundation
import GLPK
import MIP
import Planner
import Search

/// Shadowing placements (跟班学习) around a solve: blocks first (`PlacementBlocks`, each checked
/// by the exact host assignment), the timetable planned around them, then who goes to which
/// host solved to optimality by GLPK.
enum PlacementPhase {
    /// Whether any group requires a placement course.
    static func applies(to scenario: TrainingScenario) -> Bool {
        let placements = Set(scenario.courses.filter { $0.form == .placement }.map(\.id))
        return !placements.isEmpty && scenario.groups.contains { $0.required.contains(where: placements.contains) }
    }

    /// The optimal assignment's values, or nil when the hosts cannot take every unit.
    static func assign(_ assignment: HostAssignment) throws -> [Double]? {
        guard !assignment.units.isEmpty else { return [] }
        // Every unit needs some host column, else its equality row cannot hold.
        guard assignment.units.indices.allSatisfy({ u in assignment.columns.contains { $0.unit == u } }) else { return nil }
        let result = try GLPK.solve(assignment.program)
        guard result.status == .optimal || result.status == .feasible else { return nil }
        return result.values
    }

    /// Each class's block, every one checked by the exact host assignment.
    static func blocks(_ context: PlanningContext) throws -> PlacementBlocks {
        var failure: Error?
        let chosen = PlacementBlocks(context: context) { units in
            do { return try assign(HostAssignment(context: context, units: units)) != nil } catch { failure = error; return false }
        }
        if let failure { throw SolveError.solver("\(failure)") }
        return chosen
    }

    /// The scenario the timetable's program is built on: the one `paike solve` plans (and
    /// `paike export` writes), with the blocks chosen first.
    static func around(_ scenario: TrainingScenario) throws -> TrainingScenario {
        applies(to: scenario) ? try blocks(PlanningContext(scenario)).scenarioAround(scenario) : scenario
    }

    static func run(_ scenario: TrainingScenario, options: SolveOptions, progress: (@Sendable (SolveProgress) -> Void)?) throws -> SolveOutcome {
        let context = PlanningContext(scenario)
        let first = try blocks(context)
        var chosen = first
        var start: (timetable: Timetable, electives: Set<GroupCourse>)? = nil
        var note: String? = nil
        var options = options
        // Programmes in parts keep the blocks chosen first (the search of a part cannot move them),
        // and so does a re-plan (`--keep`: the stability term does not price a moved block).
        // (The default budget is never 0, so only a given one is read.)
        if (options.effort ?? 1) > 0 && options.published == nil
            && first.scenarioAround(scenario).planningParts().count <= 1
        {
            let clock = ContinuousClock(), t0 = clock.now, before = options.spentBefore
            @Sendable func elapsed() -> Double {
                let d = clock.now - t0
                let wall = before + Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
                return Interruption.requested ? wall + SolveJob.interruptionOffset : wall
            }
            if let searched = try search(
                scenario, context: context, first: first, options: options, until: options.timeLimit * 0.4,
                elapsed: elapsed, progress: progress)
            {
                note = searched.note
                if let moved = searched.moved { chosen = moved.blocks; start = (moved.timetable, moved.electives) }
            }
            options.spentBefore = elapsed() - (Interruption.requested ? SolveJob.interruptionOffset : 0)
        }
        var outcome = try SolveJob.runTimetable(chosen.scenarioAround(scenario), options: options, progress: progress, start: start)
        let assignment = HostAssignment(context: context, units: chosen.units)
        guard let values = try assign(assignment) else {
            throw SolveError.solver("the host assignment of blocks each found feasible has no solution (a bug: please report it)")
        }
        var blocks = chosen.blocks
        for (u, shares) in assignment.shares(from: values).enumerated() { blocks[chosen.blockOf[u]].hosts += shares }
        outcome.timetable.placements = blocks
        outcome.timetable.unmet += chosen.unmet
        // Every rule again on the scenario as written, placements included.
        let violations = TimetableFacts(context: context, timetable: outcome.timetable).allViolations().map(\.description)
        outcome.summary.violations = violations
        if !violations.isEmpty {
            outcome.summary.status = .none
        } else if !chosen.unmet.isEmpty, outcome.summary.status == .valid {
            outcome.summary.status = .unmet
        }
        outcome.summary.method =
            "shadowing placements first (latest free block each host assignment takes, cadres to hosts by GLPK to optimality"
            + (note.map { "; " + $0 } ?? "") + "); " + outcome.summary.method
        return outcome
    }

    /// The timetable search with the blocks as its own requirements (`BlockSpec`), from the
    /// blocks chosen first and a greedy start around them, run only when that start leaves
    /// sessions out and the feasibility search with the blocks held cannot place them: blocks
    /// shift and swap like sessions, with the hosts' capacity counted per course and day. Blocks
    /// it moves are kept when the search places more than with them held and the exact host
    /// assignment (GLPK) takes them; then its timetable starts the solve around them.
    static func search(
        _ scenario: TrainingScenario, context: PlanningContext, first: PlacementBlocks, options: SolveOptions,
        until: Double, elapsed: @escaping @Sendable () -> Double, progress: (@Sendable (SolveProgress) -> Void)?
    ) throws
        -> (note: String, moved: (blocks: PlacementBlocks, timetable: Timetable, electives: Set<GroupCourse>)?)?
    {
        guard !first.blocks.isEmpty else { return nil }
        let plan = Plan(context: PlanningContext(PlacementBlocks.scenarioOpen(scenario)), rows: false)
        let index = StateIndex(plan: plan, placing: first, context: context)
        guard index.blocks.count == first.blocks.count else { return nil }
        let firstDays = first.dayIndices(context)
        // The greedy start around the blocks chosen first: their days busy for their classes.
        var busy: [Group.ID: Set<Int>] = [:]
        for (b, days) in zip(first.blocks, firstDays) {
            for d in days { busy[b.group, default: []].formUnion((0..<context.periodsPerDay).map { d * context.periodsPerDay + $0 }) }
        }
        // As the solve's own greedy start: more seeded tries while one leaves something out.
        let (greedy, run) = SolveJob.bestGreedy(plan, seed: options.seed, busy: busy)
        guard run.unplaced > 0 else { return nil }
        let choice = greedy.choice
        let active = SolveJob.searchable(plan, electives: choice.electives) + Array(repeating: true, count: index.blocks.count)
        // The state over an index, each block at the window chosen first.
        func state(_ x: StateIndex) -> TimetableState? {
            var chosen = choice.chosen
            for (b, days) in firstDays.enumerated() {
                guard let d = days.first, let a = x.blockAssignment(b, startDay: d) else { return nil }
                chosen[x.requirement(ofBlock: b)] = a
            }
            return TimetableState(index: x, active: active, electives: choice.electives, chosen: chosen)
        }
        let limit = until
        func search(_ what: String, from start: TimetableState) -> (state: TimetableState, effort: Int) {
            var search = FeasibilitySearch(
                budget: options.workBudget(sessions: plan.model.requirements.count) / 4, seed: options.seed, shouldStop: { elapsed() > limit })
            if let progress {
                search.improved = { effort, counts in
                    let broken = counts.indices.filter { counts[$0] > 0 }.map { "\(Rule(rawValue: $0)!) ×\(counts[$0])" }.joined(separator: ", ")
                    progress(SolveProgress(elapsed: elapsed(), phase: "shadowing placements: feasibility search \(what) (\(effort) priced): \(broken)"))
                }
            }
            let out = search.run(from: start)
            var found = out.state
            LeaveOutConflicts().run(&found)
            return (found, out.effort)
        }
        // First with the blocks where they are: when that places everything, the solve's own
        // search will too, and GLPK keeps the latest blocks.
        guard let pinnedStart = state(StateIndex(plan: plan, placing: first, context: context, pinned: true)), let start = state(index),
            pinnedStart.violationCount == 0, start.violationCount == 0
        else { return nil }
        progress?(
            SolveProgress(
                elapsed: elapsed(), phase: "shadowing placements: the greedy start around the blocks chosen first leaves \(start.count(.unplaced)) periods out")
        )
        let pinned = search("around the blocks chosen first", from: pinnedStart)
        guard pinned.state.count(.unplaced) > 0 else { return nil }
        let (found, effort) = search("moving the blocks", from: start)
        let blockRequirements = index.blocks.indices.map(index.requirement(ofBlock:))
        var note =
            "blocks searched with the sessions: \(pinned.effort + effort) candidates priced, "
            + "\(pinned.state.count(.unplaced)) periods left out around the blocks chosen first, "
        guard found.violationCount == 0, blockRequirements.allSatisfy(found.isPlaced), found.count(.unplaced) < pinned.state.count(.unplaced) else {
            return (note + "no fewer when blocks move: blocks kept", nil)
        }
        let days = blockRequirements.map { r in
            let d = index.day(ofPlacement: found.placement(of: r)!)
            return Array(d..<(d + index.blocks[index.block(of: r)].days))
        }
        guard days != firstDays else { return (note + "\(found.count(.unplaced)) with the same blocks", nil) }
        let moved = PlacementBlocks(context: context, blocks: zip(first.blocks, days).map { ($0.group, $0.course, $1) }, unmet: first.unmet)
        guard try assign(HostAssignment(context: context, units: moved.units)) != nil else {
            return (note + "\(found.count(.unplaced)) with blocks moved, but the hosts cannot take them: blocks chosen first kept", nil)
        }
        note += "\(found.count(.unplaced)) with \(zip(days, firstDays).filter { $0 != $1 }.count) blocks moved"
        let sessions = found.chosen.filter { !index.isBlock($0.key) }
        let electives = found.electivesTaken
        let timetable = plan.timetable(from: plan.integerValues(chosen: sessions, electives: electives), diagnose: false)
        return (note, (moved, timetable, electives))
    }
}
