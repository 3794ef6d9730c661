import Domain
import Testing
import Texts

@testable import Scenario

/// Follow-up visiting teams (跟踪回访): decoding with defaults, the towns visited, the warning, writing back.
struct TeamTests {
    static let valid = Fixture.path("valid/teams.yaml")

    @Test func teamsAndVisitsDecodeWithDefaults() throws {
        let l = ScenarioLoader.load(path: Self.valid)
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.teams.map(\.id) == ["org", "school"])
        #expect(s.team("org") == Team(id: "org", name: "组织部回访组", site: "town", maxVisitsPerDay: 2, maxMinutesPerDay: 480))
        // Without limits: three towns and eight hours a day.
        #expect(s.team("school")?.maxVisitsPerDay == 3 && s.team("school")?.maxMinutesPerDay == 480)
        #expect(s.team("school")?.isAway(on: Day(iso: "2025-04-02")!) == true)
        #expect(s.visits == VisitSettings(minutes: 90))
        #expect(l.sourceMap.location(of: "teams", id: "school") == SourceLocation(file: Self.valid, line: 37, column: 5))
    }

    @Test func townsAreTheCadresTownsAndTheSitesOfGroupsWithoutARoster() throws {
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        // g1 (20, no roster) at town; g2's cadres: kekeya, tuohe, and c3 without a town at g2's site, town.
        #expect(s.visitTowns == [VisitTown(site: "town", cadres: 21), VisitTown(site: "kekeya", cadres: 1), VisitTown(site: "tuohe", cadres: 1)])
    }

    @Test(arguments: [Language.en, .zh])
    func aDayShorterThanAVisitWarnsInEitherLanguage(_ language: Language) throws {
        let l = ScenarioLoader.load(path: Fixture.path("warnings/team-day-too-short.yaml"), wording: Wording(language))
        let w = try #require(l.diagnostics.first)
        #expect(w.message.contains("org") && w.message.contains("60") && w.message.contains("90"))
        if language == .zh { #expect(w.message.contains("回访组")) }
    }

    @Test func theWriterKeepsTeamsAndVisits() throws {
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        let text = ScenarioWriter.yaml(s)
        #expect(text.contains("\nteams:\n") && text.contains("\nvisits: {minutes: 90}\n"))
        let back = ScenarioLoader.load(text: text, path: "teams-written.yaml")
        #expect(back.diagnostics.isEmpty, "\(back.renderedDiagnostics())")
        #expect(back.scenario == s)
    }

    @Test func aVariantChangesTeamsAndTheVisitLength() throws {
        let text = """
            format: paike/1
            base: \(Self.valid)
            changes:
              modify:
                teams: [{id: org, max_visits_per_day: 4}]
                visits: {minutes: 60}
            """
        let l = ScenarioLoader.load(text: text, path: Fixture.path("valid/teams-variant.yaml"))
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.team("org")?.maxVisitsPerDay == 4 && s.visits?.minutes == 60)
    }
}
