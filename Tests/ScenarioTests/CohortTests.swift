import Domain
import Testing

@testable import Scenario

/// Cohorts, `min_days` and the objective's over-capacity, spread, isolated and venue-change weights.
struct CohortTests {
    static let valid = Fixture.path("valid/cohorts.yaml")

    func load(_ text: String) -> LoadedScenario { ScenarioLoader.load(text: text, path: Fixture.path("valid/inline.yaml")) }

    /// valid/cohorts.yaml with one line replaced (1-based), for cases too small for a fixture file.
    func loadEdited(line: Int, _ old: String, _ new: String) throws -> LoadedScenario {
        var lines = try String(contentsOfFile: Self.valid, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[line - 1].contains(old), "line \(line) is '\(lines[line - 1])'")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        return load(lines.joined(separator: "\n"))
    }

    @Test func everyNewFieldDecodes() throws {
        let l = ScenarioLoader.load(path: Self.valid)
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.cohorts == [Cohort(id: "cadres", name: "双重学员", groups: ["g1", "g3"])])
        #expect(s.course("governance")?.minDays == 2)
        #expect(s.course("xi")?.minDays == nil)
        #expect(s.objective == Objective(needs: 10, overCapacity: 1, spread: 4, isolated: 3, venueChanges: 1))
        #expect(l.sourceMap.location(of: "cohorts", id: "cadres") == SourceLocation(file: Self.valid, line: 26, column: 5))
        #expect(l.sourceMap.location(of: "cohorts", id: "cadres", field: "groups", item: "g3")?.line == 26)
        #expect(l.sourceMap.location(of: "courses", id: "governance", field: "min_days") == SourceLocation(file: Self.valid, line: 20, column: 84))
        #expect(l.sourceMap.location(ofSingleton: "objective", field: "venue_changes")?.line == 27)
    }

    @Test func absentFieldsKeepTheDefaults() throws {
        let s = try #require(ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario)
        #expect(s.cohorts.isEmpty)
        #expect(s.courses.allSatisfy { $0.minDays == nil })
        #expect(s.objective.overCapacity == nil)
        #expect(s.objective.spread == 5 && s.objective.isolated == 2 && s.objective.venueChanges == 0)
    }

    @Test func nullOverCapacityKeepsCapacityHard() throws {
        let l = try loadEdited(line: 27, "over_capacity: 1", "over_capacity: null")
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        #expect(try #require(l.scenario).objective.overCapacity == nil)
        let zero = try loadEdited(line: 27, "over_capacity: 1", "over_capacity: 0")
        // 0 still makes capacity soft: seats short are allowed and free.
        #expect(try #require(zero.scenario).objective.overCapacity == 0)
    }

    @Test func cohortNameDefaultsToItsID() throws {
        let l = try loadEdited(line: 26, "name: 双重学员, ", "")
        #expect(try #require(l.scenario).cohorts.first?.name == "cadres")
    }

    @Test(arguments: ["over_capacity", "spread", "isolated", "venue_changes"])
    func everyNewWeightRejectsNegativesAndText(_ key: String) throws {
        let negative = load(
            "format: paike/1\ncalendar: {start: 2025-03-10, end: 2025-03-14, periods: [{id: am1, start: \"10:00\", end: \"11:30\"}]}\nobjective: {\(key): -1}\n"
        )
        #expect(negative.errors.map(\.id) == ["negative-weight"])
        #expect(negative.errors.first?.message.contains(key) == true)
        #expect(negative.errors.first?.column == 15 + key.count)
        let text = load(
            "format: paike/1\ncalendar: {start: 2025-03-10, end: 2025-03-14, periods: [{id: am1, start: \"10:00\", end: \"11:30\"}]}\nobjective: {\(key): lots}\n"
        )
        #expect(text.errors.map(\.id) == ["wrong-type"])
    }

    @Test func unknownCohortGroupSuggestsTheNearest() {
        let l = ScenarioLoader.load(path: Fixture.path("broken/cohort-ref-group.yaml"))
        #expect(l.errors.first?.message == "unknown group 'gg3' in 'groups' of cohort 'cadres'")
        #expect(l.errors.first?.notes == ["did you mean 'g3'?"], "\(l.renderedDiagnostics())")
        let key = ScenarioLoader.load(path: Fixture.path("broken/cohort-unknown-key.yaml"))
        #expect(key.errors.first?.notes == ["did you mean 'groups'?"])
    }

    @Test func minDaysMessagesSayTheLimit() throws {
        func first(_ f: String) -> Diagnostic? { ScenarioLoader.load(path: Fixture.path("broken/\(f)")).errors.first }
        #expect(first("min-days-over-sessions.yaml")?.message.contains("3 sessions, so on at most 3 days") == true)
        #expect(first("min-days-over-sessions.yaml")?.hint == "lower 'min_days' to 3 or raise 'sessions'")
        #expect(first("min-days-zero.yaml")?.hint != nil)
        #expect(
            first("min-days-over-calendar.yaml")?.message
                == "course 'governance' should meet on at least 6 different days but the calendar has only 5 teaching days")
        // A broken 'sessions' is reported alone, not again through min_days.
        let broken = try loadEdited(line: 20, "sessions: 3", "sessions: many")
        #expect(broken.errors.map(\.id) == ["wrong-type"], "\(broken.renderedDiagnostics())")
    }

    @Test func minDaysOfAFiveHavesUnitCountsItsDays() {
        let header = """
            format: paike/1
            calendar: {start: 2025-03-10, end: 2025-03-21, periods: [{id: am1, start: "10:00", end: "11:30"}]}
            courses:
              - id: walnut
                title: 核桃产业现场教学
                form: onsite
                sessions: 2

            """
        let unit =
            "    five_haves: {within_days: 2, theory: {periods: 1}, explanation: {periods: 1}, observation: {periods: 1}, exchange: {periods: 1}, summary: {periods: 1}}\n"
        // two units of at most two days each: four days at most
        #expect(load(header + "    min_days: 4\n" + unit).errors.isEmpty)
        let five = load(header + "    min_days: 5\n" + unit)
        #expect(five.errors.map(\.id) == ["out-of-range"])
        #expect(five.errors.first?.line == 8)
        #expect(five.errors.first?.message.contains("2 units of at most 2 days each") == true, "\(five.renderedDiagnostics())")
    }

    @Test func overCapacityLetsALoneGroupUseASmallVenue() throws {
        // g1 (40) fits only the hall; with the hall at 38 its own governance sessions still load
        // under over_capacity, but without it they are proven impossible, with a note saying why.
        let soft = ScenarioLoader.load(path: Fixture.path("broken/over-capacity-joint-no-venue.yaml"))
        #expect(soft.errors.count == 1 && soft.errors.first?.message.contains("course 'xi'") == true)
        var text = try String(contentsOfFile: Fixture.path("broken/over-capacity-joint-no-venue.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "over_capacity: 1, ", with: "")
        let hard = load(text)
        let messages = hard.errors.map(\.message)
        #expect(
            messages == [
                "no venue can hold group 'g1' (40 people) for course 'xi'",
                "no venue can hold group 'g1' (40 people) for course 'governance'"
            ], "\(hard.renderedDiagnostics())")
        #expect(hard.errors.last?.notes.contains { $0.contains("over_capacity") } == true)
        // a joint course cannot be squeezed, so its error says nothing about over_capacity
        #expect(hard.errors.first?.notes.contains { $0.contains("over_capacity") } == false)
    }

    @Test func variantsAddRemoveAndModifyCohorts() throws {
        func variant(_ changes: String) -> LoadedScenario {
            ScenarioLoader.load(text: "format: paike/1\nbase: cohorts.yaml\nchanges:\n" + changes, path: Fixture.path("valid/what-if.yaml"))
        }
        let added = variant("  add:\n    cohorts: [{id: young, name: 青年, groups: [g2, g3]}]\n")
        #expect(try #require(added.scenario).cohorts.map(\.id) == ["cadres", "young"])
        let removed = variant("  remove: {cohorts: [cadres]}\n")
        #expect(try #require(removed.scenario).cohorts.isEmpty)
        let modified = variant(
            "  modify:\n    cohorts: [{id: cadres, groups: [g1, g2, g3]}]\n    courses: [{id: governance, min_days: 3}]\n    objective: {over_capacity: null, venue_changes: 0}\n"
        )
        let s = try #require(modified.scenario, "\(modified.renderedDiagnostics())")
        #expect(s.cohorts == [Cohort(id: "cadres", name: "双重学员", groups: ["g1", "g2", "g3"])])
        #expect(s.course("governance")?.minDays == 3)
        #expect(s.objective.overCapacity == nil && s.objective.venueChanges == 0 && s.objective.spread == 4)
        let unknown = variant("  modify:\n    cohorts: [{id: cadre, name: x}]\n")
        #expect(unknown.errors.map(\.id) == ["unknown-reference"])
        #expect(unknown.errors.first?.notes == ["did you mean 'cadres'?"])
        // Removing a group a cohort names leaves a dangling reference that says where it went.
        let gone = variant("  remove: {groups: [g3]}\n")
        #expect(gone.errors.map(\.id) == ["unknown-reference"])
        #expect(gone.errors.first?.file == Self.valid && gone.errors.first?.line == 26)
        #expect(gone.errors.first?.notes.first?.hasPrefix("'g3' was removed by the variant at") == true)
    }

    @Test func writerRoundTripsEveryNewField() throws {
        let original = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        let text = ScenarioWriter.yaml(original)
        let back = ScenarioLoader.load(text: text, path: "written.yaml")
        #expect(back.diagnostics.isEmpty, "\(back.renderedDiagnostics())\n\(text)")
        #expect(back.scenario == original)
        #expect(ScenarioWriter.yaml(try #require(back.scenario)) == text)
        #expect(text.contains("cohorts:\n  - {id: cadres, name: 双重学员, groups: [g1, g3]}\n"))
        #expect(
            text.contains(
                "objective: {needs: 10, travel: 1, compactness: 5, teacher_balance: 1, stability: 1000, over_capacity: 1, spread: 4, isolated: 3, venue_changes: 1}"
            ))
    }

    @Test func writerLeavesDefaultsOut() throws {
        let small = try #require(ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario)
        let text = ScenarioWriter.yaml(small)
        for key in ["cohorts:", "min_days", "over_capacity", "spread", "isolated", "venue_changes"] {
            #expect(!text.contains(key), "\(key)")
        }
        // a weight equal to its default is left out too; over_capacity 0 is not a default
        var s = small
        s.objective.spread = 5
        s.objective.overCapacity = 0
        let zero = ScenarioWriter.yaml(s)
        #expect(zero.contains("over_capacity: 0") && !zero.contains("spread"))
        let back = ScenarioLoader.load(text: zero, path: "zero.yaml")
        #expect(back.scenario == s, "\(back.renderedDiagnostics())")
    }
}
