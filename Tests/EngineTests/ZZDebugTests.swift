import Testing
import Foundation
import Domain
import ITC2007
@testable import Engine
@testable import Planner

@Test func zzDebugITC() throws {
    let text = try String(contentsOfFile: "Benchmarks/itc2007/instances/comp01.ctt", encoding: .utf8)
    let inst = try ITCParser.parseInstance(text, file: "comp01")
    let s = ITC2007Job.scenario(inst)
    let plan = Plan(s)
    let v = try #require(SolveJob.greedyStart(plan, seed: 0))
    let p = plan.program
    var by: [String: Double] = [:]
    for (j, c) in p.columns.enumerated() where c.cost != 0 && v[j] != 0 {
        let key = String(c.name.prefix { $0.isLetter })
        by[key, default: 0] += c.cost * v[j]
    }
    print("model", p.objective(of: v), "const", p.objectiveConstant, by.sorted { $0.key < $1.key })
    let t = plan.timetable(from: v)
    print("measured", plan.objectiveTerms(of: t).map { "\($0.name)=\($0.weighted)" })
    let sol = ITC2007Job.solution(t, scenario: s)
    print("score", ITCScorer.score(sol, for: inst))
}
