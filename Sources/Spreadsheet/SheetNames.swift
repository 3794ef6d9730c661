import Foundation

/// Excel's rules for sheet names, applied before the C library sees them (it refuses names that
/// break them): at most 31 characters, none of `[ ] : * ? / \`, not starting or ending with an
/// apostrophe, not empty, unique without regard to case.
public enum SheetNames {
    public static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Legal, unique names for `requested`, in the same order. A forbidden character becomes `_`;
    /// a name too long is cut; a repeated name gets ` (2)`, ` (3)`… (cut further to fit).
    public static func legal(_ requested: [String]) -> [String] {
        var taken: Set<String> = []
        return requested.map { wanted in
            let base = cleaned(wanted)
            var name = base
            var n = 2
            while taken.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = trimmedApostrophes(cut(base, to: maximumLength - suffix.utf16.count)) + suffix
                n += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }

    /// One name made legal on its own (not yet unique).
    public static func cleaned(_ name: String) -> String {
        let replaced = String(name.map { forbidden.contains($0) || $0.isNewline || $0 == "\t" ? "_" : $0 })
        let trimmed = trimmedApostrophes(cut(replaced.trimmingCharacters(in: .whitespaces), to: maximumLength))
        return trimmed.isEmpty ? "Sheet" : trimmed
    }

    /// Cut to at most `limit` UTF-16 units (what Excel counts), never splitting a character.
    static func cut(_ name: String, to limit: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            let size = character.utf16.count
            if used + size > limit { break }
            result.append(character)
            used += size
        }
        return result
    }

    static func trimmedApostrophes(_ name: String) -> String {
        var s = Substring(name)
        while s.first == "'" { s = s.dropFirst() }
        while s.last == "'" { s = s.dropLast() }
        return String(s).trimmingCharacters(in: .whitespaces)
    }
}
