/// A whitespace-separated word of a line and the 1-based column where it starts.
struct Token {
    var text: String
    var column: Int
}

/// A non-blank line of a file, split into tokens.
struct TokenLine {
    var number: Int
    var tokens: [Token]
    /// The column just after the last token: where a missing field is reported.
    var endColumn: Int
}

/// Splits text into non-blank token lines. LF, CRLF and CR all end lines; a leading byte-order
/// mark is dropped; spaces and tabs separate tokens, so trailing blanks are harmless.
struct TokenizedText {
    var lines: [TokenLine] = []
    /// Where a missing final line is reported: just after the last token of the file.
    var end: (line: Int, column: Int) = (1, 1)

    init(_ text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var number = 1, column = 0
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var pendingCR = false
        func flushToken() {
            if !current.isEmpty { tokens.append(Token(text: String(current), column: start)); current = .init() }
        }
        func flushLine() {
            flushToken()
            if !tokens.isEmpty {
                let last = tokens[tokens.count - 1]
                let endColumn = last.column + last.text.unicodeScalars.count
                lines.append(TokenLine(number: number, tokens: tokens, endColumn: endColumn))
                end = (number, endColumn)
            }
            tokens = []
            number += 1; column = 0
        }
        for s in scalars {
            if pendingCR {
                pendingCR = false
                if s == "\n" { continue }
            }
            if s == "\n" { flushLine(); continue }
            if s == "\r" { flushLine(); pendingCR = true; continue }
            column += 1
            if s == " " || s == "\t" || s == "\u{0B}" || s == "\u{0C}" {
                flushToken()
            } else {
                if current.isEmpty { start = column }
                current.append(s)
            }
        }
        flushLine()
    }
}

/// Did-you-mean by edit distance, for misspelt ids and section names.
enum Suggestions {
    /// The closest candidate if it is close enough to be a plausible typo; ties go to the
    /// alphabetically first so messages never depend on dictionary order.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        guard !w.isEmpty, w.count <= 200 else { return nil }
        var best: (distance: Int, text: String)?
        for c in candidates where c != word {
            let cs = Array(c.lowercased().unicodeScalars)
            guard abs(cs.count - w.count) <= 3 else { continue }
            let d = distance(w, cs)
            let limit = max(1, min(3, max(w.count, cs.count) / 3))
            guard d <= limit, d < max(w.count, cs.count) else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && c < best!.text) { best = (d, c) }
        }
        return best?.text
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
