import ArgumentParser
import Engine
import Texts

/// `--lang zh|en`, shared by the commands that print or write for people. Without it the
/// scenario's `language:` decides, then the locale (`LANG=zh_CN.UTF-8`), then English.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("Language people read: zh (中文) or en (default: the scenario's language:, else the locale).", valueName: "zh|en"))
    var lang: String?

    /// The option as given, checked: an unknown spelling is a usage error (exit 64), said in the
    /// locale's language since the option itself cannot be trusted.
    var option: Language? {
        get throws {
            guard let lang else { return nil }
            guard let language = Language(spelling: lang) else {
                let locale = LanguageChoice.process(option: nil).language(for: nil)
                throw ValidationError(Wording(locale)("language.unknown", lang))
            }
            return language
        }
    }

    func validate() throws { _ = try option }

    /// The choice for this run: the option, then each scenario's own `language:`, then the locale.
    var choice: LanguageChoice { LanguageChoice.process(option: (try? option) ?? nil) }
}
