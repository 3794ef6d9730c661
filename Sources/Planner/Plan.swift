import Domain
import MIP

/// The integer program of a scenario, with what is needed to read a solution back as a timetable.
public struct Plan: Sendable {
    public let model: ModelBuilder
    public var program: IntegerProgram { model.program }
    public var context: PlanningContext { model.context }
    /// The published timetable a re-plan should keep close to (`--keep`), if any.
    public let stability: StabilityTerm?

    /// Venues that differ only in capacity pooled (with soft seats; see `venuePools`): times
    /// and counts of busy venues are planned, rooms assigned afterwards.
    public let timesFirst: Bool

    /// Builds the whole program: placements, every hard-rule family's rows, every soft term.
    /// Without `softTerms`, only the hard rules: the same columns up to the soft terms' own
    /// (they come last), so values carry over by prefix.
    /// With `rows: false`, only the columns of placements, attendance, electives and slacks:
    /// enough for the search and for reading a timetable back, cheap for a whole programme.
    public init(context: PlanningContext, published: Timetable? = nil, softTerms: Bool = true, timesFirst: Bool = false, rows: Bool = true) {
        let reqs = context.sessionRequirements()
        self.timesFirst = timesFirst
        var m = ModelBuilder(context: context, requirements: reqs, placements: context.placements(for: reqs, timesFirst: timesFirst))
        guard rows else {
            stability = nil
            model = m
            return
        }
        for family in allConstraintFamilies { family.addRows(to: &m) }
        if softTerms {
            for term in allSoftTerms { term.add(to: &m, weight: term.weight(context.scenario.objective)) }
        }
        stability = softTerms ? published.map(StabilityTerm.init(published:)) : nil
        stability?.add(to: &m, weight: context.scenario.objective.stability)
        model = m
    }

    public init(_ scenario: TrainingScenario, published: Timetable? = nil) { self.init(context: PlanningContext(scenario), published: published) }

    /// Whether planning times first would pool some venues this program tells apart (checked
    /// on the pools alone, before building that program).
    public var timesFirstPoolsVenues: Bool {
        !timesFirst && context.venuePools(requirements: model.requirements, timesFirst: true).count < model.set.pools.count
    }
}
