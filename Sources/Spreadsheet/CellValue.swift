/// What one cell holds. Rows and columns are counted from 1 everywhere in this module, as in
/// Excel's references (`C7` is row 7, column 3), so what the writer puts at (7, 3) the reader
/// gives back as `C7`.
public enum CellValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A calendar date, stored as Excel stores dates (a serial number shown as `yyyy-mm-dd`), so
    /// Excel sorts and filters it as a date; the reader gives it back as `YYYY-MM-DD`.
    case date(year: Int, month: Int, day: Int)
}

extension CellValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

/// Cell references (`C7`) and column letters (`C`), both ways.
public enum CellReference {
    /// `A`, `B` … `Z`, `AA` … for a column counted from 1.
    public static func columnLetters(_ column: Int) -> String {
        precondition(column >= 1, "columns count from 1")
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C7` for row 7, column 3.
    public static func name(row: Int, column: Int) -> String { columnLetters(column) + String(row) }

    /// Row and column of a reference such as `C7` (also `$C$7`); nil when it is not one.
    public static func parse(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for scalar in reference.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90, 97...122:
                guard !sawDigit else { return nil }
                let upper = scalar.value >= 97 ? scalar.value - 32 : scalar.value
                column = column * 26 + Int(upper - 64)
                sawLetter = true
                if column > 16_384 { return nil }
            case 48...57:
                guard sawLetter else { return nil }
                row = row * 10 + Int(scalar.value - 48)
                sawDigit = true
                if row > 1_048_576 { return nil }
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row >= 1 else { return nil }
        return (row, column)
    }
}
