import Domain
import Foundation
import GLPK
import MIP
import Planner
import Search

/// How a solve should run.
public struct SolveOptions: Sendable {
    public var timeLimit: Double
    /// Stop improving once the gap to the bound is at most this.
    public var relativeGap: Double
    public var seed: Int
    /// Put wall-clock seconds into the report (reruns then differ in that line).
    public var recordTime: Bool
    /// Passes over the neighbourhoods of each size; a pass that improves nothing ends that size.
    public var passes: Int
    /// Branch-and-bound nodes per re-planning step: a fixed budget keeps runs reproducible.
    public var nodesPerStep: Int
    /// Neighbourhood sizes of fix-and-optimise: each class with its closest `size − 1` competitors.
    public var neighbourhoodSizes: [Int] = [1, 2]
    /// A published timetable to keep close to (`--keep`): moves cost `objective.stability` each.
    public var published: Timetable?
    /// Work the searches may do, in candidate changes priced (not seconds, so that a run it
    /// ends is the same on any machine); fix-and-optimise of a programme solved whole gets one
    /// GLPK node per `candidatesPerNode` of what the searches left of it (`nodeBudget`).
    /// nil: `defaultEffort(sessions:)` of the programme planned.
    public var effort: Int? = nil
    /// The budget a programme of this many sessions gets when `--effort` is not given: 4,000,000
    /// (Wensu's 133 sessions end by it in about 20 s), and 12,000 per session above 333, so a
    /// prefecture's anneal can use the time it is given (tight prefecture seed 1 at 300 s: 16.3 %
    /// from the bound with 4,000,000, 7.4 % with its default of 35,500,000).
    public static func defaultEffort(sessions: Int) -> Int { max(4_000_000, effortPerSession * sessions) }
    public static let effortPerSession = 12_000
    /// `effort`, or the default for a programme of this many sessions.
    public func workBudget(sessions: Int) -> Int { effort ?? Self.defaultEffort(sessions: sessions) }
    public static let candidatesPerNode = 4_000
    /// Branch-and-bound nodes fix-and-optimise may spend in all; nil: what the searches left of
    /// the work budget ÷ `candidatesPerNode`. (A wider round on a programme the size of Wensu can
    /// run for many minutes: without a budget only the clock would end it.)
    public var nodeBudget: Int? = nil
    func fixAndOptimiseNodes(budget: Int, searched: Int) -> Int { nodeBudget ?? max(0, budget - searched) / SolveOptions.candidatesPerNode }
    /// Share of the time limit the improvement search of the first timetable anneals for, cooled
    /// by the clock; nil (the default): sized by the programme and `effort`, so a run it ends is
    /// reproducible. For timed contests (ITC-2007), where the clock is the rule anyway.
    public var annealShare: Double? = nil
    /// Seconds already spent before the solve began (loading and checking the scenario): the
    /// time limit is the whole run's, so every phase's deadline counts them.
    public var spentBefore: Double = 0
    /// A relaxation of the scenario the caller knows and the planner's own bounds cannot state
    /// (ITC-2007's first stage, `StageOneBound`): solved on the bound's core, its LP and then
    /// branch-and-bound until 95 % of the time limit, each proven bound offered as it comes.
    public var relaxation: (program: IntegerProgram, name: String)? = nil
    public init(
        timeLimit: Double = 60, relativeGap: Double = 0, seed: Int = 0, recordTime: Bool = false,
        passes: Int = 2, nodesPerStep: Int = 50
    ) {
        self.timeLimit = timeLimit; self.relativeGap = relativeGap; self.seed = seed; self.recordTime = recordTime
        self.passes = passes; self.nodesPerStep = nodesPerStep
    }
}

/// A progress line for long solves: elapsed, best objective, bound, gap.
public struct SolveProgress: Sendable {
    public var elapsed: Double
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    public var phase: String
    public var line: String {
        func f(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
        let g = gap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
        // A phase with nothing to price yet (loading, building, checking, writing) says only what it does.
        guard objective != nil || bound != nil || gap != nil else { return String(format: "[%6.1fs] ", elapsed) + phase }
        return String(format: "[%6.1fs] ", elapsed) + "\(phase): objective \(f(objective)), bound \(f(bound)), gap \(g)"
    }
    /// A line for a phase only.
    public init(elapsed: Double, phase: String) { self.init(elapsed: elapsed, objective: nil, bound: nil, gap: nil, phase: phase) }
    public init(elapsed: Double, objective: Double?, bound: Double?, gap: Double?, phase: String) {
        self.elapsed = elapsed; self.objective = objective; self.bound = bound; self.gap = gap; self.phase = phase
    }
}

public struct SolveOutcome: Sendable {
    public var timetable: Timetable
    public var summary: SolveSummary
}

public enum SolveError: Error, CustomStringConvertible {
    case solver(String)
    public var description: String {
        switch self {
        case .solver(let s): "the solver failed: \(s)"
        }
    }
}

/// Scenario in, timetable out. GLPK cannot take a whole programme in one model (measured in
/// Benchmarks/README.md), so: a greedy timetable, completed by linear programming; then
/// fix-and-optimise, re-planning one class, then two competing classes, at a time with GLPK while
/// the rest is held; meanwhile, on the second core, lower bounds from the classes coupled (CouplingBound) and each class solved alone.
/// The final timetable is checked rule by rule, independently of the model.
public enum SolveJob {
    /// Added to the solve's clock once interrupted: past every deadline, yet finite.
    static let interruptionOffset = 1e9
    /// Seconds really spent, from the clock every phase reads.
    static func wallSeconds(_ elapsed: Double) -> Double { Interruption.requested ? elapsed - interruptionOffset : elapsed }
    /// `SIGINT`, `SIGTERM`: how the report names what stopped the run.
    static func signalName(_ signal: Int32) -> String { signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)" }

    public static func run(
        _ scenario: TrainingScenario, options: SolveOptions = SolveOptions(),
        progress: (@Sendable (SolveProgress) -> Void)? = nil
    ) throws -> SolveOutcome {
        // Shadowing placements put their blocks first and plan the timetable around them.
        var outcome =
            PlacementPhase.applies(to: scenario)
            ? try PlacementPhase.run(scenario, options: options, progress: progress)
            : try runTimetable(scenario, options: options, progress: progress)
        // Mentoring is matched after the classes and apart from them: it never moves a session.
        outcome.summary.mentoring = try MentoringJob.run(scenario)
        return outcome
    }

