import Domain
import Foundation
import Scenario
import Texts

/// How planners write enumerated values in a sheet: the file's own spelling (`party_school`),
/// the catalogue's names in both languages (党校, Party school) and the shorter forms people
/// use (园区企业, 村书记, 周一): the synonyms of enumerated values are the YAML loader's own
/// (`EnumAliases` in Scenario), so a workbook and a scenario file read the same words.
public enum Aliases {
    /// Spellings beyond the catalogue's, per catalogue key.
    static let extra: [String: [String]] = [
        "workbook.owner.venue": ["场所", "教学场所"], "workbook.owner.teacher": ["老师", "讲解员", "导师"], "workbook.owner.group": ["班次", "班"],
        "workbook.bool.true": ["是", "对", "√", "✓", "✔", "y", "yes", "true", "1", "要", "需要"],
        "workbook.bool.false": ["否", "不", "×", "✗", "n", "no", "false", "0", "不是", "无"]
    ]

    /// The value of `T` that `text` names, with `prefix` the catalogue's key prefix (`form`, `venue`…).
    public static func value<T: RawRepresentable & CaseIterable>(_ text: String, _ prefix: String, as: T.Type) -> T? where T.RawValue == String {
        let n = normal(text)
        guard !n.isEmpty else { return nil }
        return T.allCases.first { spellings("\(prefix).\($0.rawValue)", raw: $0.rawValue).contains(n) }
    }

    /// A yes/no cell: 是/否, yes/no, true/false, 1/0, ✓/×; empty is nil.
    public static func bool(_ text: String) -> Bool? {
        let n = normal(text)
        if spellings("workbook.bool.true", raw: "true").contains(n) { return true }
        if spellings("workbook.bool.false", raw: "false").contains(n) { return false }
        return nil
    }

    /// Every accepted spelling of one catalogue key, normalised.
    static func spellings(_ key: String, raw: String) -> Set<String> {
        var all: Set<String> = [normal(raw), normal(raw.replacingOccurrences(of: "_", with: " "))]
        for language in Language.allCases where Wording(language).has(key) { all.insert(normal(Wording(language)(key))) }
        for e in (extra[key] ?? []) + (EnumAliases.synonymsByKey[key] ?? []) { all.insert(normal(e)) }
        return all
    }

    /// Case, spaces and full-width forms do not matter: `ＰＡＲＴＹ_school ` reads as `party_school`.
    public static func normal(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            var c = c
            // Full-width ASCII (U+FF01–FF5E) to half-width; the ideographic space is a space.
            if (0xFF01...0xFF5E).contains(c.value), let h = Unicode.Scalar(c.value - 0xFEE0) { c = h }
            if c.properties.isWhitespace || c == "\u{3000}" || c == "\u{FEFF}" { continue }
            out.append(c)
        }
        return String(out).lowercased()
    }
}
