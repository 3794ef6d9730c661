import Domain
import Testing

@testable import Scenario

/// `language:` says which language people read the programme's outputs in.
struct LanguageKeyTests {
    static let body = """
        calendar:
          start: 2025-03-10
          end: 2025-03-14
          periods: [{id: am1, start: "10:00", end: "11:30"}]
        """

    @Test func zhAndEnAreReadAndWrittenBack() throws {
        let s = try #require(ScenarioLoader.load(text: "format: paike/1\nlanguage: zh\n" + Self.body, path: "a.yaml").scenario)
        #expect(s.language == "zh")
        #expect(ScenarioWriter.yaml(s).contains("\nlanguage: zh\n"))
        #expect(ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "b.yaml").scenario == s)
        #expect(ScenarioLoader.load(text: "format: paike/1\n" + Self.body, path: "a.yaml").scenario?.language == nil)
    }

    @Test func anotherLanguageIsALocatedError() {
        let l = ScenarioLoader.load(text: "format: paike/1\nlanguage: fr\n" + Self.body, path: "a.yaml")
        #expect(
            l.errors.map(\.headline) == [
                "a.yaml:2:11: error: unknown language 'fr' — write 'language: zh' for Chinese (中文) or 'language: en' for English [bad-value]"
            ])
    }
}
