import Foundation

/// Excel stores a date as the number of days since its epoch (1900 system: serial 1 is
/// 1900-01-01, and serial 60 is the 29 February 1900 that never was; 1904 system: serial 0 is
/// 1904-01-01) and a time of day as the fraction.
public enum ExcelDates {
    /// The 1900-system serial of a date from 1900-03-01 on; nil for an impossible date.
    public static func serial(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            year >= 1900, year <= 9999
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day) - daysFromCivil(year: 1899, month: 12, day: 30)
        // Before 1900-03-01 Excel is one day behind, because of its phantom leap day.
        return days < 61 ? days - 1 : days
    }

    /// `YYYY-MM-DD` for a serial; nil for serials Excel cannot show (negative, or past 9999).
    public static func isoDate(serial: Double, dateSystem1904: Bool = false) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let days: Int
        if dateSystem1904 {
            days = whole + daysFromCivil(year: 1904, month: 1, day: 1)
        } else if whole == 60 {
            return "1900-02-29"
        } else {
            days = (whole < 61 ? whole + 1 : whole) + daysFromCivil(year: 1899, month: 12, day: 30)
        }
        let (y, m, d) = civil(fromDays: days)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// `HH:MM` (or `HH:MM:SS` when the seconds are not zero) for the fraction of a serial.
    public static func clockTime(serial: Double) -> String? {
        guard serial.isFinite, serial >= 0 else { return nil }
        let fraction = serial - serial.rounded(.down)
        var seconds = Int((fraction * 86_400).rounded())
        if seconds >= 86_400 { seconds = 0 }
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return s == 0 ? String(format: "%02d:%02d", h, m) : String(format: "%02d:%02d:%02d", h, m, s)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
