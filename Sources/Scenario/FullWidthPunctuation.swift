import Texts

/// Full-width punctuation typed where YAML expects its ASCII sign (a Chinese input method left
/// on): `start：2025-09-15`, `[mon，tue]`, U+3000 as indentation, `“10:00”` as quotes. Found by
/// scanning the text before YAML parses it, because the parser then reports something else on
/// another line ("mapping values are not allowed"). The same signs inside text a person reads —
/// the value of `name` or `title`, a topic's name — are left alone.
enum FullWidthPunctuation {
    struct Sign { var name: String; var ascii: String }
    static let signs: [Unicode.Scalar: Sign] = [
        "\u{FF1A}": Sign(name: "colon", ascii: ":"), "\u{FF0C}": Sign(name: "comma", ascii: ","),
        "\u{FF1B}": Sign(name: "semicolon", ascii: ";"), "\u{FF08}": Sign(name: "parenthesis", ascii: "("),
        "\u{FF09}": Sign(name: "parenthesis", ascii: ")"), "\u{201C}": Sign(name: "quote", ascii: "\""),
        "\u{201D}": Sign(name: "quote", ascii: "\""), "\u{3000}": Sign(name: "space", ascii: " ")
    ]
    /// Signs reported inside values before parsing: those YAML reads differently from what was
    /// meant. The others (`：，；（）` in a date, a number, an id) reach the value's own check,
    /// which names them in a note; enumerated values may contain them (村（社区）党组织书记).
    static let signsInValues: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{3000}"]
    /// Keys whose values are text for people (or a file name), where full-width signs are content.
    static let textKeys: Set<String> = ["name", "title", "base"]

    /// One flow collection (`[…]` or `{…}`) open at this point of the text.
    struct Frame {
        var mapping: Bool
        /// For a mapping: the key of the entry being read, once its ':' is seen.
        var key: String?
        var expectKey: Bool
        /// The key this collection is the value of.
        var outerKey: String?
    }

