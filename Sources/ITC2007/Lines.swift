import Domain

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
