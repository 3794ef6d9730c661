import Domain
import GLPK
import MIP
import Planner
import Testing

@testable import Engine
@testable import Search

/// GLPK's steps shared by fix-and-optimise, the completion of a timetable and the anneal's class
/// re-plan: hold the sessions and solve the rest; re-plan a part and merge it back.
@Suite struct PartSolveTests {
    /// comp01's plan, a valid timetable's integer values and the derived integer columns.
    static func valid() throws -> (plan: Plan, values: [Double], derived: Set<Int>) {
        let plan = Plan(context: PlanningContext(try Fixtures.itc2007("comp01")))
        var (state, _, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) where state.active[r] { state.place(r, at: a) }
        if !state.isValid { state = FeasibilitySearch(budget: 200_000, seed: 1).run(from: state).state }
        try #require(state.isValid)
        return (
            plan, plan.integerValues(chosen: state.chosen, electives: state.electivesTaken),
            Set(plan.model.derivedColumns.values.flatMap { $0 })
        )
    }

    @Test func holdingTheSessionsSolvesTheRestWithinTheRows() throws {
        let (plan, values, derived) = try Self.valid()
        let program = plan.program
        let out = try #require(program.solvedHolding(values, except: derived, options: MIPOptions(timeLimit: 60)))
        for (j, c) in program.columns.enumerated() where c.kind != .continuous && !derived.contains(j) {
            #expect(abs(out[j] - values[j].rounded()) < 1e-6, "\(c.name) moved")
        }
        #expect(program.violations(of: out, tolerance: 1e-6).isEmpty)
    }

    @Test func heldValuesThatBreakARowGiveNothing() throws {
        let (plan, values, derived) = try Self.valid()
        let m = plan.model
        // A requirement held twice over: its coverage row cannot be met.
        let r = try #require(m.requirements.indices.first { q in m.assignmentsOf[q].filter { values[m.assignments[$0].column] < 0.5 }.count > 0 })
        var broken = values
        let other = try #require(m.assignmentsOf[r].first { values[m.assignments[$0].column] < 0.5 })
        broken[m.assignments[other].column] = 1
        #expect(plan.program.solvedHolding(broken, except: derived, options: MIPOptions(timeLimit: 60)) == nil)
    }

    @Test func aReplannedPartIsNeverWorseAndKeepsTheRows() throws {
        let (plan, values, derived) = try Self.valid()
        let program = plan.program
        let whole = try #require(program.solvedHolding(values, except: derived, options: MIPOptions(timeLimit: 60)))
        let group = try #require(plan.context.scenario.groups.first?.id)
        let part = Restriction(program, around: whole, freeing: plan.freeColumns(for: [group], around: whole))
        try #require(!part.columns.isEmpty)
        var o = MIPOptions(timeLimit: 60)
        o.nodeLimit = 20
        let start = try #require(part.measuredStart(derived: derived, options: o))
        #expect(part.program.violations(of: start, tolerance: 1e-6).isEmpty)
        let r = try part.replanned(options: o, start: start)
        let merged = try #require(r.values)
        #expect(merged.count == program.columns.count)
        #expect(program.violations(of: merged, tolerance: 1e-6).isEmpty)
        #expect(program.objective(of: merged) <= program.objective(of: whole) + 1e-6)
    }
}