    /// `start`: a timetable to start from instead of the greedy start (the shadowing placements'
    /// search, which moved blocks), with its electives; the greedy start when it does not fit.
    static func runTimetable(
        _ scenario: TrainingScenario, options: SolveOptions,
        progress: (@Sendable (SolveProgress) -> Void)?,
        start given: (timetable: Timetable, electives: Set<GroupCourse>)? = nil
    ) throws -> SolveOutcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        let before = options.spentBefore
        @Sendable func wall() -> Double {
            let d = clock.now - t0
            return before + Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        // What every phase compares with its deadline: after Ctrl-C or SIGTERM, past all of them,
        // so each phase ends at its next check and the best timetable so far is finished and written.
        @Sendable func elapsed() -> Double { Interruption.requested ? wall() + interruptionOffset : wall() }
        var history: [ProgressPoint] = []
        // Every improvement is recorded for report.json's history (kept only with --timing).
        func report(_ p: SolveProgress) {
            var p = p
            p.elapsed = wall()
            if let z = p.objective { history.append(ProgressPoint(seconds: p.elapsed, objective: z, bound: p.bound, phase: p.phase)) }
            progress?(p)
        }
        let parts = scenario.planningParts()
        if parts.count > 1 {
            var outcome = try runParts(scenario, parts: parts, options: options, elapsed: elapsed, report: report, progress: progress)
            if options.recordTime { outcome.summary.history = history }
            return outcome
        }
        let plan = Plan(scenario, published: options.published)
        // Classes too big to re-plan whole are too big to bound by branch-and-bound in time too.
        let bound = BoundTask(
            scenario: scenario, options: options, deadline: options.timeLimit, elapsed: elapsed,
            linearOnly: plan.dayWindows() != nil)
        bound.start()

        var notes: [String] = []
        var nodes = 0
        let carried = given.flatMap { g in chosen(plan, of: g.timetable).map { (chosen: $0, electives: g.electives) } }
        // The anneal is sized by work; its clock edge only guards the limit, later than the feasibility
        // search's so that Wensu's two anneals (about 15 s) end by work within 30 s. Times first needs that time.
        let annealUntil = options.timeLimit * (plan.timesFirstPoolsVenues ? 0.5 : annealClockEdge)
        let begun = startValues(
            plan, options: options, until: options.timeLimit * 0.5, annealUntil: annealUntil, elapsed: elapsed, progress: progress, carried: carried)
        if let note = begun.note { notes.append(note) }
        var current = complete(plan, integerValues: begun.values)
        if current == nil { notes.append("the greedy start broke a row of the model and was dropped (a bug: please report it)") }

        var venuesFirst = false
        var ended = RunEnd.searchDone
        var clockCut = begun.clockCut
        do {
            // Times first (venues differing only in size pooled): most of the time on the smaller
            // program; its timetable then starts the whole one, venues re-assigned first.
            if let times = timesFirstPlan(plan, published: options.published),
                let start = greedyStart(times, options: options, until: options.timeLimit * 0.3, elapsed: elapsed)
            {
                report(
                    SolveProgress(elapsed: elapsed(), objective: times.program.objective(of: start), bound: nil, gap: nil, phase: "times first: greedy start"))
                let better = try improve(
                    times, from: start, until: options.timeLimit * 0.6, options: options, elapsed: elapsed,
                    bound: { nil }
                ) { z, what in
                    report(SolveProgress(elapsed: elapsed(), objective: z, bound: nil, gap: nil, phase: "times first: \(what)"))
                }
                nodes += better.nodes
                notes += better.notes
                let timetable = times.timetable(from: better.values)
                if let integer = plan.placementValues(of: timetable),
                    let carried = complete(plan, integerValues: integer, leaving: plan.columnsBesidesPlacements),
                    current.map({ plan.program.objective(of: carried) < plan.program.objective(of: $0) }) ?? true
                {
                    current = carried
                    venuesFirst = true
                    report(
                        SolveProgress(
                            elapsed: elapsed(), objective: plan.program.objective(of: carried), bound: nil, gap: nil, phase: "times first: rooms assigned"))
                }
            }
            // The rooms assigned after times first, improved on the incremental timetable where
            // it prices every term of this program (one pool per room: seats and venue changes).
            if venuesFirst, let values = current, let chosenNow = chosen(plan, of: plan.timetable(from: values)) {
                let electives = Set(plan.model.requirements.filter { $0.elective && chosenNow[$0.index] != nil }.map { GroupCourse($0.group, $0.course) })
                let again = startValues(
                    plan, options: options, until: options.timeLimit * 0.75, elapsed: elapsed, progress: progress,
                    carried: (chosen: chosenNow, electives: electives))
                clockCut = clockCut || again.clockCut
                if let note = again.note, let better = complete(plan, integerValues: again.values),
                    plan.program.objective(of: better) < plan.program.objective(of: values) - 1e-9
                {
                    current = better
                    notes.append("after times first, " + note)
                    report(
                        SolveProgress(
                            elapsed: elapsed(), objective: plan.program.objective(of: better), bound: nil, gap: nil,
                            phase: "times first: rooms improved by the improvement search"))
                }
            }
            if let start = current {
                if !venuesFirst {
                    report(SolveProgress(elapsed: elapsed(), objective: plan.program.objective(of: start), bound: nil, gap: nil, phase: "greedy start"))
                }
                let better = try improve(
                    plan, from: start, until: options.timeLimit * 0.9, options: options, elapsed: elapsed,
                    bound: { bound.result }, venuesFirst: venuesFirst, nodeBudget: options.fixAndOptimiseNodes(budget: begun.budget, searched: begun.effort)
                ) { z, what in
                    report(SolveProgress(elapsed: elapsed(), objective: z, bound: bound.result, gap: nil, phase: what))
                }
                current = better.values
                nodes += better.nodes
                notes += better.notes
                ended = better.ended
            }
            // A search the clock cut short hands on a timetable another machine may not reach.
            if clockCut && (ended == .effort || ended == .searchDone) { ended = .timeLimit }
        } catch {
            bound.cancel()
            bound.wait()
            throw SolveError.solver("\(error)")
        }
        bound.wait()
        if let e = bound.failure { notes.append("no bound: \(e)") }
        if let e = bound.couplingNote { notes.append("no coupling bound: \(e)") }
        if !bound.summary.isEmpty { notes.append("bounds: \(bound.summary)") }

        guard let values = current else {
            var summary = SolveSummary(
                scenarioName: scenario.name, status: .none, timeLimit: options.timeLimit, seed: options.seed,
                nodes: nodes, elapsedSeconds: options.recordTime ? wall() : nil,
                method: (["no timetable"] + notes).joined(separator: "; "))
            summary.endedBy = Interruption.signalReceived != nil ? .interrupted : .timeLimit
            return SolveOutcome(timetable: Timetable(), summary: summary)
        }
        let timetable = plan.timetable(from: values)
        let method =
            (venuesFirst ? "times first with venues differing only in size pooled, then venues; " : "")
            + "greedy start, feasibility search on the incremental timetable where it leaves sessions out, improvement search on the "
            + "soft terms the incremental timetable prices, then fix-and-optimise with GLPK \(GLPK.version) branch-and-cut in rounds over classes alone, "
            + "classes with their closest competitors, cohorts and venues (\(options.nodesPerStep) nodes a step"
            + (plan.dayWindows() != nil ? ", classes a few days at a time" : "")
            + "); bound: the classes coupled (days, pools, teachers), then each class solved alone"
            + (plan.dayWindows() != nil ? " by linear programming" : "")
        report(SolveProgress(elapsed: elapsed(), phase: "final check: every rule on the whole timetable, needs indicators"))
        var summary = finish(
            plan.context, timetable: timetable, terms: plan.objectiveTerms(of: timetable), bound: bound.result,
            nodes: nodes + bound.nodes, method: ([method] + notes).joined(separator: "; "), options: options, elapsed: elapsed, ended: ended)
        (summary.coverage, summary.needShares) = plan.needIndicators(timetable)
        report(SolveProgress(elapsed: elapsed(), objective: summary.objective, bound: summary.bound, gap: summary.gap, phase: "done"))
        if options.recordTime { summary.history = history }
        return SolveOutcome(timetable: timetable, summary: summary)
    }

