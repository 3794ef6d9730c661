import Domain
import Foundation

/// Reads the values of single cells as planners type them in Excel or WPS.
public enum CellValues {
    /// `2025-03-10`, `2025/3/10`, `2025.3.10`, `2025年3月10日` (full-width digits too), or the
    /// day number Excel stores for a date cell (45726 is 2025-03-10).
    public static func day(_ text: String) -> Day? {
        var t = halfWidth(text).trimmingCharacters(in: .whitespaces)
        // A date-and-time cell (`2025-03-10 00:00`): the date part.
        if let space = t.lastIndex(of: " "), time(String(t[t.index(after: space)...])) != nil {
            t = String(t[..<space]).trimmingCharacters(in: .whitespaces)
        }
        if let serial = Double(t), serial == serial.rounded(), (1...2_958_465).contains(serial) {
            return excelDay(Int(serial))
        }
        var s = t
        if s.hasSuffix("日") || s.hasSuffix("号") { s.removeLast() }
        let parts = s.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        // One kind of separator per date: `2025-3/10` is more likely a slip than a date.
        let separators = Set(s.filter { "-/.".contains($0) })
        guard separators.count <= 1, s.contains("年") == s.contains("月") else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Excel's 1900 date system: serial 1 is 1900-01-01 and it counts a 29 February 1900 that
    /// never was, so from serial 61 on the count starts at 1899-12-30.
    static func excelDay(_ serial: Int) -> Day? {
        if serial == 60 { return nil }
        let base = Day(year: 1899, month: 12, day: serial < 60 ? 31 : 30)!
        return base.adding(days: serial)
    }

    /// `10:00`, `9:30`, `10：00`, or the fraction of a day Excel stores for a time cell (0.416667).
    public static func time(_ text: String) -> ClockTime? {
        let t = halfWidth(text).trimmingCharacters(in: .whitespaces)
        if let fraction = Double(t), fraction >= 0, fraction <= 1, t.contains(".") || t == "0" || t == "1" {
            return ClockTime(minutes: Int((fraction * 24 * 60).rounded()))
        }
        // `10:00:00` from some exports.
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2] == "00" { return ClockTime(parts[0] + ":" + parts[1]) }
        return ClockTime(t)
    }

    /// A whole number; `4.0` (how a numeric cell may come back) counts as 4.
    public static func whole(_ text: String) -> Int? {
        let t = halfWidth(text).trimmingCharacters(in: .whitespaces)
        if let n = Int(t) { return n }
        if let x = Double(t), x == x.rounded(), abs(x) < 1e12 { return Int(x) }
        return nil
    }

    public static func number(_ text: String) -> Double? {
        let t = halfWidth(text).trimmingCharacters(in: .whitespaces)
        guard let x = Double(t), x.isFinite else { return nil }
        return x
    }

    /// Items of a list cell, split at `,` `，` `、` `;` `；` and line breaks, and at spaces too
    /// when `spaces` (lists of ids, which have none; names such as "Party school" do).
    public static func list(_ text: String, spaces: Bool = true) -> [String] {
        text.split { ",，、;；\n\r".contains($0) || (spaces && ($0 == " " || $0 == "\t" || $0 == "\u{3000}")) }
            .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `rural_revitalisation:4, governance:3` (also `=` or `：` between topic and score). Items
    /// that do not read come back in `bad`.
    public static func scores(_ text: String) -> (scores: [(String, String)], bad: [String]) {
        var scores: [(String, String)] = [], bad: [String] = []
        for item in text.split(whereSeparator: { ",，、;；\n".contains($0) }) {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let pair = trimmed.split(maxSplits: 1, whereSeparator: { ":：=".contains($0) })
            guard pair.count == 2 else { bad.append(trimmed); continue }
            let topic = pair[0].trimmingCharacters(in: .whitespaces), score = pair[1].trimmingCharacters(in: .whitespaces)
            guard !topic.isEmpty, !score.isEmpty else { bad.append(trimmed); continue }
            scores.append((topic, score))
        }
        return (scores, bad)
    }

    /// Full-width digits and punctuation as typed with a Chinese input method, made ASCII.
    public static func halfWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(c.value), let h = Unicode.Scalar(c.value - 0xFEE0) {
                out.append(h)
            } else if c == "\u{3000}" {
                out.append(" ")
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}
