/// Text from a file shown back to a person: control characters (C0 but tab, DEL, C1) escaped so
/// a scenario or timetable cannot move the cursor or clear the terminal, and long text clipped.
public enum Printable {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) {
                out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func clip(_ text: String, _ limit: Int = 40) -> String {
        let shown = escaped(text)
        return shown.count > limit ? String(shown.prefix(limit)) + "…" : shown
    }
}