    /// The summary of a finished timetable: every hard rule re-checked on the whole scenario.
    static func finish(
        _ context: PlanningContext, timetable: Timetable, terms: [ObjectiveTerm], bound: Double?, nodes: Int,
        method: String, options: SolveOptions, elapsed: () -> Double, ended: RunEnd
    ) -> SolveSummary {
        let scenario = context.scenario
        let facts = TimetableFacts(context: context, timetable: timetable)
        let violations = facts.allViolations().map(\.description)
        let objective = terms.reduce(0) { $0 + $1.weighted }
        let lower = bound.map { min($0, objective) }
        let gap = lower.map { (objective - $0) / max(abs(objective), 1) }
        let status: SolveStatus = !violations.isEmpty ? .none : timetable.unmet.isEmpty ? .valid : .unmet
        var summary = SolveSummary(
            scenarioName: scenario.name, status: status, objective: objective, bound: lower, gap: gap,
            optimal: (gap ?? 1) < 1e-9, terms: terms, timeLimit: options.timeLimit, seed: options.seed,
            nodes: nodes, elapsedSeconds: options.recordTime ? wallSeconds(elapsed()) : nil,
            method: method, violations: violations)
        summary.moves = options.published.map { timetable.moves(from: $0) }
        summary.interruptedBy = Interruption.signalReceived.map(signalName)
        summary.endedBy = summary.interruptedBy != nil ? .interrupted : summary.optimal ? .optimal : ended
        return summary
    }

    /// Greedy start: a few seeded tries while one leaves something out; the first best is kept;
    /// when it still leaves sessions out, the feasibility search places them. Then completed by
    /// linear programming. Nil if the completion breaks a row (a bug).
    static func greedyStart(_ plan: Plan, options: SolveOptions, until: Double? = nil, elapsed: @escaping @Sendable () -> Double = { 0 }) -> [Double]? {
        complete(plan, integerValues: startValues(plan, options: options, until: until, elapsed: elapsed).values)
    }

    /// What the start hands on.
    struct Start {
        /// The start's integer values alone (enough to read a timetable back).
        var values: [Double]
        /// On the searches, when they ran.
        var note: String?
        /// Whether the clock, not the work, ended a search: what it hands on then depends on the machine.
        var clockCut: Bool
        /// The work the searches did, and the work budget it came out of.
        var effort: Int, budget: Int
    }

    /// The greedy start, then the feasibility search and the anneal within the work budget.
    static func startValues(
        _ plan: Plan, options: SolveOptions, until: Double? = nil, annealUntil: Double? = nil,
        elapsed: @escaping @Sendable () -> Double = { 0 },
        progress: (@Sendable (SolveProgress) -> Void)? = nil, improve: Bool = true,
        carried: (chosen: [Int: Int], electives: Set<GroupCourse>)? = nil
    ) -> Start {
        let greedy: (values: [Double], unplaced: Int)
        let choice: (chosen: [Int: Int], electives: Set<GroupCourse>)
        if let carried {
            // A timetable found before (around other shadowing placements' blocks) instead of the greedy start.
            choice = carried
            let active = searchable(plan, electives: carried.electives)
            greedy = (
                plan.integerValues(chosen: carried.chosen, electives: carried.electives),
                active.indices.filter { active[$0] && carried.chosen[$0] == nil }.count
            )
        } else {
            let (best, first) = bestGreedy(plan, seed: options.seed)
            greedy = (first.values, first.unplaced)
            choice = best.choice
        }
        let budget = options.workBudget(sessions: plan.model.requirements.count)
        guard budget > 0 else { return Start(values: greedy.values, note: nil, clockCut: false, effort: 0, budget: budget) }
        let start = TimetableState(
            index: StateIndex(plan: plan), active: searchable(plan, electives: choice.electives), electives: choice.electives, chosen: choice.chosen)
        guard start.violationCount == 0 else { return Start(values: greedy.values, note: nil, clockCut: false, effort: 0, budget: budget) }
        let active = start.active
        let limit = until
        var state = start
        var notes: [String] = []
        var effortLeft = budget
        // Set when the clock, not the work, ended a search: what it hands on then depends on the machine.
        var clockCut = false
        if greedy.unplaced > 0 {
            // A run that anneals keeps most of its time for the anneal: GLPK places what is still out.
            let feasibilityUntil = options.annealShare.map { _ in min(limit ?? .infinity, options.timeLimit * annealFeasibilityShare) } ?? limit
            var search = FeasibilitySearch(
                budget: effortLeft, seed: options.seed, shouldStop: { feasibilityUntil.map { elapsed() > $0 } ?? false })
            if let progress {
                search.improved = { effort, counts in
                    let broken = counts.indices.filter { $0 != Rule.unplaced.rawValue && counts[$0] > 0 }
                        .map { "\(Rule(rawValue: $0)!) ×\(counts[$0])" }.joined(separator: ", ")
                    progress(
                        SolveProgress(
                            elapsed: elapsed(), objective: nil, bound: nil, gap: nil,
                            phase: "feasibility search (\(effort) priced): \(broken.isEmpty ? "no rule broken" : broken)"))
                }
            }
            let out = search.run(from: start)
            if out.stoppedEarly { clockCut = true }
            effortLeft -= out.effort
            var found = out.state
            LeaveOutConflicts().run(&found)
            notes.append(
                "feasibility search: \(out.effort) candidates priced, \(start.count(.unplaced)) periods left out by the greedy start, "
                    + "\(found.count(.unplaced)) after the search")
            if found.violationCount == 0 && found.count(.unplaced) < start.count(.unplaced) { state = found }
            // The anneal needs every session placed: the whole programme's hard rules place those
            // left out, around the rest, where branch-and-bound can take the programme whole.
            if let share = options.annealShare, state.violationCount == 0, state.count(.unplaced) > 0,
                plan.program.columns.count <= wholeProgrammeColumns,
                let values = complete(
                    plan, integerValues: plan.integerValues(chosen: state.chosen, electives: state.electivesTaken)),
                let placed = try? placeLeftOut(plan, around: values, until: options.timeLimit * share / 2, elapsed: elapsed),
                let now = chosen(plan, of: plan.timetable(from: placed))
            {
                let whole = TimetableState(index: state.index, active: state.active, electives: state.electivesTaken, chosen: now)
                notes.append("GLPK's whole programme placed \(state.count(.unplaced) - whole.count(.unplaced)) periods the search left out")
                if whole.violationCount == 0 && whole.count(.unplaced) < state.count(.unplaced) { state = whole }
            }
        }
        // Every session placed: the soft terms that move with sessions, lowered by local search
        // (skipped where the state cannot price one exactly: see `pricesEveryMovingTerm`).
        if improve && state.isValid && state.index.pricesEveryMovingTerm && effortLeft > 0 {
            // Sized by the programme, so a small one is done long before the clock could cut it.
            let sessions = active.filter { $0 }.count
            // A programme in parts anneals whole for longer than its feasibility search may run.
            let end = annealUntil ?? limit
            let stop: @Sendable () -> Bool = { end.map { elapsed() > $0 } ?? false }
            var search = ImprovementSearch(budget: min(effortLeft, annealEffortPerSession * sessions), seed: options.seed, shouldStop: stop)
            // A reheat where the work budget holds a second anneal whole: on Wensu it finds more than
            // GLPK's rounds would with that work (Benchmarks/README.md, "A second anneal from the best").
            search.cycles = effortLeft >= 2 * search.budget ? 2 : 1
            if let share = options.annealShare {
                // Timed: the anneal cools by the clock and ends at its share of the limit.
                let from = elapsed(), to = options.timeLimit * share
                search.budget = effortLeft
                search.heat = 1
                search.shouldStop = { elapsed() > to }
                search.schedule = { _ in (elapsed() - from) / max(1e-9, to - from) }
            }
            // GLPK's class re-plans join the roulette where work, not the clock, measures it: in the
            // timed anneal their work undercounts their time (ITC-2007 comp07 at 60 s: 40–47 with
            // them, 23–30 without; Benchmarks/README.md).
            // (Not on a program built without rows, a whole programme's: nothing there keeps a re-plan valid.)
            if options.annealShare == nil && !plan.program.rows.isEmpty {
                // Until the anneal's own clock edge: a repair refused earlier would make a run that ends by work depend on the machine.
                search.repairs = [ClassReplan(plan: plan, nodes: options.nodesPerStep, secondsLeft: { (end ?? .infinity) - elapsed() })]
            }
            if let progress {
                search.improved = { effort, soft in
                    progress(
                        SolveProgress(
                            elapsed: elapsed(), objective: nil, bound: nil, gap: nil,
                            phase: String(format: "improvement search (%d priced): soft terms %.1f", effort, soft)))
                }
            }
            let out = search.run(from: state)
            if options.annealShare == nil && out.stoppedEarly { clockCut = true }
            effortLeft -= out.effort
            let cycles = out.cycles > 1 ? " in \(out.cycles) anneals, each from the best before" : ""
            var note = String(
                format: "improvement search: %d candidates priced\(cycles), soft terms it prices %.1f → %.1f", out.effort, state.soft, out.state.soft)
            if !search.repairs.isEmpty {
                note += String(
                    format: " (%d class pairs re-planned by GLPK, %d candidates' worth, %d taken)", out.repairsDrawn, out.repairWork, out.repairsTaken)
            }
            notes.append(note)
            state = out.state
        }
        if clockCut { notes.append("the clock ended the search before its work budget") }
        let note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        // The work the searches did, the feasibility search's and the anneal's, out of `--effort`.
        let spent = budget - max(0, effortLeft)
        guard state.chosen != start.chosen else { return Start(values: greedy.values, note: note, clockCut: clockCut, effort: spent, budget: budget) }
        return Start(
            values: plan.integerValues(chosen: state.chosen, electives: state.electivesTaken), note: note, clockCut: clockCut, effort: spent,
            budget: budget)
    }

