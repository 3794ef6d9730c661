/// Chooses the font size at which a printed table fits its part of an A4 page. Chromium lays
/// the page out later, so the fit is estimated here from display widths (a CJK character is one
/// em wide, a Latin one about half) with a margin for wrapping at word boundaries; the print
/// test checks the estimate against real PDFs.
enum PageFit {
    /// Font sizes tried, largest first (points). Below 6 pt a printed sheet is no longer legible.
    static let ladder: [Double] = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6]
    static let millimetresPerPoint = 0.3528
    /// The CSS line-height of printed tables.
    static let lineHeight = 1.3
    /// Share of a column's width that wrapped text fills: Chinese breaks between any two
    /// characters and fills lines almost fully; Latin text breaks between words and wastes more.
    static func fill(_ text: String) -> Double {
        let wide = text.unicodeScalars.filter { $0.value >= 0x2E80 }.count
        return wide * 2 >= text.unicodeScalars.count ? 0.95 : 0.85
    }

    /// Lines `text` takes in a column `width` mm wide (padding already taken off) at `points`.
    static func lines(_ text: String, width: Double, points: Double) -> Int {
        let em = points * millimetresPerPoint
        let cellsPerLine = max(2, (width / em * 2 * fill(text)).rounded(.down))
        return max(1, Int((Double(DisplayWidth.of(text)) / cellsPerLine).rounded(.up)))
    }

    /// Width of `text` on one line, in ems, erring wide: a CJK character is one em, a capital
    /// or an m or w at most 0.85 (bold), anything else at most 0.6.
    static func ems(_ text: String) -> Double {
        text.reduce(0.0) { total, c in
            if DisplayWidth.width(of: c) == 2 { return total + 1 }
            return total + (c.isUppercase || c == "m" || c == "w" ? 0.85 : 0.6)
        }
    }

    /// Height in mm of `paragraphs` stacked in a column, plus the cell's vertical padding.
    static func height(_ paragraphs: [String], width: Double, points: Double, padding: Double) -> Double {
        let count = paragraphs.reduce(0) { $0 + lines($1, width: width, points: points) }
        return Double(max(1, count)) * points * millimetresPerPoint * lineHeight + padding
    }

    /// The largest size on the ladder at which `fits` holds, else the smallest.
    static func largest(where fits: (Double) -> Bool) -> Double {
        ladder.first(where: fits) ?? ladder[ladder.count - 1]
    }
}
