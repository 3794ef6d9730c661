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
        text(key, arguments: arguments.map(\.description))
    }

    /// The same with the arguments in an array. Placeholders are filled in one pass, so an
    /// argument that itself holds `{1}` (a name, a reason) is left as written.
    public func text(_ key: String, arguments: [String]) -> String {
        let template = Catalogue.table(language)[key] ?? Catalogue.table(.en)[key] ?? key
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), arguments.indices.contains(n) {
                out += arguments[n]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// Whether the catalogue has `key` in this language.
    public func has(_ key: String) -> Bool { Catalogue.table(language)[key] != nil }
}