    /// The greedy start, and while it leaves something out up to seven seeded tries more, the one
    /// leaving out least. A whole programme gets one quick pass: the search does the rest. Bounded,
    /// so not cut by the clock: on a province with a short limit the tries are what keeps a part
    /// from leaving sessions out. `busy`: slots each group has taken before (shadowing blocks).
    static func bestGreedy(_ plan: Plan, seed: Int, busy: [Group.ID: Set<Int>] = [:])
        -> (start: GreedyStart, run: (values: [Double], placed: Int, unplaced: Int))
    {
        let large = plan.model.requirements.count > largeProgramme
        var best = GreedyStart(plan: plan, seed: seed, repairs: !large, busy: busy)
        var first = best.run()
        for k in 1..<8 where first.unplaced > 0 && !large {
            var other = GreedyStart(plan: plan, seed: seed &* 31 &+ k, explore: true, busy: busy)
            let again = other.run()
            if again.unplaced < first.unplaced { first = again; best = other }
        }
        return (best, first)
    }

    /// A timetable's sessions as this plan's assignments (requirement → assignment index); nil
    /// when a session has no placement here.
    static func chosen(_ plan: Plan, of timetable: Timetable) -> [Int: Int]? {
        guard let values = plan.placementValues(of: timetable) else { return nil }
        var out: [Int: Int] = [:]
        for (a, x) in plan.model.assignments.enumerated() where values[x.column] > 0.5 { out[x.requirement] = a }
        return out
    }

    /// Requirements the searches must place: required ones and chosen electives, less those that
    /// have no placement at all (left unmet by the program whatever the search does) and what
    /// cannot be held without them: the rest of a five-haves unit, a class without its first course.
    static func searchable(_ plan: Plan, electives: Set<GroupCourse>) -> [Bool] {
        let m = plan.model
        var active = m.requirements.map { !$0.elective || electives.contains(GroupCourse($0.group, $0.course)) }
        let placeless = Set(m.requirements.indices.filter { active[$0] && m.assignmentsOf[$0].isEmpty })
        guard !placeless.isEmpty else { return active }
        for unit in m.fiveHavesUnits() where unit.contains(where: placeless.contains) { for r in unit { active[r] = false } }
        let firstless = Set(placeless.filter { m.requirements[$0].first }.map { m.requirements[$0].group })
        for r in m.requirements.indices where placeless.contains(r) || firstless.contains(m.requirements[r].group) { active[r] = false }
        return active
    }

    /// Work the improvement search's anneal takes per session (candidates priced), out of what is
    /// left of `--effort`. Measured on Wensu, seeds 0–7: 10,000 (about 700 GLPK nodes after it) gives
    /// 5,881.3 on average in 17–22 s, 5,000 (1,000 nodes) 5,884.7 in 24–27 s (Benchmarks/README.md).
    static let annealEffortPerSession = 10_000
    /// Share of the time limit a single programme's anneal may run to (its feasibility search stops at half).
    static let annealClockEdge = 0.7
    /// Share of the time limit the feasibility search may take in a run that anneals (`annealShare`).
    static let annealFeasibilityShare = 0.2

    /// The times-first program (see `Plan.timesFirst`), when it pools some venues; nil otherwise.
    static func timesFirstPlan(_ plan: Plan, published: Timetable?) -> Plan? {
        plan.timesFirstPoolsVenues ? Plan(context: plan.context, published: published, timesFirst: true) : nil
    }

