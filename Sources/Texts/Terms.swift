/// Words for names the solver gives in English (objective terms, rules, kinds of change): the
/// reader's language when the catalogue has them, else the solver's own spelling. English keeps
/// the solver's spelling, so English outputs read exactly as the solver names things.
extension Wording {
    /// `needs` → 需求缺口; `over capacity` looks up `term.over_capacity`.
    public func term(_ name: String) -> String { solverWord("term.\(Self.keyPart(name))", name) }

    /// A term's unit, by the term's name: the unit the summary states in English.
    public func termUnit(_ name: String, _ unit: String) -> String { solverWord("term.\(Self.keyPart(name)).unit", unit) }

    /// A rule (constraint family) such as `VenueCapacity` → 场地容量.
    public func rule(_ name: String) -> String { solverWord("rule.\(name)", name) }

    /// What changed in a move, `date+venue` → `日期、场地`.
    public func change(_ joined: String) -> String {
        guard language != .en else { return joined }
        return joined.split(separator: "+").map { solverWord("change.\($0)", String($0)) }.joined(separator: listSeparator)
    }

    private func solverWord(_ key: String, _ fallback: String) -> String {
        language == .en || !has(key) ? fallback : self(key)
    }

    private static func keyPart(_ name: String) -> String { name.replacingOccurrences(of: " ", with: "_") }
}

/// Punctuation that differs by language (not words, so not in the catalogue's word tables).
extension Wording {
    /// After a label: `Status:` or `状态：`.
    public var colon: String { language == .zh ? "：" : ":" }
    /// Between items of a short list: `a, b` or `甲、乙`.
    public var listSeparator: String { language == .zh ? "、" : ", " }
}
