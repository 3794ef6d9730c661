import Domain
import Testing

@testable import Scenario

struct VariantTests {
    @Test func removeAddModifyApplyInOrder() throws {
        let path = Fixture.path("variants/repair.yaml")
        let l = ScenarioLoader.load(path: path)
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.name == "党校礼堂第一周维修")
        #expect(s.venue("old_hall") == nil)
        #expect(s.venues.map(\.id.rawValue) == ["ps_hall", "walnut_field"])
        #expect(s.teacher("guide_3")?.name == "新向导")
        #expect(s.teacher("guide_3")?.teaches == ["walnut_unit"])
        let hall = try #require(s.venue("ps_hall"))
        #expect(hall.unavailable == [.range(from: Day(iso: "2025-03-10")!, to: Day(iso: "2025-03-14")!)])
        #expect(hall.capacity == 120 && hall.name == "党校礼堂")
        #expect(s.objective == Objective(travel: 2))
        #expect(s.calendar.start == Day(iso: "2025-03-10") && s.calendar.end == Day(iso: "2025-03-28"))
        #expect(s.calendar.periods.count == 3)
    }

    @Test func locationsFollowTheFileThatWroteTheValue() {
        let variant = Fixture.path("variants/repair.yaml")
        let base = Fixture.path("variants/base.yaml")
        let map = ScenarioLoader.load(path: variant).sourceMap
        #expect(map.files == [variant, base])
        #expect(map.location(of: "venues", id: "ps_hall")?.file == base)
        #expect(map.location(of: "venues", id: "ps_hall", field: "unavailable") == SourceLocation(file: variant, line: 13, column: 22))
        #expect(map.location(of: "venues", id: "ps_hall", field: "capacity")?.file == base)
        #expect(map.location(of: "teachers", id: "guide_3")?.file == variant)
        #expect(map.location(ofSingleton: "objective", field: "travel")?.file == variant)
    }

    @Test func chainsApplyEveryLevel() throws {
        let s = try #require(ScenarioLoader.load(path: Fixture.path("variants/chain.yaml")).scenario)
        #expect(s.group("secretaries")?.size == 50)
        #expect(s.teacher("guide_3") != nil)
        #expect(s.name == "党校礼堂第一周维修")
    }

    @Test func variantWithoutNameKeepsTheBaseName() throws {
        let base = Fixture.path("variants/base.yaml")
        let text = "format: paike/1\nbase: base.yaml\nchanges: {}\n"
        let l = ScenarioLoader.load(text: text, path: Fixture.path("variants/inline.yaml"))
        #expect(l.scenario?.name == "温宿县第一期")
        #expect(l.scenario == ScenarioLoader.load(path: base).scenario)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var id: String
        /// The file the error points into, relative to the fixtures.
        var at: String
        var line: Int
        var column: Int
        var note: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        .init(file: "unknown-id.yaml", id: "unknown-reference", at: "variants/unknown-id.yaml", line: 6, column: 13, note: "did you mean 'ps_hall'?"),
        .init(file: "missing-base.yaml", id: "unknown-base", at: "variants/missing-base.yaml", line: 2, column: 7, note: "nowhere/wensu.yaml"),
        .init(file: "cycle-a.yaml", id: "variant-cycle", at: "variants/cycle-b.yaml", line: 2, column: 7, note: "cycle-a.yaml"),
        .init(file: "add-duplicate.yaml", id: "duplicate-id", at: "variants/add-duplicate.yaml", line: 6, column: 14, note: "base.yaml:20:5"),
        .init(
            file: "unknown-collection.yaml", id: "unknown-collection", at: "variants/unknown-collection.yaml", line: 5, column: 5,
            note: "did you mean 'venues'?"),
        .init(file: "bad-added.yaml", id: "unknown-key", at: "variants/bad-added.yaml", line: 10, column: 9, note: "did you mean 'capacity'?"),
        .init(file: "stray-key.yaml", id: "unknown-key", at: "variants/stray-key.yaml", line: 3, column: 1, note: "under 'changes:'"),
        .init(
            file: "package-unknown.yaml", id: "unknown-reference", at: "variants/package-unknown.yaml", line: 6, column: 20,
            note: "did you mean 'village_secretary'?")
    ]

    @Test(arguments: cases)
    func variantProblemsPointAtTheRightFile(_ c: Case) throws {
        let l = ScenarioLoader.load(path: Fixture.path("variants/" + c.file))
        #expect(l.scenario == nil)
        #expect(l.errors.count == 1, "\(l.renderedDiagnostics())")
        let e = try #require(l.errors.first)
        #expect(e.id == c.id)
        #expect(e.file == Fixture.path(c.at))
        #expect(e.line == c.line && e.column == c.column)
        if let note = c.note { #expect(e.notes.contains { $0.contains(note) }, "\(e.notes)") }
    }

    @Test func removingSomethingStillUsedPointsIntoTheBase() {
        let l = ScenarioLoader.load(path: Fixture.path("variants/dangling.yaml"))
        #expect(l.scenario == nil)
        #expect(l.errors.map(\.id) == ["unknown-reference", "unknown-reference"])
        #expect(l.errors.map(\.file) == [Fixture.path("variants/base.yaml"), Fixture.path("variants/base.yaml")])
        #expect(l.errors.map(\.line) == [21, 35])
        #expect(l.errors.allSatisfy { $0.notes.first?.hasPrefix("'walnut_unit' was removed by the variant at ") == true })
    }

    @Test func pathsAreJoinedRelativeToTheVariant() {
        #expect(VariantResolver.join("a/b", "../c.yaml") == "a/c.yaml")
        #expect(VariantResolver.join("", "./c.yaml") == "c.yaml")
        #expect(VariantResolver.join("a", "/abs/c.yaml") == "/abs/c.yaml")
        #expect(VariantResolver.join("/x/y", "../../../c.yaml") == "/c.yaml")
        #expect(VariantResolver.join("a", "../../c.yaml") == "../c.yaml")
        #expect(VariantResolver.directory(of: "v.yaml") == "")
        #expect(VariantResolver.directory(of: "/v.yaml") == "/")
    }

    @Test func travelCanBeRemovedEitherWay() throws {
        let text = "format: paike/1\nbase: base.yaml\nchanges:\n  remove:\n    travel: [{from: park, to: town}]\n"
        let l = ScenarioLoader.load(text: text, path: Fixture.path("variants/inline.yaml"))
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.travel.isEmpty == true)
    }
}
