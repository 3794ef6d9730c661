import Domain
import Foundation

/// RFC 5545 calendars, one per teacher, in Beijing time. Byte-for-byte repeatable: the UID comes
/// from the session id and DTSTAMP from the calendar's first day, never from the clock.
public enum ICalendar {
    static let timeZone = "Asia/Shanghai"

    /// `calendars/<id>.ics`: the teacher id with anything but letters, digits, `-`, `_` and `.`
    /// replaced by `_` (and no leading dot), so an id can never escape the directory.
    public static func fileName(for teacher: Teacher.ID) -> String {
        var name = String(String.UnicodeScalarView(teacher.rawValue.unicodeScalars.map { s in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == ".")) ? s : "_"
        }))
        if name.hasPrefix(".") || name.isEmpty { name = "_" + name }
        return "calendars/\(name).ics"
    }

    /// The calendar of one teacher: every session they teach, in order.
    public static func calendar(for teacher: Teacher, scenario: TrainingScenario, timetable: Timetable) -> Data {
        let look = Lookup(scenario, timetable)
        return calendar(for: teacher, look)
    }

    static func calendar(for teacher: Teacher, _ look: Lookup) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paike//Timetable//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text("\(teacher.name) — \(look.scenario.name)"), "X-WR-TIMEZONE:\(timeZone)",
            // China has kept UTC+8 without daylight saving since 1991.
            "BEGIN:VTIMEZONE", "TZID:\(timeZone)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        ]
        let stamp = compact(look.scenario.calendar.start) + "T000000Z"
        for s in look.sessions where s.teacher == teacher.id {
            guard let (start, end) = look.times(s) else { continue }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + text("\(s.id)@paike"),
                "DTSTAMP:\(stamp)",
                "DTSTART;TZID=\(timeZone):\(localTime(s.day, start))",
                "DTEND;TZID=\(timeZone):\(localTime(s.day, end))",
                "SUMMARY:" + text(look.courseLabel(s)),
                "LOCATION:" + text(look.venueName(s.venue)),
                "DESCRIPTION:" + text(s.groups.map { "\(look.groupName($0)) (\($0))" }.joined(separator: "、")),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(fold).joined().utf8)
    }

    static func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// `20250310T093000`; 24:00 is written as midnight of the next day.
    static func localTime(_ day: Day, _ time: ClockTime) -> String {
        let d = day.adding(days: time.minutes / (24 * 60))
        let m = time.minutes % (24 * 60)
        let hh = m / 60, mm = m % 60
        return compact(d) + "T" + (hh < 10 ? "0" : "") + "\(hh)" + (mm < 10 ? "0" : "") + "\(mm)00"
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    public static func text(_ value: String) -> String {
        var out = ""
        let lines = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for s in lines.unicodeScalars {
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// One content line, folded so no physical line exceeds 75 octets (the leading space of a
    /// continuation counts), splitting only between characters, never inside one; CRLF-terminated.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for s in line.unicodeScalars {
            let size = UTF8.width(s)
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(s)
            used += size
        }
        return out + "\r\n"
    }
}
