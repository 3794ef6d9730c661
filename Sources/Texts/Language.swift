import Foundation

/// The language people read Paike's output in. Machine files (timetable.csv, report.json,
/// solution.json, file names) never change with it.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en, zh

    /// `--lang`, else the scenario's `language:`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`
    /// starting `zh`), else English. An unknown spelling gives nil so the caller can name it.
    public static func chosen(option: String?, scenario: String?, environment: [String: String]) -> Language? {
        if let option { return Language(spelling: option) }
        if let scenario { return Language(spelling: scenario) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first variable set decides, as in POSIX locale lookup.
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `中文`, `en`, `en-US`, `english`…
    public init?(spelling: String) {
        let s = spelling.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("zh") || s == "中文" || s == "chinese" || s == "汉语" {
            self = .zh
        } else if s.hasPrefix("en") || s == "english" || s == "英文" {
            self = .en
        } else {
            return nil
        }
    }
}
