/// Which number formats show a date or a clock time, so the reader can give `2026-03-02` or
/// `08:30` instead of the serial number Excel stores.
enum NumberFormats {
    enum Kind: Equatable { case date, time, other }

    /// Built-in format ids: 14–17 and 22 are dates (22 with a time); 18–21 and 45–47 times; and
    /// in the Chinese, Japanese and Korean editions 27–31, 36, 50–54, 57, 58 are dates and 32–35,
    /// 55, 56 times (Excel writes those ids without defining them).
    static func builtIn(_ id: Int) -> Kind {
        switch id {
        case 14...17, 22, 27...31, 36, 50...54, 57, 58: .date
        case 18...21, 32...35, 45...47, 55, 56: .time
        default: .other
        }
    }

    /// A custom format's kind, from its date and time letters once quoted text, escaped
    /// characters and bracketed parts (colours, locales, conditions) are taken out.
    static func custom(_ code: String) -> Kind {
        // Only the first section (positive numbers) decides.
        var letters = ""
        var inQuote = false
        var inBracket = false
        var escaped = false
        var bracket = ""
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    // [h], [mm], [ss]: elapsed time.
                    let inner = bracket.lowercased()
                    if !inner.isEmpty, inner.allSatisfy({ "hms".contains($0) }) { letters.append("h") }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": return kind(of: letters)
            default: letters.append(character)
            }
        }
        return kind(of: letters)
    }

    private static func kind(of letters: String) -> Kind {
        let lower = letters.lowercased()
        // `aaa`/`aaaa` is the weekday in Chinese and Japanese formats (星期一).
        let hasDate =
            lower.contains("y") || lower.contains("d") || lower.contains("aaa")
            || lower.contains("e") && lower.contains("m")
        let hasTime = lower.contains("h") || lower.contains("s")
        if hasDate { return .date }
        if hasTime { return .time }
        // "m" alone (mmm, mmmm) is a month.
        if lower.contains("m") { return .date }
        return .other
    }
}