    static func scan(_ text: String, file: String, wording: Wording) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var flow: [Frame] = []
        var quote: Unicode.Scalar?
        // Indentation of the line that opened a block scalar (`|`, `>`): deeper lines are text.
        var blockParent: Int?
        // Indentation of a `name:`/`title:` line whose plain value may go on over deeper lines.
        var textParent: Int?
        var lineNumber = 0
        // Split by scalars: "\r\n" is one Character, so splitting the String would keep CRLF files whole.
        for raw in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = lineNumber
            let s = Array(raw)
            func char(_ c: Unicode.Scalar) -> String { c == "\u{3000}" ? "U+3000" : String(c) }
            func report(_ j: Int, _ key: String, _ args: [CustomStringConvertible], hint: String) {
                let sign = signs[s[j]]!
                var all: [CustomStringConvertible] = [wording("validate.fullwidth.\(sign.name)"), char(s[j])]
                all += args
                var message = wording("validate.fullwidth.\(key)")
                for (n, a) in all.enumerated() { message = message.replacingOccurrences(of: "{\(n)}", with: a.description) }
                out.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: j + 1), message,
                        code: .fullWidthPunctuation, hint: hint))
            }
            func use(_ j: Int) -> String { wording("validate.fullwidth.use", signs[s[j]]!.ascii == " " ? "' '" : "'\(signs[s[j]]!.ascii)'") }
            func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\u{3000}" }

            var i = 0
            while i < s.count, isSpace(s[i]) { i += 1 }
            let blank = i >= s.count || s[i] == "#"
            if let parent = blockParent {
                if blank || i > parent { continue }
                blockParent = nil
            }
            if let parent = textParent, quote == nil, flow.isEmpty {
                if blank || (i > parent && s[i] != "-") { continue }
                textParent = nil
            }
            if quote == nil, let k = s[..<i].firstIndex(of: "\u{3000}") {
                out.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: k + 1),
                        wording("validate.fullwidth.indent"), code: .fullWidthPunctuation,
                        hint: wording("validate.fullwidth.useSpaces")))
            }
            if blank { continue }

            var j = i
            var keyText = ""
            var tokenEmpty = quote == nil
            let block = flow.isEmpty && quote == nil
            var atKey = block
            var valueKey: String?
            var sequenceItem = false
            // Signs met where a block key may be: reported at the line's end if it has no key.
            var pending: [Int] = []
            // A pair of quotation marks is one mistake: the closing one is not reported again.
            var quoteReported = false
            if block {
                while j < s.count, s[j] == "-", j + 1 == s.count || isSpace(s[j + 1]) {
                    sequenceItem = true
                    if j + 1 < s.count, s[j + 1] == "\u{3000}" { report(j + 1, "after", ["-"], hint: use(j + 1)) }
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                }
            }
            let keyIndent = j
            func keyLike(_ t: String) -> Bool {
                let k = t.trimmingCharacters(in: .whitespaces)
                return !k.isEmpty && !k.contains(where: { $0 == " " || $0 == "\t" }) && !k.hasPrefix("-")
            }
            func unquoted(_ t: String) -> String {
                let k = t.trimmingCharacters(in: .whitespaces)
                if k.count >= 2, let f = k.first, f == "\"" || f == "'", k.last == f { return String(k.dropFirst().dropLast()) }
                return k
            }
            // Whether an entry `key:` follows position `from` (after a full-width comma in text).
            func keyFollows(_ from: Int) -> Bool {
                var k = from
                while k < s.count, isSpace(s[k]) { k += 1 }
                let start = k
                while k < s.count, s[k].isASCII, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "_" || s[k] == "-" { k += 1 }
                return k > start && k < s.count && (s[k] == ":" || s[k] == "\u{FF1A}")
            }
            func endKey() {
                if let top = flow.indices.last {
                    if flow[top].mapping { flow[top].key = unquoted(keyText); flow[top].expectKey = false }
                } else if atKey {
                    valueKey = unquoted(keyText)
                    atKey = false
                }
                keyText = ""
                tokenEmpty = true
            }
            while j < s.count {
                let c = s[j]
                if let q = quote {
                    if q == "\"" && c == "\\" { j += 2; continue }
                    if c == q {
                        if q == "'", j + 1 < s.count, s[j + 1] == "'" { j += 2; continue }
                        quote = nil
                    }
                    keyText.unicodeScalars.append(c)
                    j += 1
                    continue
                }
                if c == "#", j == 0 || isSpace(s[j - 1]) { break }
                if (c == "\"" || c == "'") && tokenEmpty {
                    quote = c
                    tokenEmpty = false
                    keyText.unicodeScalars.append(c)
                    j += 1
                    continue
                }
                let next: Unicode.Scalar? = j + 1 < s.count ? s[j + 1] : nil
                let inFlow = !flow.isEmpty
                let top = flow.last
                let inKeyPosition = inFlow ? (top!.mapping && top!.expectKey) : atKey
                let currentKey: String? = inFlow ? (top!.mapping ? top!.key : top!.outerKey) : valueKey
                let isText = currentKey.map(textKeys.contains) ?? false
                switch c {
                case ":" where next == nil || isSpace(next!) || (inFlow && (next == "," || next == "]" || next == "}")):
                    if next == "\u{3000}" { report(j + 1, "after", [":"], hint: use(j + 1)); j += 1 }
                    endKey()
                case "\u{FF1A}" where inKeyPosition && keyLike(keyText):
                    report(j, "afterKey", [unquoted(keyText)], hint: use(j))
                    pending.removeAll()
                    endKey()
                // (A `where` binds to the last pattern only: each pattern carries its own.)
                case "[" where tokenEmpty, "{" where tokenEmpty:
                    flow.append(Frame(mapping: c == "{", key: nil, expectKey: c == "{", outerKey: inKeyPosition ? nil : currentKey))
                    atKey = false
                    keyText = ""
                    tokenEmpty = true
                case "]" where inFlow, "}" where inFlow:
                    flow.removeLast()
                    keyText = ""
                    tokenEmpty = false
                case "," where inFlow:
                    if top!.mapping { flow[flow.count - 1].expectKey = true; flow[flow.count - 1].key = nil }
                    keyText = ""
                    tokenEmpty = true
                case "\u{FF0C}" where inFlow && (!top!.mapping || inKeyPosition || !isText || keyFollows(j + 1)),
                    "\u{FF1B}" where inFlow && (!top!.mapping || inKeyPosition || !isText || keyFollows(j + 1)):
                    report(j, "between", [], hint: wording("validate.fullwidth.use", "','"))
                    if top!.mapping { flow[flow.count - 1].expectKey = true; flow[flow.count - 1].key = nil }
                    keyText = ""
                    tokenEmpty = true
                default:
                    if signsInValues.contains(c) && !(c == "\u{201D}" && quoteReported) {
                        if inKeyPosition {
                            if !inFlow { pending.append(j) }
                        } else if !isText {
                            report(j, currentKey.map { _ in "inValue" } ?? "inItem", [currentKey ?? ""], hint: use(j))
                            if c == "\u{201C}" { quoteReported = true }
                        }
                    }
                    if !isSpace(c) { tokenEmpty = false }
                    keyText.unicodeScalars.append(c)
                }
                j += 1
            }
            // A block line that turned out to have no key: a list item's value, never text here.
            if block, atKey, sequenceItem { for k in pending { report(k, "inItem", [""], hint: use(k)) } }
            guard block || (flow.isEmpty && quote == nil) else { continue }
            let value = keyText.trimmingCharacters(in: .whitespaces)
            if let first = value.unicodeScalars.first, first == "|" || first == ">",
                value.unicodeScalars.dropFirst().allSatisfy({ $0 == "+" || $0 == "-" || ("1"..."9").contains($0) })
            {
                blockParent = i
            } else if flow.isEmpty, quote == nil, let k = valueKey, textKeys.contains(k), !value.isEmpty {
                textParent = keyIndent
            }
        }
        return out
    }
}

extension FieldReader {
    /// A note naming the first full-width sign in a value that had to be ASCII (an id, a number,
    /// a date, a time), with its column when the value sits on one line as written.
    func fullWidthNote(_ node: YNode) -> [String] {
        guard let text = node.text,
            let (offset, c) = text.unicodeScalars.enumerated().first(where: { FullWidthPunctuation.signs[$0.element] != nil }),
            let sign = FullWidthPunctuation.signs[c]
        else { return [] }
        let shown = c == "\u{3000}" ? "U+3000" : String(c)
        var quoted = false
        if case let .scalar(_, plain) = node.kind { quoted = !plain }
        let column = node.location.column + offset + (quoted ? 1 : 0)
        return [
            wording(
                "validate.fullwidth.note", wording("validate.fullwidth.\(sign.name)"), shown, column,
                sign.ascii == " " ? "' '" : "'\(sign.ascii)'")
        ]
    }
}
