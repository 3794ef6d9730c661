import Domain
import Texts

/// An entity by collection and id, e.g. ("venues", "ps_hall").
struct EntityKey: Hashable, Sendable {
    var collection: String
    var id: String
}

/// A mapping whose keys were checked; null values count as absent.
struct Fields {
    let node: YNode
    let values: [String: YNode]
    var keys: [String: SourceLocation] = [:]
    /// Accepted keys that an unknown key was probably meant to be; not reported again as missing.
    var misspelt: Set<String> = []
    /// Where the key itself was written (better than the value's first character for nested mappings).
    func keyLocation(_ key: String) -> SourceLocation? { keys[key] }
    subscript(key: String) -> YNode? { values[key].flatMap { $0.isNull ? nil : $0 } }
    func has(_ key: String) -> Bool { self[key] != nil }
}

/// Reads typed values out of `YNode`s, recording every problem instead of stopping. Errors
/// mark the entity being read as broken so the counting checks skip half-read values.
final class FieldReader {
    var diagnostics: [Diagnostic] = []
    var broken = Set<EntityKey>()
    var current: EntityKey?
    /// The language of the messages that come from the catalogue.
    var wording: Wording

    init(wording: Wording = .english) { self.wording = wording }

    func report(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at loc: SourceLocation,
        hint: String? = nil, notes: [String] = []
    ) {
        diagnostics.append(Diagnostic(severity, at: loc, message, code: code, hint: hint, notes: notes))
        if severity == .error, let current { broken.insert(current) }
    }
    func error(_ code: DiagnosticCode, _ message: String, at loc: SourceLocation, hint: String? = nil, notes: [String] = []) {
        report(.error, code, message, at: loc, hint: hint, notes: notes)
    }
    func warning(_ code: DiagnosticCode, _ message: String, at loc: SourceLocation, hint: String? = nil, notes: [String] = []) {
        report(.warning, code, message, at: loc, hint: hint, notes: notes)
    }

    func wrongType(_ node: YNode, _ field: String, _ what: String, expected: String, hint: String? = nil, notes: [String] = []) {
        error(
            .wrongType, "'\(field)' \(what.isEmpty ? "" : "of \(what) ")should be \(expected), found \(node.found)", at: node.location, hint: hint, notes: notes
        )
    }

