import Foundation
import Testing

@testable import Scenario

/// `language: zh|en` at the top of a scenario: kept as written, inherited by variants, anything
/// else refused where it is written.
struct LanguageFieldTests {
    static func withLanguage(_ value: String) throws -> String {
        let text = try String(contentsOfFile: Fixture.path("valid/small.yaml"), encoding: .utf8)
        return text.replacingOccurrences(of: "format: paike/1\n", with: "format: paike/1\nlanguage: \(value)\n")
    }

    @Test(arguments: ["zh", "en"])
    func aScenarioNamesItsLanguage(_ value: String) throws {
        let l = ScenarioLoader.load(text: try Self.withLanguage(value), path: Fixture.path("valid/small-lang.yaml"))
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.language == value)
        #expect(ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario?.language == nil)
    }

    @Test func anUnknownLanguageIsAnErrorAtItsValue() throws {
        let text = try Self.withLanguage("fr")
        let l = ScenarioLoader.load(text: text, path: Fixture.path("valid/small-lang.yaml"))
        let d = try #require(l.diagnostics.first { $0.id == DiagnosticCode.badValue.rawValue })
        #expect(d.message.contains("'fr'"))
        #expect(d.location.line == 3 && d.location.column == 11)
        #expect(d.hint?.contains("language: zh") == true)
        #expect(l.hasErrors)
    }

    @Test func aVariantInheritsItsBasesLanguageOrNamesItsOwn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("paike-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.withLanguage("zh").write(to: dir.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let inherit = ScenarioLoader.load(text: "format: paike/1\nbase: base.yaml\nchanges: {}\n", path: dir.appendingPathComponent("v1.yaml").path)
        #expect(inherit.scenario?.language == "zh", "\(inherit.renderedDiagnostics())")
        let own = ScenarioLoader.load(text: "format: paike/1\nlanguage: en\nbase: base.yaml\nchanges: {}\n", path: dir.appendingPathComponent("v2.yaml").path)
        #expect(own.scenario?.language == "en", "\(own.renderedDiagnostics())")
    }

    @Test func theWriterKeepsTheLanguage() throws {
        var s = try #require(ScenarioLoader.load(path: Fixture.path("valid/small.yaml")).scenario)
        s.language = "zh"
        let text = ScenarioWriter.yaml(s)
        #expect(ScenarioLoader.load(text: text, path: "written.yaml").scenario?.language == "zh")
    }
}
