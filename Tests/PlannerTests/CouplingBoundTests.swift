import Domain
import Foundation
import GLPK
import Generator
import MIP
import Scenario
import TestTraits
import Testing

@testable import Planner

/// The coupling relaxation is a lower bound: never above the optimum of a scenario GLPK solves
/// exactly, nor above the objective of any valid timetable; and it sees what the classes-alone
/// bound cannot (a teacher shared by classes).
@Suite struct CouplingBoundTests {
    /// Its LP optimum and its proven bound after `nodes` nodes of branch-and-bound.
    static func bounds(_ s: TrainingScenario, nodes: Int = 200, columnLimit: Int = CouplingBound.columnLimit) throws -> (
        lp: Double, mip: Double, resolution: CouplingBound.Resolution
    ) {
        let built = CouplingBound.build(PlanningContext(s), columnLimit: columnLimit)
        let relaxation = try #require(built.bound, "\(built.note ?? "")")
        let lp = try GLPK.solveLP(relaxation.program, options: LPOptions(presolve: true))
        #expect(lp.status == .optimal)
        var o = MIPOptions(timeLimit: 120)
        o.nodeLimit = nodes
        let r = try GLPK.solve(relaxation.program, options: o)
        let mip = try #require(r.status == .optimal ? r.objective : r.bound)
        return (try #require(lp.objective), mip, relaxation.resolution)
    }

    /// The exact optimum of the whole program.
    static func optimum(_ s: TrainingScenario) throws -> Double {
        let r = try GLPK.solve(Plan(s).program, options: MIPOptions(timeLimit: 60))
        #expect(r.status == .optimal)
        return try #require(r.objective)
    }

    /// Each class alone, solved exactly: the bound Paike reported before.
    static func classesAlone(_ s: TrainingScenario) throws -> Double {
        try s.groups.reduce(0.0) { sum, g in
            let r = try GLPK.solve(Plan.groupRelaxation(of: s, group: g.id).program, options: MIPOptions(timeLimit: 60))
            return sum + (try #require(r.objective))
        }
    }

    /// t1 alone teaches the joint first course and policy to both classes, with 4 periods in all:
    /// one class's policy lecture cannot be held, which no class sees alone.
    static func sharedTeacher() -> TrainingScenario {
        var s = Tiny.scenario()
        s.teachers[1].teaches = ["farm_unit"]
        s.teachers[0].maxPeriods = 4
        return s
    }

    /// The farm unit's summary back at the Party school: its three farm segments cannot share one
    /// day (the hour to the farm fits only between am2 and pm1), so the class goes there twice.
    static func summaryAtSchool() -> TrainingScenario {
        var s = Tiny.scenario()
        s.courses[2].fiveHaves!.segments[4].venueRule = VenueRule(kinds: [.partySchool])
        return s
    }

    @Test func aUnitNeedsTheDaysItsOrderAndTravelLeave() throws {
        for (s, days) in [(Tiny.scenario(), 1), (Self.summaryAtSchool(), 2)] {
            let c = PlanningContext(s)
            let reqs = c.sessionRequirements()
            let set = c.placements(for: reqs)
            let unit = try #require(ModelBuilder(context: c, requirements: reqs, placements: set).fiveHavesUnits().first)
            #expect(CouplingBound.unitDays(unit, home: "school", context: c, requirements: reqs, placements: set) == ["farm": days])
        }
    }

    static let tinyScenarios: [String: @Sendable () -> TrainingScenario] = [
        "tiny": { Tiny.scenario() }, "summary at school": summaryAtSchool, "teacher limit": Tiny.scenarioWithTeacherLimit,
        "unavailable class": Tiny.scenarioWithUnavailableGroup, "menu": Tiny.scenarioWithMenu, "shared teacher": sharedTeacher
    ]

    @Test(arguments: ["tiny", "summary at school", "teacher limit", "unavailable class", "menu", "shared teacher"])
    func neverAboveTheOptimum(_ name: String) throws {
        let make = try #require(Self.tinyScenarios[name])
        let s = make()
        let optimum = try Self.optimum(s)
        let day = try Self.bounds(s)
        #expect(day.resolution == .day)
        #expect(day.lp <= day.mip + 1e-6, "\(name)")
        #expect(day.mip <= optimum + 1e-6, "\(name): bound \(day.mip) above the optimum \(optimum)")
        // Without days (what a large programme gets): weaker, still a bound.
        let modes = CouplingBound.modes(Plan(s).model.set, requirements: PlanningContext(s).sessionRequirements().count, resolution: .day).count
        let coarse = try Self.bounds(s, columnLimit: modes - 1)
        #expect(coarse.resolution == .programme)
        #expect(coarse.mip <= optimum + 1e-6, "\(name): bound without days \(coarse.mip) above the optimum \(optimum)")
    }

    /// g1 also takes a two-period talk at the farm: six periods that can only be held there, in
    /// days of four, so two trips. Without days the linear program would take 1.5 (the unit alone
    /// fits one day); `roundDaysUp` makes it 2, and stays below the optimum.
    @Test func withoutDaysTheDaysAtASiteAreRoundedUp() throws {
        var s = Tiny.scenario()
        s.courses.append(Course(id: "walnut_talk", title: "核桃产业讲座", form: .lecture, periods: 2, venueRule: VenueRule(venues: ["farm_field"])))
        s.teachers[1].teaches.append("walnut_talk")
        s.groups[0].required.append("walnut_talk")
        let modes = CouplingBound.modes(Plan(s).model.set, requirements: PlanningContext(s).sessionRequirements().count, resolution: .day).count
        let built = try #require(CouplingBound.build(PlanningContext(s), columnLimit: modes - 1).bound)
        #expect(built.resolution == .programme)
        let p = built.program
        var without = IntegerProgram(name: p.name, sense: p.sense, objectiveConstant: p.objectiveConstant)
        for c in p.columns { without.addColumn(c.name, kind: c.kind, bounds: c.bounds, cost: c.cost) }
        let byRow = Dictionary(grouping: p.entries, by: \.row)
        for (r, row) in p.rows.enumerated() where !row.name.hasPrefix("days_up_") {
            without.addRow(row.name, (byRow[r] ?? []).map { ($0.column, $0.value) }, row.bounds)
        }
        #expect(without.rows.count == p.rows.count - 1)
        let rounded = try #require(try GLPK.solveLP(p).objective), fractional = try #require(try GLPK.solveLP(without).objective)
        let trip = Double(PlanningContext(s).travelMinutes("school", "farm"))
        #expect(rounded >= fractional + 0.5 * trip - 1e-6, "with the row \(rounded), without \(fractional)")
        #expect(rounded <= (try Self.optimum(s)) + 1e-6)
    }

    @Test func seesATeacherSharedByClasses() throws {
        let s = Self.sharedTeacher()
        let alone = try Self.classesAlone(s)
        let coupled = try Self.bounds(s)
        let optimum = try Self.optimum(s)
        // One 2-period lecture must go unmet: 20,000 that classes alone never see.
        #expect(alone < unmetPenaltyPerPeriod)
        #expect(coupled.lp >= 2 * unmetPenaltyPerPeriod - 1e-6, "LP \(coupled.lp)")
        #expect(coupled.mip >= alone + 2 * unmetPenaltyPerPeriod - 1e-6)
        #expect(coupled.mip <= optimum + 1e-6)
    }

    /// The objective of a valid timetable: the greedy start, measured term by term.
    static func greedyObjective(_ s: TrainingScenario) -> Double {
        let plan = Plan(context: PlanningContext(s), rows: false)
        var g = GreedyStart(plan: plan, seed: 1)
        let t = plan.timetable(from: g.run().values)
        let facts = TimetableFacts(context: plan.context, timetable: t)
        #expect(facts.allViolations() == [])
        return facts.objectiveTerms().reduce(0) { $0 + $1.weighted }
    }

    @Test(.tags(.wholeScenario), WholeScenario.trait, arguments: [1, 2])
    func belowTheGreedyTimetableOfAGeneratedCounty(_ seed: Int) throws {
        let s = ScenarioGenerator(scale: .county, seed: seed).generate()
        let b = try Self.bounds(s, nodes: 50)
        let z = Self.greedyObjective(s)
        #expect(b.lp <= b.mip + 1e-6)
        #expect(b.mip <= z + 1e-6, "bound \(b.mip) above a timetable's objective \(z)")
    }

    /// Wensu: 5,882.3 is the best timetable known (CP-SAT's, passed by `paike check`,
    /// Benchmarks/README.md): no valid bound may exceed it.
    @Test func wensuBoundBelowTheBestKnownTimetable() throws {
        let s = try #require(ScenarioLoader.load(path: "Scenarios/wensu/wensu.yaml").scenario)
        let b = try Self.bounds(s, nodes: 100)
        #expect(b.mip <= 5_882.3 + 1e-6, "bound \(b.mip)")
    }
}
