import Domain
import MIP

/// A soft goal: adds its columns and costs to the program, and measures itself on any finished
/// timetable, so the report's figures mean the same thing whether or not the solver made the timetable.
public protocol SoftTerm: Sendable {
    var name: String { get }
    var unit: String { get }
    func weight(_ o: Objective) -> Double
    func add(to m: inout ModelBuilder, weight: Double)
    func amount(in f: TimetableFacts) -> Double
    /// Whether the scenario uses what the term measures; a term that does not apply is left out
    /// of the reports (it would always read 0).
    func applies(to s: TrainingScenario) -> Bool
}

extension SoftTerm {
    public func applies(to s: TrainingScenario) -> Bool { true }
}

public let allSoftTerms: [any SoftTerm] = [
    NeedsTerm(), TravelTerm(), CompactnessTerm(), TeacherBalanceTerm(),
    OverCapacityTerm(), SpreadTerm(), IsolationTerm(), VenueChangesTerm()
]

/// Unmet periods, priced so that any hard-rule-valid timetable beats leaving a session out.
public struct UnmetTerm: SoftTerm {
    public init() {}
    public let name = "unmet"
    public let unit = "periods"
    public func weight(_ o: Objective) -> Double { unmetPenaltyPerPeriod }
    /// The unmet columns carry their cost from the start (see ModelBuilder).
    public func add(to m: inout ModelBuilder, weight: Double) {}
    public func amount(in f: TimetableFacts) -> Double { Double(f.timetable.unmet.reduce(0) { $0 + $1.periods }) }
}

extension TimetableFacts {
    /// Every term with its weight and amount, unmet first.
    public func objectiveTerms() -> [ObjectiveTerm] {
        ([UnmetTerm()] + allSoftTerms).filter { $0.applies(to: context.scenario) }.map { t in
            ObjectiveTerm(name: t.name, unit: t.unit, weight: t.weight(context.scenario.objective), amount: t.amount(in: self))
        }
    }
}
