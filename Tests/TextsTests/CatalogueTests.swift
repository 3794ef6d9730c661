import Testing

@testable import Texts

@Suite struct CatalogueTests {
    @Test func everyKeyExistsInBothLanguages() {
        let en = Catalogue.keys(.en), zh = Catalogue.keys(.zh)
        #expect(en.subtracting(zh).sorted() == [], "keys with no Chinese text")
        #expect(zh.subtracting(en).sorted() == [], "keys with no English text")
    }

    @Test func chineseTextsAreChinese() {
        // A Chinese entry copied from English by mistake would hold no CJK character.
        let untranslated = Catalogue.table(.zh).filter { _, text in
            !text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        }.keys.sorted()
        #expect(untranslated == [])
    }

    @Test func argumentsAreFilledInOrder() {
        #expect(Wording.chinese("language.unknown", "fr") == "未知语言“fr”：请用 zh 或 en")
        #expect(Wording.english("no.such.key") == "no.such.key")
    }

    @Test func anArgumentHoldingABraceIsLeftAsWritten() {
        // Placeholders are filled in one pass: a name like "{1}" is not filled in again.
        #expect(Wording.english.text("cli.unmetLine", arguments: ["班{1}", "why", "Rule"]) == "班{1}: why [Rule]")
        #expect(Wording.chinese("cli.summary", "{2}", "课表有效", 3) == "{2}：课表有效，共 3 个课次")
    }

    @Test func languageIsChosenByOptionThenScenarioThenLocale() {
        #expect(Language.chosen(option: "zh", scenario: "en", environment: [:]) == .zh)
        #expect(Language.chosen(option: nil, scenario: "zh-CN", environment: ["LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.chosen(option: nil, scenario: nil, environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.chosen(option: nil, scenario: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.chosen(option: nil, scenario: nil, environment: [:]) == .en)
        #expect(Language.chosen(option: "fr", scenario: nil, environment: [:]) == nil)
    }
}
