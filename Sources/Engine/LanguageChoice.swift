import Domain
import Foundation
import Texts

/// How the language people read is chosen for each scenario: `--lang`, else the scenario's
/// `language:`, else the locale, else English. A batch keeps the choice and applies it to each
/// file, since every scenario may name its own language.
public struct LanguageChoice: Sendable {
    /// `--lang`, already checked by the command line.
    public var option: Language?
    /// The environment whose `LC_ALL`, `LC_MESSAGES`, `LANG` give the locale.
    public var environment: [String: String]

    public init(option: Language? = nil, environment: [String: String] = [:]) {
        self.option = option; self.environment = environment
    }

    /// The option and the locale of the running process.
    public static func process(option: Language?) -> LanguageChoice {
        LanguageChoice(option: option, environment: ProcessInfo.processInfo.environment)
    }

    /// The language for `scenario` (nil: for output not tied to one scenario, such as a batch's table).
    public func language(for scenario: TrainingScenario?) -> Language {
        // The loader accepts only zh and en, so only an unset value falls through to the locale.
        Language.chosen(option: option?.rawValue, scenario: scenario?.language, environment: environment) ?? .en
    }
}
