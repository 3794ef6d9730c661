import Domain
import Foundation
import Generator
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

    /// A state over a plan with the greedy start's electives taken and nothing placed.
    static func emptyState(_ plan: Plan, seed: Int = 1) -> (TimetableState, electives: Set<GroupCourse>, greedy: [Int: Int]) {
        var g = GreedyStart(plan: plan, seed: seed)
        _ = g.run()
        let choice = g.choice
        let active = plan.model.requirements.map { !$0.elective || choice.electives.contains(GroupCourse($0.group, $0.course)) }
        return (TimetableState(index: StateIndex(plan: plan), active: active), choice.electives, choice.chosen)
    }

    enum FixtureError: Error { case unreadable }
}
