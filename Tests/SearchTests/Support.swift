import Domain
import Engine
import Foundation
import Generator
import ITC2007
import Planner
import Scenario

@testable import Search

enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Wensu as the search sees it in a solve: its shadowing placements' blocks chosen first
    /// (the latest free stretch; Wensu's hosts take both classes out at once, so no host
    /// assignment is needed to choose) and the classes unavailable on their block days.
    static func wensu() throws -> TrainingScenario {
        guard let s = ScenarioLoader.load(path: repository + "/Scenarios/wensu/wensu.yaml").scenario else { throw FixtureError.unreadable }
        return PlacementBlocks(context: PlanningContext(s)) { _ in true }.scenarioAround(s)
    }

    static func county(seed: Int) -> TrainingScenario { ScenarioGenerator(scale: .county, seed: seed).generate() }
    static func prefecture(seed: Int) -> TrainingScenario { ScenarioGenerator(scale: .prefecture, seed: seed).generate() }
    static func province(seed: Int) -> TrainingScenario { ScenarioGenerator(scale: .province, seed: seed).generate() }

    /// The scenario with the terms of the ITC-2007 costs on, weighted as `paike itc2007` weighs
    /// them: seats short at a cost, courses of two or more sessions wanting two days, lone
    /// periods of cohorts (classes in pairs, and the first and third class, overlapping as
    /// curricula do), venue changes.
    static func withITCTerms(_ scenario: TrainingScenario) -> TrainingScenario {
        var s = scenario
        let ids = s.groups.map(\.id)
        s.cohorts = stride(from: 0, to: ids.count - 1, by: 2).map { Cohort(id: .init("pair\($0)"), name: "pair \($0)", groups: [ids[$0], ids[$0 + 1]]) }
        if ids.count > 2 { s.cohorts.append(Cohort(id: "first_third", name: "first and third", groups: [ids[0], ids[2]])) }
        s.objective.overCapacity = 1
        s.objective.spread = 5
        s.objective.isolated = 2
        s.objective.venueChanges = 1
        for k in s.courses.indices where s.courses[k].sessions > 1 { s.courses[k].minDays = 2 }
        return s
    }

    /// An ITC-2007 track 3 instance of Tests/ITC2007Tests/Fixtures as `paike itc2007` maps it.
    static func itc2007(_ name: String) throws -> TrainingScenario {
        let path = repository + "/Tests/ITC2007Tests/Fixtures/\(name).ctt"
        return ITC2007Job.scenario(try ITCParser.parseInstance(String(contentsOfFile: path, encoding: .utf8), file: path))
    }

    /// A state over a plan with the greedy start's electives taken and nothing placed.
    static func emptyState(_ plan: Plan, seed: Int = 1) -> (TimetableState, electives: Set<GroupCourse>, greedy: [Int: Int]) {
        var g = GreedyStart(plan: plan, seed: seed)
        _ = g.run()
        let choice = g.choice
        let active = plan.model.requirements.map { !$0.elective || choice.electives.contains(GroupCourse($0.group, $0.course)) }
        return (TimetableState(index: StateIndex(plan: plan), active: active, electives: choice.electives), choice.electives, choice.chosen)
    }

    enum FixtureError: Error { case unreadable }
}