    /// Fix-and-optimise: re-plan one class, then two competing classes, at a time with GLPK while
    /// the rest is held; requirements left out are tried first with the classes in their way.
    static func improve(
        _ plan: Plan, from start: [Double], until: Double, options: SolveOptions, elapsed: () -> Double,
        bound: () -> Double?, venuesFirst: Bool = false, nodeBudget: Int = Int.max,
        improved: (Double, String) -> Void
    ) throws -> (values: [Double], nodes: Int, notes: [String], ended: RunEnd) {
        let program = plan.program
        var ended = RunEnd.searchDone
        var values = start
        var objective = program.objective(of: values)
        var nodes = 0
        var notes: [String] = []
        func outOfTime() -> Bool { elapsed() > until }
        // What ends the rounds between steps: the clock, or the nodes spent once nothing is left
        // out (repairs of sessions left out go on to the clock, as before the budget).
        func spent() -> RunEnd? {
            if outOfTime() { return .timeLimit }
            return nodes >= nodeBudget && plan.unmetRequirements(in: values).isEmpty ? .effort : nil
        }
        // Large classes are re-planned a few days at a time.
        let windows = plan.dayWindows()
        let index = ProgramIndex(program)
        func gapReached() -> Bool {
            guard options.relativeGap > 0, let b = bound() else { return false }
            return (objective - b) / max(abs(objective), 1) <= options.relativeGap
        }
        // One step: re-plan `hood` with everything else held; keep the result if it is better.
        func step(_ hood: [Group.ID], nodes budget: Int) throws -> Bool {
            guard let windows else { return try step(freeing: plan.freeColumns(for: Set(hood), around: values), hood: hood, nodes: budget) }
            var better = false
            for w in windows where spent() == nil {
                if try step(freeing: plan.freeColumns(for: Set(hood), around: values, days: w), hood: hood, nodes: budget) { better = true }
            }
            return better
        }
        func step(freeing free: Set<Int>, hood: [Group.ID], nodes budget: Int, what: String? = nil) throws -> Bool {
            let part = Restriction(program, around: values, freeing: free, index: index)
            guard !part.columns.isEmpty else { return false }
            var o = MIPOptions(timeLimit: max(0.1, until - elapsed()), relativeGap: 0)
            o.nodeLimit = budget
            o.concurrent = true
            let r = try part.replanned(options: o)
            nodes += r.nodes
            guard let merged = r.values else { return false }
            let z = program.objective(of: merged)
            guard z < objective - 1e-6 else { return false }
            values = merged; objective = z
            improved(z, what ?? (hood.isEmpty ? "venues re-assigned" : "re-planned \(hood.map(\.rawValue).joined(separator: "+"))"))
            return true
        }
        // Every session's venue with its time held: an assignment problem per period, linked only
        // by venue-change costs, worth more nodes; when that is too large, two venues at a time.
        func venueStep() throws -> Bool {
            let all = plan.venueColumns(around: values)
            if all.count <= venueStepColumns { return try step(freeing: all, hood: [], nodes: options.nodesPerStep * 20) }
            var better = false
            for pair in plan.venuePairColumns(around: values) where spent() == nil {
                let names = [pair.pools.0, pair.pools.1].map { plan.model.set.pools[$0].venues.map(\.rawValue).joined(separator: "/") }
                if try step(freeing: pair.free, hood: [], nodes: options.nodesPerStep, what: "venues \(names[0]) and \(names[1]) re-assigned") { better = true }
            }
            return better
        }
        if venuesFirst { _ = try venueStep() }
        // Rounds over every kind of hood: each class, each class with its closest competitor, each
        // cohort whole, then every session's venue with its time held. A round that improves
        // nothing widens the next (`Widening`); one that improves goes back to the narrowest. The
        // search ends when the widest round improves nothing, at the time limit or after `passes` rounds.
        let narrow: [[[Group.ID]]] = options.neighbourhoodSizes.map { plan.neighbourhoods(size: $0) } + [plan.cohortNeighbourhoods()]
        let everyone = Set(plan.context.scenario.groups.map(\.id))
        let widenings = program.columns.count <= wholeProgrammeColumns ? Widening.levels : []
        var level = 0
        var feasibilityTried = false
        rounds: for _ in 0..<options.passes {
            var better = false
            let wide = level > 0 ? widenings[level - 1] : nil
            let budget = options.nodesPerStep * (wide?.nodesFactor ?? 1)
            // Sessions still left out after a round of repairs: the whole programme at once, for them
            // alone (every other cost set aside), when it is small enough for branch-and-bound.
            if !feasibilityTried, !plan.unmetRequirements(in: values).isEmpty, program.columns.count <= wholeProgrammeColumns {
                feasibilityTried = true
                if let placed = try placeLeftOut(plan, around: values, until: min(until, elapsed() + (until - elapsed()) / 3), elapsed: elapsed) {
                    let z = program.objective(of: placed)
                    if z < objective - 1e-6 { values = placed; objective = z; improved(z, "sessions left out placed by the whole programme"); better = true }
                }
            }
            let kinds = (wide.map { w in w.sizes.map { plan.neighbourhoods(size: $0) } } ?? narrow).filter { !$0.isEmpty }
            for hoods in kinds {
                var tried = Set<[Group.ID]>()
                for r in plan.unmetRequirements(in: values) {
                    // Wider and wider: the classes in its way, then (with cohorts) every cohort mate.
                    var hoods = [2, 3].map { plan.repairNeighbourhood(for: r, around: values, size: $0) }
                    if let mates = plan.cohortMates(of: plan.model.requirements[r].group) { hoods.append(mates) }
                    for hood in hoods where plan.unmetRequirements(in: values).contains(r) {
                        guard tried.insert(hood).inserted else { continue }
                        if let why = spent() { ended = why; break rounds }
                        if try step(hood, nodes: budget * 4) { better = true }
                    }
                }
                for hood in hoods {
                    if let why = spent() { ended = why; break rounds }
                    if gapReached() { ended = .gap; break rounds }
                    if try step(hood, nodes: budget) { better = true }
                }
            }
            // Widest of all: every class at once, a few consecutive days at a time.
            if let width = wide?.days, plan.context.days.count > width {
                for first in 0...(plan.context.days.count - width) {
                    if let why = spent() { ended = why; break rounds }
                    let days = first...(first + width - 1)
                    let free = plan.freeColumns(for: everyone, around: values, days: days)
                    if try step(freeing: free, hood: [], nodes: budget, what: "re-planned days \(days.lowerBound + 1)–\(days.upperBound + 1)") { better = true }
                }
            }
            for hood in plan.seatingNeighbourhoods(around: values) {
                if let why = spent() { ended = why; break rounds }
                if try step(hood, nodes: budget) { better = true }
            }
            if let why = spent() { ended = why; break rounds }
            if try venueStep() { better = true }
            if better { level = 0 } else if level < widenings.count { level += 1 } else { break }
        }
        // A step the clock cut short ends the search as surely as a check between steps.
        if ended == .searchDone, let why = spent() { ended = why }
        switch ended {
        case .timeLimit: notes.append("time limit reached while improving")
        case .gap: notes.append("gap tolerance reached")
        case .effort: notes.append("work budget spent (\(nodes) GLPK nodes)")
        default: break
        }
        return (values, nodes, notes, ended)
    }

    /// Wider rounds for a search that has stopped improving, in order: larger groups of
    /// competing classes, every class a few days at a time, more nodes a step. Only for
    /// programmes small enough (`wholeProgrammeColumns`) that such steps stay quick.
    struct Widening {
        var sizes: [Int]
        var days: Int
        var nodesFactor: Int
        static let levels = [Widening(sizes: [4, 6], days: 2, nodesFactor: 4), Widening(sizes: [8, 12], days: 3, nodesFactor: 8)]
    }

