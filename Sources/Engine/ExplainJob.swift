import Domain
import Foundation
import Planner
import Scenario
import Search
import Texts

/// One reason requirements go unmet: the requirements it blocks directly, those that fail only
/// because of them (a class's sessions without its first course, the rest of a five-haves
/// unit), the settings in the way with their values, and the smallest change found to lift it.
public struct UnmetCause: Sendable {
    public var roots: [UnmetRequirement]
    public var knockOns: [UnmetRequirement]
    public var blockers: [BlockingSetting]
    /// The change found, nil when none tried worked in time; empty when none is needed (the
    /// searches had left it out, and re-tested it can be held as the scenario stands).
    public var fix: [Relaxation]?
    /// Changes tried (each re-tested), for the message when none worked.
    public var tried: Int
    /// When no change tried lets every class be held: the single change that lets the most
    /// classes hold all their blocked sessions, and those classes.
    public var partial: (change: Relaxation, groups: [Group.ID])? = nil
}

public struct Explanation: Sendable {
    public var outcome: SolveOutcome
    public var causes: [UnmetCause]
}

/// `paike explain`: a solve, then for each unmet requirement its cause and a change that lets it
/// be held, found by relaxing one blocking setting at a time (then two) and re-testing only the
/// requirements it affects: their placements and the scenario's counting checks, then a
/// time-bounded search from the solved timetable. Whole-programme solves are too slow for this.
public enum ExplainJob {
    public static func run(
        _ scenario: TrainingScenario, timeLimit: Double, seed: Int = 0,
        progress: (@Sendable (SolveProgress) -> Void)? = nil
    ) throws -> Explanation {
        let clock = ContinuousClock()
        let t0 = clock.now
        @Sendable func elapsed() -> Double {
            let d = clock.now - t0
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        // Part of the time to find a timetable, the rest to look for the changes. Only the
        // searches that place sessions run (no GLPK rounds on the soft goals, which overrun their
        // clock on a busy machine): what they leave out is re-tested below before it is blamed.
        let options = SolveOptions(timeLimit: max(1, timeLimit * solveShare), seed: seed)
        let plan = Plan(context: PlanningContext(scenario), softTerms: false)
        progress?(SolveProgress(elapsed: elapsed(), phase: "solving: greedy start and feasibility search"))
        let begun = SolveJob.startValues(plan, options: options, until: options.timeLimit, elapsed: elapsed, improve: false)
        let timetable = plan.timetable(from: begun.values)
        let summary = SolveJob.finish(
            plan.context, timetable: timetable, terms: plan.objectiveTerms(of: timetable), bound: nil, nodes: 0,
            method: "greedy start and feasibility search", options: options, elapsed: elapsed, ended: .searchDone)
        let outcome = SolveOutcome(timetable: timetable, summary: summary)
        let causes = self.causes(of: outcome.timetable, in: scenario)
        var out: [UnmetCause] = []
        // The greedy tries are not cut by the clock: when they overrun their share on a busy
        // machine, the changes still get a part of the time rather than none.
        let end = max(timeLimit, elapsed() + timeLimit * (1 - solveShare) / 2)
        progress?(SolveProgress(elapsed: elapsed(), phase: "\(timetable.unmet.count) sessions unmet in \(causes.count) causes"))
        for (n, cause) in causes.enumerated() {
            progress?(SolveProgress(elapsed: elapsed(), phase: "cause \(n + 1) of \(causes.count): relaxing its blocking settings one at a time"))
            // Each cause gets an equal share of what is left.
            let share = max(0.5, (end - elapsed()) / Double(causes.count - n))
            out.append(findFix(cause, scenario: scenario, timetable: outcome.timetable, until: elapsed() + share, elapsed: elapsed))
        }
        progress?(SolveProgress(elapsed: elapsed(), phase: "done: \(out.filter { $0.fix != nil }.count) of \(out.count) causes with a change found"))
        return Explanation(outcome: outcome, causes: out)
    }

    static func key(_ g: Group.ID, _ c: Course.ID, _ o: Int, _ s: SegmentKind?) -> SessionKey { SessionKey(g, c, o, s) }
    static func key(_ u: UnmetRequirement) -> SessionKey { key(u.group, u.course, u.occurrence, u.segment) }

    /// Unmet requirements grouped by cause: a class's sessions failing on its first course go
    /// under that course; a unit's segments together; one course
    /// occurrence blocked for several classes (they compete for the same teacher, venue or days)
    /// is one cause, since a change helps them only if it makes room for all.
    static func causes(of t: Timetable, in s: TrainingScenario) -> [UnmetCause] {
        let plan = Plan(context: PlanningContext(s), softTerms: false, rows: false)
        let m = plan.model
        var requirementOf: [SessionKey: SessionRequirement] = [:]
        for r in m.requirements { requirementOf[key(r.group, r.course, r.occurrence, r.segment)] = r }
        let unmet = t.unmet.filter { requirementOf[key($0)] != nil }
        let firstUnmet = Set(unmet.filter { requirementOf[key($0)]!.first }.map(\.group))
        // The segments of a unit are one cause with it (grouped by course below), so their own
        // blocking settings (the field classroom's closed days) are named too.
        func isKnockOn(_ u: UnmetRequirement) -> Bool {
            !requirementOf[key(u)]!.first && firstUnmet.contains(u.group) && (u.rule == .firstCourse || u.rule == nil)
        }
        var causes: [UnmetCause] = []
        var causeOf: [CourseOccurrence: Int] = [:]
        for u in unmet where !isKnockOn(u) {
            let r = requirementOf[key(u)]!
            let blockers = plan.blockers(of: r, rule: u.rule)
            let signature = CourseOccurrence(course: u.course, occurrence: u.occurrence)
            if let i = causeOf[signature] {
                causes[i].roots.append(u)
                for b in blockers where !causes[i].blockers.contains(b) { causes[i].blockers.append(b) }
                continue
            }
            causeOf[signature] = causes.count
            causes.append(UnmetCause(roots: [u], knockOns: [], blockers: blockers, fix: nil, tried: 0))
        }
        for i in causes.indices { causes[i].blockers.sort { $0.rank < $1.rank } }
        for u in unmet where isKnockOn(u) {
            let i = causes.firstIndex { c in
                c.roots.contains { $0.group == u.group && (requirementOf[key($0)]!.first || ($0.course == u.course && $0.occurrence == u.occurrence)) }
            }
            if let i {
                causes[i].knockOns.append(u)
            } else {
                causes.append(UnmetCause(roots: [u], knockOns: [], blockers: plan.blockers(of: requirementOf[key(u)]!, rule: u.rule), fix: nil, tried: 0))
            }
        }
        return causes
    }

    /// The smallest change found: single changes in order of size, then pairs of the smallest,
    /// each re-tested until `until`.
    static func findFix(
        _ cause: UnmetCause, scenario s: TrainingScenario, timetable: Timetable, until: Double,
        elapsed: @escaping @Sendable () -> Double
    ) -> UnmetCause {
        var cause = cause
        let context = PlanningContext(s)
        let plan = Plan(context: context, softTerms: false, rows: false)
        var load: [Teacher.ID: Int] = [:]
        for x in timetable.sessions { if let t = x.teacher { load[t, default: 0] += x.periodCount } }
        var candidates: [Relaxation] = []
        for u in cause.roots {
            guard let r = plan.model.requirements.first(where: { key($0.group, $0.course, $0.occurrence, $0.segment) == key(u) }) else { continue }
            let size = context.groups[r.group]?.size ?? 0
            for b in cause.blockers {
                for c in Relaxation.candidates(for: b, requirement: r, size: size, in: s, load: load) where !candidates.contains(c) { candidates.append(c) }
            }
        }
        candidates.sort { ($0.change, $0.rank) < ($1.change, $1.rank) }
        let targets = Set((cause.roots + cause.knockOns).map { key($0) })
        func holds(_ targets: Set<SessionKey>, in s: TrainingScenario, until: Double) -> Bool {
            held(targets, in: s, around: timetable, until: until, elapsed: elapsed).count == targets.count
        }
        // First the scenario as it stands: the searches may have left it out within their limits.
        if holds(targets, in: s, until: min(until, elapsed() + max(minimumTrial, (until - elapsed()) / 4))) {
            cause.fix = []
            return cause
        }
        var tried = 0
        // Each trial gets an equal share of the time left, so a hopeless one cannot use it all.
        func deadline(_ left: Int) -> Double { elapsed() + max(minimumTrial, (until - elapsed()) / Double(max(1, left))) }
        // Classes whose every blocked session a change lets be held, for a partial answer.
        let targetsOf = Dictionary(grouping: cause.roots + cause.knockOns, by: \.group).mapValues { Set($0.map { key($0) }) }
        for (n, c) in candidates.enumerated() {
            guard elapsed() < until else { break }
            tried += 1
            let got = held(targets, in: c.apply(to: s), around: timetable, until: min(until, deadline(candidates.count - n)), elapsed: elapsed)
            if got.count == targets.count {
                cause.fix = [c]; cause.tried = tried
                return cause
            }
            let classes = targetsOf.filter { $0.value.isSubset(of: got) }.keys.sorted()
            if !classes.isEmpty && classes.count > (cause.partial?.groups.count ?? 0) { cause.partial = (c, classes) }
        }
        // Two settings together: only the smallest few, while time lasts.
        let few = Array(candidates.prefix(6))
        let pairCount = few.count * (few.count - 1) / 2
        var pairsTried = 0
        pairs: for i in few.indices {
            for j in few.indices where j > i {
                guard elapsed() < until else { break pairs }
                tried += 1
                pairsTried += 1
                if holds(targets, in: few[j].apply(to: few[i].apply(to: s)), until: min(until, deadline(pairCount - pairsTried + 1))) {
                    cause.fix = [few[i], few[j]]; cause.tried = tried
                    return cause
                }
            }
        }
        cause.tried = tried
        return cause
    }

    /// The requirements of `targets` that, in the changed scenario, can be held with the rest of
    /// the timetable: the counting checks must pass; those with placements are placed by a
    /// feasibility search started from the solved timetable, what still conflicts is left out
    /// again, and none of the timetable's own sessions may be lost on the way.
    static func held(
        _ targets: Set<SessionKey>, in s: TrainingScenario, around timetable: Timetable, until: Double,
        elapsed: @escaping @Sendable () -> Double
    ) -> Set<SessionKey> {
        let checked = ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "relaxed.yaml")
        if checked.errors.contains(where: { $0.id.hasPrefix("impossible-") }) { return [] }
        let plan = Plan(context: PlanningContext(s), softTerms: false, rows: false)
        let m = plan.model
        var indexOf: [SessionKey: Int] = [:]
        for r in m.requirements { indexOf[key(r.group, r.course, r.occurrence, r.segment)] = r.index }
        let wanted = targets.compactMap { t in indexOf[t].map { (t, $0) } }.filter { !m.assignmentsOf[$0.1].isEmpty }
        guard !wanted.isEmpty else { return [] }
        // The solved timetable, as far as it still fits the changed scenario.
        var chosen: [Int: Int] = [:]
        for x in timetable.sessions {
            guard let day = plan.context.dayIndex[x.day] else { continue }
            for g in x.groups {
                guard let r = indexOf[key(g, x.course, x.occurrence, x.segment)] else { continue }
                let a = m.assignmentsOf[r].first { a in
                    let p = m.placement(m.assignments[a].placement)
                    return p.day == day && p.start == x.firstPeriod && p.length == x.periodCount && p.teacher == x.teacher
                        && m.set.pools[p.pool].venues.contains(x.venue)
                }
                if let a { chosen[r] = a }
            }
        }
        var active = [Bool](repeating: false, count: m.requirements.count)
        for r in chosen.keys { active[r] = true }
        for (_, r) in wanted { active[r] = true }
        let state = TimetableState(index: StateIndex(plan: plan), active: active, chosen: chosen)
        var search = FeasibilitySearch(budget: searchEffort, seed: 0, shouldStop: { elapsed() > until })
        // The question is whether these courses fit, not which electives would.
        search.moves.removeAll { $0 is ElectiveSwap }
        var found = search.run(from: state).state
        if found.isValid { return Set(wanted.map(\.0)) }
        LeaveOutConflicts().run(&found)
        guard found.violationCount == 0, chosen.keys.allSatisfy(found.isPlaced) else { return [] }
        return Set(wanted.filter { found.isPlaced($0.1) }.map(\.0))
    }

    /// Candidate changes the search may price per trial: enough to move a few classes' sessions.
    static let searchEffort = 150_000
    /// Share of `--time-limit` for the solve; the rest goes to trying changes.
    static let solveShare = 0.4
    /// Seconds a trial gets at least, however many are waiting.
    static let minimumTrial = 1.0
}

/// One occurrence of a course, whichever classes take it: blocked for several classes, one cause.
struct CourseOccurrence: Hashable {
    var course: Course.ID
    var occurrence: Int
}
