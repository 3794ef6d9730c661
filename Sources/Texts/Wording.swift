import Foundation

/// Words in one language, looked up by key from the catalogue compiled into the binary (so a
/// release binary copied on its own still speaks both languages).
public struct Wording: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public static let english = Wording(.en)
    public static let chinese = Wording(.zh)

    /// The text for `key`; `{0}`, `{1}`… are replaced by `arguments` in order. A key missing from
    /// this language falls back to English, then to the key itself (tests keep both complete).
    public func callAsFunction(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        var text = Catalogue.table(language)[key] ?? Catalogue.table(.en)[key] ?? key
        for (n, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(n)}", with: argument.description)
        }
        return text
    }

    /// Whether the catalogue has `key` in this language.
    public func has(_ key: String) -> Bool { Catalogue.table(language)[key] != nil }
}