    /// Programmes in parts up to this many requirements (a prefecture) are searched whole first;
    /// larger ones (a province: millions of placements) part by part only.
    static let wholeProgrammeRequirements = 10_000

    /// Share of the limit the whole programme's anneal may run to (its feasibility search stops at
    /// half): the parts' GLPK re-plans after it gain little (tight prefecture seed 1 at 300 s:
    /// 49,576 → 49,571 in the 120 s they had).
    static let wholeAnnealShare = 0.8

    /// Programmes with more requirements than this get one quick greedy pass before the search.
    static let largeProgramme = 2_000

    /// A venue step freeing more columns than this goes two venues at a time instead.
    static let venueStepColumns = 4_000

    /// Programmes up to this many columns may be solved whole to place sessions left out.
    static let wholeProgrammeColumns = 60_000

    /// The sessions left out placed by the whole programme's hard rules alone (no soft term's
    /// rows or costs: only the sessions left out cost anything), started from the current
    /// timetable; the soft measures are then re-derived by completion. Nil when branch-and-bound
    /// places no more sessions than the current timetable does.
    static func placeLeftOut(_ plan: Plan, around values: [Double], until: Double, elapsed: () -> Double) throws -> [Double]? {
        var hard = Plan(context: plan.context, softTerms: false, timesFirst: plan.timesFirst).program
        let n = hard.columns.count
        guard (0..<n).allSatisfy({ hard.columns[$0].name == plan.program.columns[$0].name }) else { return nil }
        let unmet = Set(plan.model.unmetColumn)
        for j in 0..<n where !unmet.contains(j) { hard.setCost(j, 0) }
        let start = Array(values[0..<n])
        var o = MIPOptions(timeLimit: max(1, until - elapsed()), relativeGap: 0)
        o.concurrent = true
        let r = try GLPK.solve(hard, options: o, start: start)
        guard let v = r.values, hard.objective(of: v) < hard.objective(of: start) - 1e-6 else { return nil }
        return complete(plan, integerValues: v + values[n...])
    }

