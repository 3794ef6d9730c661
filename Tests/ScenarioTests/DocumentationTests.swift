import Domain
import Foundation
import Testing

@testable import Scenario

/// The guide and the schema are what planners and editors rely on; keep them in step with the loader.
struct DocumentationTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    func guide() throws -> String { try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8) }

    @Test func guideListsEveryDiagnosticID() throws {
        let text = try guide()
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !text.contains("| `\($0)` |") }
        #expect(missing.isEmpty, "not in the guide's tables: \(missing)")
    }

    @Test func guideExampleLoadsAndMatchesTheFixture() throws {
        let text = try guide()
        let section = try #require(text.range(of: "## A complete small example"))
        let rest = text[section.upperBound...]
        let open = try #require(rest.range(of: "```yaml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```"))
        let example = String(rest[open.upperBound..<close.lowerBound])
        let l = ScenarioLoader.load(text: example, path: "example.yaml")
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario != nil)
        #expect(l.scenario == ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario)
    }

    @Test func schemaKnowsTheSameKeysAsTheLoader() throws {
        let data = try Data(contentsOf: Self.docs.appendingPathComponent("scenario.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let defs = try #require(schema["$defs"] as? [String: Any])
        func keys(_ def: String) -> Set<String> {
            Set(((defs[def] as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        #expect(keys("scenario") == Set(Keys.top))
        #expect(keys("calendar") == Set(Keys.calendar))
        #expect(keys("period") == Set(Keys.period))
        #expect(keys("site") == Set(Keys.site))
        #expect(keys("travel") == Set(Keys.travel))
        #expect(keys("venue") == Set(Keys.venue))
        #expect(keys("teacher") == Set(Keys.teacher))
        #expect(keys("course") == Set(Keys.course))
        #expect(keys("fiveHaves") == Set(Keys.fiveHaves))
        #expect(keys("segment") == Set(Keys.segment))
        #expect(keys("group") == Set(Keys.group))
        #expect(keys("package") == Set(Keys.package))
        #expect(keys("menu") == Set(Keys.menu))
        #expect(keys("objective") == Set(Keys.objective))
        #expect(keys("pin") == Set(Keys.pin))
        #expect(keys("cohort") == Set(Keys.cohort))
        #expect(keys("cadre") == Set(Keys.cadre))
        #expect(keys("mentor") == Set(Keys.mentor))
        #expect(keys("mentoring") == Set(Keys.mentoring))
        #expect(keys("assessment") == Set(Keys.assessment))
        #expect(keys("variant") == Set(VariantResolver.topKeys))
        let kinds = (defs["venueKind"] as? [String: Any])?["enum"] as? [String]
        #expect(kinds == Domain.VenueKind.allCases.map(\.rawValue))
    }
}