    /// Checks a mapping: unknown keys (with did-you-mean), duplicate keys, missing required keys.
    func fields(_ node: YNode, _ field: String, what: String, allowed: [String], required: [String]) -> Fields? {
        guard let pairs = node.pairs else {
            wrongType(node, field, "", expected: "a mapping of \(what) fields")
            return nil
        }
        var values: [String: YNode] = [:]
        var keys: [String: SourceLocation] = [:]
        var misspelt: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.text else {
                error(.wrongType, "a key in \(what) should be text, found \(pair.key.found)", at: pair.key.location)
                continue
            }
            if let first = values[key] {
                error(
                    .duplicateKey, "key '\(key)' appears twice in \(what)", at: pair.key.location,
                    notes: ["first given at \(first.location)"])
                continue
            }
            guard allowed.contains(key) else {
                let meant = Spelling.closest(to: key, in: allowed)
                if let meant { misspelt.insert(meant) }
                var notes = meant.map { ["did you mean '\($0)'?"] } ?? []
                if notes.isEmpty { notes.append("accepted keys: \(Suggestions.quotedList(allowed))") }
                error(.unknownKey, "unknown key '\(YNode.clip(key))' in \(what)", at: pair.key.location, notes: notes)
                continue
            }
            values[key] = pair.value
            keys[key] = pair.key.location
        }
        let f = Fields(node: node, values: values, keys: keys, misspelt: misspelt)
        for key in required where !f.has(key) && !misspelt.contains(key) {
            if let given = values[key] {
                error(.missingField, "'\(key)' of \(what) has no value", at: given.location)
            } else {
                error(.missingField, "missing '\(key)' in \(what)", at: node.location)
            }
        }
        return f
    }

    func text(_ node: YNode, _ field: String, _ what: String) -> String? {
        guard let s = node.text else { wrongType(node, field, what, expected: "text"); return nil }
        return s
    }

    /// Ids are ASCII so they survive every file format and shell they are used in.
    func identifier(_ node: YNode, _ field: String, _ what: String) -> String? {
        guard let s = text(node, field, what) else { return nil }
        let ok =
            !s.isEmpty && s.count <= 100
            && s.unicodeScalars.allSatisfy { c in
                (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-" || c == "."
            }
        if !ok {
            error(
                .badID, "'\(YNode.clip(s))' is not a valid id", at: node.location,
                hint: "use ASCII letters, digits, '_', '-' or '.'; put Chinese in 'name' or 'title'", notes: fullWidthNote(node))
            return nil
        }
        return s
    }

    func int(_ node: YNode, _ field: String, _ what: String, positive: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        guard let s = node.text, !node.isNull else { wrongType(node, field, what, expected: "a whole number"); return nil }
        let digits = s.hasPrefix("-") || s.hasPrefix("+") ? s.dropFirst() : Substring(s)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            wrongType(node, field, what, expected: "a whole number", notes: fullWidthNote(node)); return nil
        }
        // magnitude, not abs(): abs(Int.min) traps.
        guard let n = Int(s), n.magnitude <= 1_000_000_000 else {
            error(.outOfRange, "'\(field)' \(what.isEmpty ? "" : "of \(what) ")is too large: '\(YNode.clip(s))'", at: node.location)
            return nil
        }
        if positive && n <= 0 {
            error(.nonPositive, "'\(field)' \(what.isEmpty ? "" : "of \(what) ")must be at least 1, found '\(s)'", at: node.location)
            return nil
        }
        if let range, !range.contains(n) {
            error(
                .outOfRange, "'\(field)' \(what.isEmpty ? "" : "of \(what) ")must be from \(range.lowerBound) to \(range.upperBound), found '\(s)'",
                at: node.location)
            return nil
        }
        return n
    }

    func double(_ node: YNode, _ field: String, _ what: String) -> Double? {
        guard let s = node.text, !node.isNull, let d = Double(s), d.isFinite,
            s.unicodeScalars.allSatisfy({ "0123456789.+-eE".unicodeScalars.contains($0) })
        else {
            wrongType(node, field, what, expected: "a number"); return nil
        }
        return d
    }

    func bool(_ node: YNode, _ field: String, _ what: String) -> Bool? {
        switch node.text?.lowercased() {
        case "true"?: return true
        case "false"?: return false
        default: wrongType(node, field, what, expected: "true or false"); return nil
        }
    }

    func day(_ node: YNode, _ field: String, _ what: String) -> Day? {
        guard let s = node.text, !node.isNull else { wrongType(node, field, what, expected: "a date"); return nil }
        guard let d = Day(iso: s) else {
            error(
                .badDate, "'\(YNode.clip(s))' is not a date", at: node.location, hint: "write dates as YYYY-MM-DD, e.g. 2025-03-10",
                notes: fullWidthNote(node))
            return nil
        }
        return d
    }

    func time(_ node: YNode, _ field: String, _ what: String) -> ClockTime? {
        guard let s = node.text, !node.isNull else { wrongType(node, field, what, expected: "a time"); return nil }
        guard let t = ClockTime(s) else {
            error(
                .badTime, "'\(YNode.clip(s))' is not a time of day", at: node.location, hint: "write times as HH:MM, e.g. 09:30",
                notes: fullWidthNote(node))
            return nil
        }
        return t
    }

    func list(_ node: YNode, _ field: String, _ what: String) -> [YNode]? {
        guard let items = node.items else {
            let hint = node.text != nil && !node.isNull ? "write a list, e.g. [\(YNode.clip(node.text!))]" : nil
            wrongType(node, field, what, expected: "a list", hint: hint, notes: fullWidthNote(node))
            return nil
        }
        return items
    }

    /// An enumerated value written as its id or its Chinese name (党校, 讲授, 星期一 …; see
    /// `EnumAliases`); an unknown spelling is reported with the nearest, in either language.
    func choice<E: AliasedChoice>(_ node: YNode, _ field: String, _ what: String, as type: E.Type) -> E? {
        let accepted = E.allCases.map(\.rawValue)
        guard let s = node.text, !node.isNull else { wrongType(node, field, what, expected: "one of \(Suggestions.quotedList(accepted))"); return nil }
        if let v = EnumAliases.value(s, as: E.self) { return v }
        var notes: [String] = []
        if let near = EnumAliases.nearest(s, as: E.self) {
            notes.append(
                near.spelling == near.value.rawValue
                    ? wording("validate.alias.didYouMean", near.spelling)
                    : wording("validate.alias.didYouMeanName", near.spelling, near.value.rawValue))
        }
        notes += fullWidthNote(node)
        notes.append("accepted values: \(Suggestions.quotedList(accepted))")
        notes.append(wording("validate.alias.names", EnumAliases.chineseNames(E.self).joined(separator: wording.language == .zh ? "、" : ", ")))
        error(.badValue, "'\(YNode.clip(s))' is not a valid '\(field)'\(what.isEmpty ? "" : " of \(what)")", at: node.location, notes: notes)
        return nil
    }

    /// A list of ids, each with its location, for reference checks later.
    func idList(_ node: YNode, _ field: String, _ what: String) -> [(String, SourceLocation)] {
        guard let items = list(node, field, what) else { return [] }
        return items.compactMap { item in identifier(item, field, what).map { ($0, item.location) } }
    }
}
