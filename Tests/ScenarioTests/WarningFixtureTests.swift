import Testing

@testable import Scenario

/// Valid scenarios that still deserve a look: the scenario loads, and one warning points here.
let warningCases: [BrokenCase] = [
    .init(file: "unused-venue.yaml", id: "unused-venue", line: 11, column: 5),
    .init(file: "idle-teacher.yaml", id: "idle-teacher", line: 13, column: 5),
    .init(file: "online-capacity.yaml", id: "online-venue-field", line: 11, column: 51),
    .init(file: "outside-calendar.yaml", id: "outside-calendar", line: 13, column: 58),
    .init(file: "untaught-course.yaml", id: "untaught-course", line: 15, column: 5),
    .init(file: "cohort-too-small.yaml", id: "cohort-too-small", line: 26, column: 30),
    .init(file: "cohort-repeated-group.yaml", id: "cohort-repeated-group", line: 26, column: 47),
    .init(file: "team-day-too-short.yaml", id: "team-day-too-short", line: 36, column: 85)
]

@Test(arguments: warningCases)
func warningFixtureLoadsWithOneWarning(_ c: BrokenCase) {
    let loaded = ScenarioLoader.load(path: Fixture.path("warnings/" + c.file))
    #expect(loaded.scenario != nil)
    #expect(loaded.diagnostics.count == 1, "\(loaded.renderedDiagnostics())")
    let w = loaded.diagnostics.first
    #expect(w?.severity == .warning)
    #expect(w?.id == c.id)
    #expect(w?.line == c.line)
    #expect(w?.column == c.column)
}
