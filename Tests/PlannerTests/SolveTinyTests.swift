import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// Solves a plan with GLPK and reads the timetable back.
func solve(_ s: TrainingScenario, seconds: Double = 20) throws -> (Timetable, MIPResult, Plan) {
    let plan = Plan(s)
    let r = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: seconds))
    let values = try #require(r.values)
    return (plan.timetable(from: values), r, plan)
}

@Test func tinyScenarioSolvesToAValidTimetable() throws {
    let (t, r, plan) = try solve(Tiny.scenario())
    #expect(r.status == .optimal)
    #expect(t.unmet == [])
    let facts = TimetableFacts(context: plan.context, timetable: t)
    #expect(facts.allViolations() == [])
    // the measured terms add up to the solver's objective: the model prices what the report measures
    let measured = facts.objectiveTerms().reduce(0) { $0 + $1.weighted }
    #expect(abs(measured - (r.objective ?? .nan)) < 1e-6, "\(facts.objectiveTerms())")
}

@Test func greedyStartMeetsEveryRuleOnTheTinyScenario() throws {
    let plan = Plan(Tiny.scenario())
    var g = GreedyStart(plan: plan, seed: 7)
    let run = g.run()
    #expect(run.unplaced == 0)
    let t = plan.timetable(from: run.values)
    #expect(TimetableFacts(context: plan.context, timetable: t).allViolations() == [])
}

@Test func impossibleDemandIsLeftUnmetWithItsCause() throws {
    // the hall holds 50: the joint first course cannot seat the 60-strong group anywhere
    var s = Tiny.scenario(groupSizes: (60, 30), hallCapacity: 50)
    s.venues.removeAll { $0.id == "room1" }
    let (t, _, _) = try solve(s)
    let xi = t.unmet.filter { $0.course == "xi" }
    #expect(xi.map(\.group) == ["g1"])
    #expect(xi.first?.reason.contains("holds 60") == true || xi.first?.reason.contains("60 people") == true, "\(xi)")
    // with its first course unmet, g1 can take nothing else; g2 still gets its timetable
    #expect(t.sessions.contains { $0.groups.contains("g2") && $0.course == "policy" })
}
