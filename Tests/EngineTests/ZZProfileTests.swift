import Testing
import Foundation
import Domain
import Scenario
import MIP
import GLPK
@testable import Engine
@testable import Planner

@Test func zzProfileCounty() throws {
    let s = try #require(ScenarioLoader.load(path: "/tmp/county1.yaml").scenario)
    var t = Date()
    func lap(_ what: String) { print("PROFILE", what, String(format: "%.2f", Date().timeIntervalSince(t))); t = Date() }
    let plan = Plan(s); lap("plan")
    let v = try #require(SolveJob.greedyStart(plan, seed: 0)); lap("greedy+complete")
    for hood in plan.neighbourhoods(size: 1).prefix(3) {
        let free = plan.freeColumns(for: Set(hood), around: v); lap("free \(free.count)")
        let part = Restriction(plan.program, around: v, freeing: free); lap("restriction \(part.program.columns.count)x\(part.program.rows.count)")
        var o = MIPOptions(timeLimit: 30, relativeGap: 0); o.nodeLimit = 50; o.concurrent = true
        let r = try GLPK.solve(part.program, options: o, start: part.start); lap("glpk \(r.status) nodes \(r.nodes) obj \(String(describing: r.objective)) start \(part.program.objective(of: part.start))")
    }
}
