/// Control characters (C0 but tab, line feed and carriage return; DEL; C1) have no place in a
/// scenario: copied from a terminal or another program, they would reach CSV, HTML, calendars
/// and the terminal. Each is named where it stands, shown as U+XXXX, never echoed raw.
enum ControlCharacters {
    static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v)
    }

    static let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
        0x1B: "ESC", 0x7F: "DEL"
    ]

    /// One diagnostic per line holding any, at the first on the line (a pasted escape sequence
    /// is one mistake, not ten); at most 20 lines reported.
    static func scan(_ text: String, file: String) -> [Diagnostic] {
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return [] }
        var out: [Diagnostic] = []
        var line = 1, column = 1, reportedLine = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A { if !previousWasCR { line += 1 }; column = 1; previousWasCR = false; continue }
            if v == 0x0D { line += 1; column = 1; previousWasCR = true; continue }
            previousWasCR = false
            if isControl(v) && reportedLine != line {
                reportedLine = line
                let hex = String(v, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let name = names[v].map { " (\($0))" } ?? ""
                out.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: column),
                        "control character \(code)\(name) in the file", code: .controlCharacter,
                        hint: "delete it; it was probably pasted from a terminal or another program"))
                if out.count == 20 { break }
            }
            column += 1
        }
        return out
    }
}
