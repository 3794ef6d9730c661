import Domain
import Testing

@testable import Scenario

/// Shadowing placements (跟班学习) and host units as the loader reads them.
@Suite struct PlacementScenarioTests {
    let loaded = ScenarioLoader.load(path: Fixture.path("valid/placement.yaml"))

    @Test func readsPlacementCourseAndHosts() throws {
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics())")
        let s = try #require(loaded.scenario)
        let shadow = try #require(s.course("shadow"))
        // `跟班学习` is the Chinese name of the form.
        #expect(shadow.form == .placement)
        #expect(shadow.placement == PlacementRule(days: 2, hosts: ["township_office", "walnut_village", "textile_co"]))
        let office = try #require(s.venue("township_office"))
        #expect(office.kind == .hostUnit && office.hostCapacity == 12 && office.capacity == nil)
        #expect(office.topics == [TopicScore(topic: "grassroots_governance", score: 5), TopicScore(topic: "rural_revitalisation", score: 3)])
        // A village keeps its seats and also takes shadowing cadres.
        let village = try #require(s.venue("walnut_village"))
        #expect(village.kind == .village && village.capacity == 40 && village.hostCapacity == 8)
        #expect(s.course("xi")?.placement == nil)
    }

    @Test func aHostUnitIsNoVenueForCoursesThatDoNotNameIt() throws {
        let s = try #require(loaded.scenario)
        let office = try #require(s.venue("township_office"))
        #expect(!VenueRule().allows(office))
        #expect(VenueRule(kinds: [.hostUnit]).allows(office))
        #expect(VenueRule().allows(try #require(s.venue("walnut_village"))))
    }

    @Test func placementOnAMenuIsRefused() throws {
        let text = try String(contentsOfFile: Fixture.path("valid/placement.yaml"), encoding: .utf8)
            .replacingOccurrences(
                of: "required: [xi, shadow], needs: {industrial_development: 4}",
                with: "required: [xi], menu: {from: [shadow], periods: 4}, needs: {industrial_development: 4}")
        let loaded = ScenarioLoader.load(text: text, path: "menu.yaml")
        #expect(loaded.scenario == nil)
        #expect(loaded.errors.map(\.id) == ["bad-value"], "\(loaded.renderedDiagnostics())")
        #expect(loaded.errors.first?.line == 29)
    }
}
