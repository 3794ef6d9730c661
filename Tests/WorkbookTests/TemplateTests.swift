import Domain
import Foundation
import Scenario
import Testing
import Texts

@testable import Workbook

/// `paike init`: a commented scenario and the same as a workbook, both valid, in either language.
@Suite struct TemplateTests {
    @Test(arguments: Language.allCases)
    func bothFilesValidateAndAgree(_ language: Language) throws {
        let w = Wording(language)
        let dir = Paths.temporary().appendingPathComponent("start")
        guard case .done = ScenarioWorkbook.initialise(dir.path, w) else { Issue.record("init failed"); return }
        let yaml = ScenarioLoader.load(path: dir.appendingPathComponent("scenario.yaml").path)
        #expect(yaml.diagnostics.isEmpty, "\(yaml.renderedDiagnostics())")
        #expect(yaml.scenario == Template.scenario(w))
        let book = dir.appendingPathComponent(ScenarioWorkbook.bookName).path
        let out = dir.appendingPathComponent("from-book.yaml").path
        let (outcome, imported) = ScenarioWorkbook.importScenario(from: book, sheets: try WorkbookFiles.read(book), to: out, w)
        guard case .done = outcome else { Issue.record("\(imported.rendered)"); return }
        #expect(imported.scenario == yaml.scenario)
        // A second init into the same folder overwrites nothing.
        guard case .invalid = ScenarioWorkbook.initialise(dir.path, w) else { Issue.record("init overwrote its files"); return }
    }

    @Test func commentsAreInTheChosenLanguage() {
        let zh = Template.yaml(.chinese)
        #expect(zh.contains("# teachers — 教师"))
        #expect(zh.contains("#   teaches (可授课程): 可讲授的课程编号"))
        #expect(zh.contains("language: zh"))
        #expect(Template.yaml(.english).contains("#   max_periods_per_day (max periods per day): at most this many periods a day"))
    }

    /// The template states the village secretaries' courses once, in their category's package.
    @Test func theTemplateShowsAPackage() {
        let yaml = Template.yaml(.english)
        #expect(yaml.contains("packages:\n  - {category: village_secretary"))
        #expect(Template.scenario(.english).groups[0].required == ["xi_thought", "walnut_unit"])
    }
}