    /// A programme in parts (see `planningParts`): first a greedy timetable for each part in turn,
    /// each seeing what the earlier parts took of the shared teachers and venues — the whole
    /// programme has a timetable after one quick sweep; then each part in turn is planned again
    /// with fix-and-optimise around all the others, kept when the whole programme's objective
    /// improves. The bound is still each class alone over the whole scenario, on the second core.
    static func runParts(
        _ scenario: TrainingScenario, parts: [[Group.ID]], options: SolveOptions, elapsed: @escaping @Sendable () -> Double,
        report: (SolveProgress) -> Void, progress: (@Sendable (SolveProgress) -> Void)? = nil, wholeUpTo: Int = wholeProgrammeRequirements
    ) throws -> SolveOutcome {
        let whole = PlanningContext(scenario)
        // The bound and the re-plans end in time for the final check and the files of every session.
        let searchUntil = min(options.timeLimit * 0.9, options.timeLimit - finishSeconds(sessions: whole.sessionRequirements().count))
        // Many classes: each alone by linear programming only (a weaker bound, in time).
        let bound = BoundTask(scenario: scenario, options: options, deadline: searchUntil, elapsed: elapsed, linearOnly: true)
        bound.start()
        defer { bound.cancel(); bound.wait() }
        let stability = options.published.map(StabilityTerm.init(published:))
        func terms(_ t: Timetable) -> [ObjectiveTerm] {
            let facts = TimetableFacts(context: whole, timetable: t)
            var out = facts.objectiveTerms()
            if let s = stability {
                out.append(ObjectiveTerm(name: s.name, unit: s.unit, weight: scenario.objective.stability, amount: s.amount(in: facts)))
            }
            return out
        }
        var timetables = [Timetable](repeating: Timetable(), count: parts.count)
        var indicators = [(coverage: [TopicCoverage], shares: [NeedShare])](repeating: ([], []), count: parts.count)
        var notes: [String] = []
        var nodes = 0
        // Every class at once first: the greedy start and the feasibility search need no rows, so
        // the whole programme fits; joint meetings and shared teachers are planned across parts.
        let partOf = Dictionary(parts.enumerated().flatMap { k, ms in ms.map { ($0, k) } }, uniquingKeysWith: { a, _ in a })
        var locked = Set<Int>()
        var fixed = Timetable()
        var searchedWhole = false
        // Set when the clock stops the sweep: what is left of the limit is for checking and writing.
        var cut = false
        var ended = RunEnd.searchDone
        func others(_ ps: [Timetable], but k: Int) -> Timetable {
            Timetable(sessions: fixed.sessions + ps.indices.filter { $0 != k }.flatMap { ps[$0].sessions })
        }
        func merged(_ ps: [Timetable]) -> Timetable {
            Timetable(sessions: fixed.sessions + ps.flatMap(\.sessions), unmet: ps.flatMap(\.unmet))
        }
        if options.published == nil && whole.sessionRequirements().count <= wholeUpTo {
            let plan = Plan(context: whole, softTerms: false, rows: false)
            let begun = startValues(
                plan, options: options, until: options.timeLimit * 0.5, annealUntil: options.timeLimit * wholeAnnealShare, elapsed: elapsed,
                progress: progress)
            if let note = begun.note { notes.append("whole programme: " + note) }
            if begun.clockCut { ended = .timeLimit }
            let t = plan.timetable(from: begun.values)
            let shares = plan.needIndicators(t)
            // A meeting of groups of several parts stays as it is: those parts are not re-planned.
            for x in t.sessions {
                let ks = Set(x.groups.compactMap { partOf[$0] })
                if ks.count > 1 { locked.formUnion(ks); fixed.sessions.append(x) } else if let k = ks.first { timetables[k].sessions.append(x) }
            }
            for u in t.unmet { if let k = partOf[u.group] { timetables[k].unmet.append(u) } }
            for (k, ms) in parts.enumerated() {
                let set = Set(ms)
                indicators[k] = (shares.coverage.filter { set.contains($0.group) }, shares.shares.filter { set.contains($0.group) })
            }
            report(
                SolveProgress(
                    elapsed: elapsed(), objective: terms(t).reduce(0) { $0 + $1.weighted }, bound: nil, gap: nil,
                    phase: "greedy start and feasibility search, whole programme"))
            searchedWhole = true
        }
        // Parts in turn, each seeing what the earlier ones took (also when the whole programme left something out).
        if timetables.allSatisfy({ $0.sessions.isEmpty }) || timetables.contains(where: { !$0.unmet.isEmpty }) {
            var sweep = [Timetable](repeating: Timetable(), count: parts.count)
            var sweepIndicators = indicators
            // Past the limit the bound has stopped: the need indicators of each part are worked out
            // on the second core, in order, while the next part is built.
            let indicatorQueue = DispatchQueue(label: "paike.part-indicators")
            var pending: [Int: Background<(coverage: [TopicCoverage], shares: [NeedShare])>] = [:]
            report(SolveProgress(elapsed: elapsed(), phase: "greedy start of \(parts.count) parts, each around the ones before"))
            var lastPart = 0.0
            var heldSoFar = 0
            for (k, members) in parts.enumerated() {
                // The limit holds: no part is begun that could not be planned, checked and written
                // in time; the parts not reached are listed unmet (a run cut by the clock).
                // The sessions planned so far, and the next part's guessed as many as the last one's.
                let held = heldSoFar + (k > 0 ? sweep[k - 1].sessions.count : 0)
                if elapsed() + lastPart + finishSeconds(sessions: held) > options.timeLimit {
                    cut = true
                    ended = .timeLimit
                    for j in k..<parts.count { sweep[j] = notReached(parts[j], of: whole, limit: options.timeLimit) }
                    notes.append(
                        "time limit reached before parts \(k + 1)–\(parts.count) of \(parts.count) were planned: their classes' sessions are listed unmet")
                    report(SolveProgress(elapsed: elapsed(), phase: "time limit: parts \(k + 1)–\(parts.count) not planned"))
                    bound.cancel()
                    break
                }
                let begun = elapsed()
                // The greedy timetable is read from its integer values: no completion and no rows
                // needed to have it (rows are most of a part's build; the re-plans below build them).
                let plan = Plan(
                    context: PlanningContext(scenario.part(members, around: others(sweep, but: k))),
                    published: options.published, softTerms: false, rows: false)
                // Each part's search gets its share of the first half of the limit.
                let share = elapsed() + max(0, options.timeLimit * 0.5 - elapsed()) / Double(parts.count - k)
                // A quick first timetable for every part: the improvement search waits for the re-plans.
                let t = plan.timetable(from: startValues(plan, options: options, until: share, elapsed: elapsed, improve: false).values)
                sweep[k] = t
                heldSoFar += t.sessions.count
                lastPart = elapsed() - begun
                if elapsed() > options.timeLimit {
                    pending[k] = Background(on: indicatorQueue) { plan.needIndicators(t) }
                } else {
                    sweepIndicators[k] = plan.needIndicators(t)
                }
            }
            for (k, indicators) in pending { sweepIndicators[k] = indicators.value }
            let wholeZ = timetables.allSatisfy({ $0.sessions.isEmpty }) ? Double.infinity : terms(merged(timetables)).reduce(0) { $0 + $1.weighted }
            if terms(merged(sweep)).reduce(0, { $0 + $1.weighted }) < wholeZ {
                timetables = sweep; indicators = sweepIndicators; fixed = Timetable(); locked = []; searchedWhole = false
            }
        }
        var objective = terms(merged(timetables)).reduce(0) { $0 + $1.weighted }
        report(SolveProgress(elapsed: elapsed(), objective: objective, bound: nil, gap: nil, phase: "greedy start (\(parts.count) parts)"))
        let improveUntil = searchUntil
        do {
            for (k, members) in parts.enumerated() where !cut {
                let left = improveUntil - elapsed()
                if left <= 0 { notes.append("time limit reached while improving"); ended = .timeLimit; break }
                var part = scenario.part(members, around: others(timetables, but: k))
                // Meetings shared with other parts stay: their groups take them as they are.
                if locked.contains(k) { part = part.attending(fixed, members: Set(members)) }
                let plan = Plan(part, published: options.published)
                // From the part's timetable as it stands, when it still fits around the others; else afresh.
                let current = plan.placementValues(of: timetables[k]).flatMap { complete(plan, integerValues: $0, leaving: plan.columnsBesidesPlacements) }
                guard let start = current ?? greedyStart(plan, options: options, until: elapsed() + left / Double(parts.count - k) / 2, elapsed: elapsed) else {
                    continue
                }
                let better = try improve(
                    plan, from: start, until: elapsed() + left / Double(parts.count - k), options: options,
                    elapsed: elapsed, bound: { nil }
                ) { _, _ in }
                nodes += better.nodes
                if better.ended == .timeLimit { ended = .timeLimit }
                var trial = timetables
                trial[k] = plan.timetable(from: better.values)
                let z = terms(merged(trial)).reduce(0) { $0 + $1.weighted }
                guard z < objective - 1e-6 else { continue }
                // Travel to and from shared meetings is not in a part's program: the whole is re-checked.
                if locked.contains(k) && !TimetableFacts(context: whole, timetable: merged(trial)).allViolations().isEmpty { continue }
                timetables = trial
                objective = z
                indicators[k] = plan.needIndicators(trial[k])
                report(SolveProgress(elapsed: elapsed(), objective: z, bound: bound.result, gap: nil, phase: "re-planned part \(k + 1) of \(parts.count)"))
            }
        } catch {
            throw SolveError.solver("\(error)")
        }
        bound.wait()
        if let e = bound.failure { notes.append("no bound: \(e)") }
        if let e = bound.couplingNote { notes.append("no coupling bound: \(e)") }
        if !bound.summary.isEmpty { notes.append("bounds: \(bound.summary)") }
        let timetable = merged(timetables)
        let method =
            "in \(parts.count) parts by home site (shared teachers by the day, shared venues by the period): "
            + (searchedWhole ? "greedy start, feasibility and improvement search over the whole programme, " : "greedy start of each part, ")
            + "then each part re-planned around the others with fix-and-optimise, GLPK \(GLPK.version) branch-and-cut "
            + "(\(options.nodesPerStep) nodes a step); bound: the classes coupled (days, pools, teachers), then each class solved alone by linear programming"
        report(SolveProgress(elapsed: elapsed(), phase: "final check: every rule on the whole timetable"))
        var summary = finish(
            whole, timetable: timetable, terms: terms(timetable), bound: bound.result, nodes: nodes + bound.nodes,
            method: ([method] + notes).joined(separator: "; "), options: options, elapsed: elapsed, ended: ended)
        summary.coverage = indicators.flatMap(\.coverage)
        summary.needShares = indicators.flatMap(\.shares)
        report(SolveProgress(elapsed: elapsed(), objective: summary.objective, bound: summary.bound, gap: summary.gap, phase: "done"))
        return SolveOutcome(timetable: timetable, summary: summary)
    }

    /// Seconds the final check and the files take for a timetable of `sessions` sessions, as
    /// measured on a province (21,390 sessions: check 1.3 s, writing 9.0 s; 3,382 sessions: 2.9 s
    /// in all), rounded up: a programme in parts ends its sweep, re-plans and bound by it.
    static func finishSeconds(sessions: Int) -> Double { 1.5 + 0.0005 * Double(sessions) }

    /// A part the sweep never reached: each required session of its classes, and each menu's
    /// periods, unmet because the time limit came first.
    static func notReached(_ members: [Group.ID], of context: PlanningContext, limit: Double) -> Timetable {
        let set = Set(members)
        let reason = "not planned: the time limit (\(Int(limit.rounded(.up))) s) came before this class was reached — solve again with a longer --time-limit"
        var t = Timetable()
        for r in context.sessionRequirements() where set.contains(r.group) && !r.elective {
            t.unmet.append(UnmetRequirement(r, rule: nil, reason: reason))
        }
        for g in context.scenario.groups where set.contains(g.id) {
            if let menu = g.menu, menu.periods > 0 { t.unmet.append(UnmetRequirement(menuOf: g.id, periods: menu.periods, rule: nil, reason: reason)) }
        }
        return t
    }

