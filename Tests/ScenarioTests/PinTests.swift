import Domain
import Testing

@testable import Scenario

struct PinTests {
    @Test func pinsDecodeInFlowAndBlockStyle() throws {
        let l = ScenarioLoader.load(path: Fixture.path("valid/pins.yaml"))
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(
            s.pins == [
                Pin(group: "g1", course: "xi", date: Day(iso: "2025-03-10"), period: "am1", venue: "hall", teacher: "wang_li"),
                Pin(group: "g1", course: "walnut", segment: .explanation, date: Day(iso: "2025-03-13")),
                Pin(group: "g1", course: "governance", occurrence: 2, teacher: "wang_li"),
                Pin(group: "g1", course: "walnut", period: "pm1")
            ])
    }

    @Test func sourceMapKeysPinsByPosition() {
        let file = Fixture.path("valid/pins.yaml")
        let map = ScenarioLoader.load(path: file).sourceMap
        #expect(map.location(of: "pins", id: "1")?.line == 28)
        #expect(map.location(of: "pins", id: "3", field: "occurrence") == SourceLocation(file: file, line: 32, column: 17))
        #expect(map.location(of: "pins", id: "5") == nil)
    }

    @Test func scenarioWithoutPinsHasNone() throws {
        #expect(try #require(ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario).pins.isEmpty)
    }

    @Test func variantReplacesThePinListWhole() throws {
        let path = Fixture.path("variants/pins-replace.yaml")
        let l = ScenarioLoader.load(path: path)
        // `law` is on no list of g1, so the replaced list is checked as a whole, at the variant's line.
        #expect(l.errors.map(\.id) == ["pin-not-taken"], "\(l.renderedDiagnostics())")
        #expect(l.errors.first?.file == path && l.errors.first?.line == 6)
    }

    @Test func variantCanClearOrReplacePins() throws {
        let base = Fixture.path("variants/inline.yaml")
        let cleared = ScenarioLoader.load(text: "format: paike/1\nbase: ../valid/pins.yaml\nchanges: {modify: {pins: []}}\n", path: base)
        #expect(try #require(cleared.scenario).pins.isEmpty)
        let one = ScenarioLoader.load(
            text: "format: paike/1\nbase: ../valid/pins.yaml\nchanges:\n  modify:\n    pins: [{group: g1, course: governance, venue: hall}]\n", path: base)
        #expect(try #require(one.scenario).pins == [Pin(group: "g1", course: "governance", venue: "hall")])
        let notList = ScenarioLoader.load(text: "format: paike/1\nbase: ../valid/pins.yaml\nchanges: {modify: {pins: {group: g1}}}\n", path: base)
        #expect(notList.errors.map(\.id) == ["wrong-type"])
    }

    @Test func unknownIDsInPinsSuggestTheNearestName() throws {
        let l = ScenarioLoader.load(path: Fixture.path("broken/pin-ref-teacher.yaml"))
        #expect(l.errors.first?.notes.contains("did you mean 'wang_li'?") == true, "\(l.renderedDiagnostics())")
        let seg = ScenarioLoader.load(path: Fixture.path("broken/pin-segment-unknown.yaml"))
        #expect(seg.errors.first?.notes.contains("did you mean 'explanation'?") == true, "\(seg.renderedDiagnostics())")
    }

    @Test func notTeachingDayMessagesSayWhy() {
        func message(_ f: String) -> String { ScenarioLoader.load(path: Fixture.path("broken/\(f)")).errors.first?.message ?? "" }
        #expect(message("pin-holiday.yaml").contains("a holiday"))
        #expect(message("pin-weekend.yaml").contains("sat"))
        #expect(message("pin-outside-calendar.yaml").contains("outside the calendar"))
    }
}