    /// Fixes every integer column the heuristic chose at its value and solves for the rest
    /// (precedence shares, soft-term measures, slacks; a linear program unless a soft term
    /// derives integer columns, such as the venues a course uses). Nil when the fixed values
    /// break a row, which would mean the greedy start is wrong.
    static func complete(_ plan: Plan, integerValues: [Double], leaving free: Set<Int> = []) -> [Double]? {
        let program = plan.program
        let unfixed = Set(plan.model.derivedColumns.values.flatMap { $0 }).union(free)
        let solved = program.solvedHolding(integerValues, except: unfixed, options: MIPOptions(timeLimit: 60))
        guard var out = solved else { return nil }
        for (j, c) in program.columns.enumerated() where c.kind != .continuous && !unfixed.contains(j) { out[j] = integerValues[j].rounded() }
        return program.violations(of: out, tolerance: 1e-6).isEmpty ? out : nil
    }
}

/// The lower bound, computed on its own thread: GLPK keeps its state per thread (measured safe
/// for independent problems without cover cuts; see the GLPK target), so the bound costs no
/// wall-clock time on two cores. Two bounds, the larger reported as soon as either is ready:
/// first the relaxation that couples classes (`CouplingBound`): its linear program (then
/// branch-and-bound with `couplingNodes`, none by default); then each class alone, solved with a node budget (its
/// proven bound counts where the budget runs out) or by linear programming alone.
final class BoundTask: @unchecked Sendable {
    private let scenario: TrainingScenario
    private let options: SolveOptions
    private let deadline: Double
    private let elapsed: @Sendable () -> Double
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var best: Double?
    private var error: String?
    private var skipped: String?
    private var cancelled = false
    private var nodeCount = 0

    private let linearOnly: Bool
    /// Branch-and-bound nodes for the coupling relaxation after its linear program: counted, not
    /// timed, so the bound is the same on any machine the time limit does not cut. None: on
    /// Wensu 235 nodes took 47 s for 0.7 more (LP 5,860.4), and since the solve waits for its bound
    /// (so files do not depend on timing), every solve would run to its limit.
    static let couplingNodes = 0

    init(scenario: TrainingScenario, options: SolveOptions, deadline: Double, elapsed: @escaping @Sendable () -> Double, linearOnly: Bool = false) {
        self.linearOnly = linearOnly
        self.scenario = scenario; self.options = options; self.deadline = deadline; self.elapsed = elapsed
    }

    /// The largest bound ready so far.
    var result: Double? { lock.withLock { best } }
    /// Why there is no bound at all (nil once either bound is ready).
    var failure: String? { lock.withLock { best == nil ? error : nil } }
    /// Why the coupling relaxation was not built (too large, or a term it cannot bound).
    var couplingNote: String? { lock.withLock { skipped } }
    var nodes: Int { lock.withLock { nodeCount } }

    func cancel() { lock.withLock { cancelled = true } }
    func wait() { done.wait(); done.signal() }

    private var steps: [String] = []
    /// What each bound gave, in the order they came, for the method line.
    var summary: String { lock.withLock { steps.joined(separator: ", ") } }

    private func offer(_ b: Double, _ what: String) {
        lock.withLock {
            best = max(best ?? -.infinity, b)
            steps.append(String(format: "%@ %.1f", what, b))
        }
    }
    private var stopping: Bool { lock.withLock { cancelled } || elapsed() > deadline }

    /// The coupling relaxation (`CouplingBound`), with `couplingNodes` of branch-and-bound.
    private func coupling() {
        let built = CouplingBound.build(PlanningContext(scenario))
        guard let relaxation = built.bound else {
            lock.withLock { skipped = built.note }
            return
        }
        relax(relaxation.program, "classes coupled", lp: "classes coupled, LP (\(relaxation.resolution.wording))", nodes: Self.couplingNodes)
    }

    /// The caller's relaxation (`SolveOptions.relaxation`), branch-and-bound to the deadline.
    private func callersRelaxation() {
        guard let (program, name) = options.relaxation else { return }
        relax(program, name, lp: "\(name), LP", nodes: nil)
    }

    /// A relaxation's bound: its LP at once, then branch-and-bound (up to `nodes`, none when 0),
    /// offering its bound whenever it rises, until the deadline or the solve ends.
    private func relax(_ program: IntegerProgram, _ name: String, lp lpName: String, nodes: Int?) {
        if stopping { return }
        do {
            let lp = try GLPK.solveLP(program, options: LPOptions(timeLimit: max(0.1, deadline - elapsed()), presolve: true))
            guard lp.status == .optimal, let z = lp.objective else { return }
            offer(z, lpName)
            if stopping || nodes == 0 { return }
            // A node's LP is not cut by the clock: stop early enough that the last one ends in time.
            var o = MIPOptions(timeLimit: max(0.1, 0.95 * deadline - elapsed()), relativeGap: 0, nodeLimit: nodes)
            o.cuts = CutFamilies.threadSafe
            o.concurrent = true
            var risen = z
            let r = try GLPK.solve(
                program, options: o,
                progress: { [self] p in
                    if let b = p.bound, b > risen + 1e-6 {
                        risen = b
                        lock.withLock { best = max(best ?? -.infinity, b) }
                    }
                    return stopping ? .stop : .proceed
                })
            lock.withLock { nodeCount += r.nodes }
            if let b = r.status == .optimal ? r.objective : r.bound { offer(b, "\(name), \(r.nodes) nodes") }
        } catch {
            lock.withLock { skipped = "\(name): its bound failed: \(error)" }
        }
    }

    func start() {
        let thread = Thread { [self] in
            defer { GLPK.releaseEnvironment(); done.signal() }
            coupling()
            callersRelaxation()
            var total = 0.0
            for g in scenario.groups {
                let relaxed = Plan.groupRelaxation(of: scenario, group: g.id)
                if lock.withLock({ cancelled }) { return }
                if elapsed() > deadline { lock.withLock { error = "the time limit came first" }; return }
                if linearOnly {
                    do {
                        let lp = try GLPK.solveLP(relaxed.program, options: LPOptions(timeLimit: max(0.1, deadline - elapsed()), presolve: true))
                        guard lp.status == .optimal, let z = lp.objective else {
                            lock.withLock { error = "a class alone gave no linear bound (\(lp.status))" }
                            return
                        }
                        total += z
                    } catch {
                        lock.withLock { self.error = "\(error)" }
                        return
                    }
                    continue
                }
                var o = MIPOptions(timeLimit: max(0.1, deadline - elapsed()), relativeGap: 0)
                o.cuts = CutFamilies.threadSafe
                o.nodeLimit = options.nodesPerStep * 2
                o.concurrent = true
                do {
                    let r = try GLPK.solve(relaxed.program, options: o)
                    lock.withLock { nodeCount += r.nodes }
                    guard let b = r.status == .optimal ? r.objective : r.bound else {
                        lock.withLock { error = "a class alone gave no bound (\(r.status.explanation))" }
                        return
                    }
                    total += b
                } catch {
                    lock.withLock { self.error = "\(error)" }
                    return
                }
            }
            offer(total, "each class alone")
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
