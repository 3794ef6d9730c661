import Domain
import Foundation
import Texts

/// RFC 5545 calendars in Beijing time: one per teacher (`calendars/teachers/<id>.ics`) and one per
/// class (`calendars/classes/<id>.ics`, for its monitor or head teacher), only for those with
/// sessions. Byte-for-byte repeatable: the UID comes from the session id and the programme, and
/// DTSTAMP from the calendar's first day, never from the clock. An event reads the same in every
/// calendar that holds it (course, classes, teacher, venue), so one UID per session is honest.
public enum ICalendar {
    static let timeZone = "Asia/Shanghai"

    /// `calendars/teachers/<id>.ics`.
    public static func fileName(for teacher: Teacher.ID) -> String { "calendars/teachers/\(safeName(teacher.rawValue)).ics" }

    /// `calendars/classes/<id>.ics`.
    public static func fileName(for group: Group.ID) -> String { "calendars/classes/\(safeName(group.rawValue)).ics" }

    /// The id as a file name that can neither escape its folder nor meet another id's: ASCII
    /// letters, digits, `-` and `_` stay, every other byte (`.`, `%`, `/`, Chinese…) becomes
    /// `%XX` of its UTF-8, so `.w` and `_.w` give `%2Ew` and `_%2Ew`.
    static func safeName(_ id: String) -> String {
        guard !id.isEmpty else { return "%" }
        var name = ""
        for byte in id.utf8 {
            let c = Unicode.Scalar(byte)
            if c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_") {
                name.unicodeScalars.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                name += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return name
    }

    /// The programme's part of every UID, so two programmes' events never collide in one
    /// calendar app: the ASCII letters and digits of its name, then a 64-bit FNV-1a hash of the
    /// whole name (Chinese names have few ASCII characters; the hash tells them apart).
    public static func programmeSlug(_ name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var words: [String] = [], word = ""
        for s in name.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) {
                word.unicodeScalars.append(s)
            } else if !word.isEmpty {
                words.append(word.lowercased()); word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        let hex = String(hash, radix: 16)
        return (words + [String(repeating: "0", count: 16 - hex.count) + hex]).joined(separator: "-")
    }

    /// The calendar of one teacher: every session they teach, in order.
    public static func calendar(for teacher: Teacher, scenario: TrainingScenario, timetable: Timetable, language: Language = .en) -> Data {
        calendar(for: teacher, Lookup(scenario, timetable), Wording(language))
    }

    /// The calendar of one class: every session it attends, in order.
    public static func calendar(for group: Group, scenario: TrainingScenario, timetable: Timetable, language: Language = .en) -> Data {
        calendar(for: group, Lookup(scenario, timetable), Wording(language))
    }

    static func calendar(for teacher: Teacher, _ look: Lookup, _ say: Wording) -> Data {
        document(
            name: say("ics.name.teacher", teacher.name, look.scenario.name),
            sessions: look.sessions(of: teacher.id), look, say)
    }

    static func calendar(for group: Group, _ look: Lookup, _ say: Wording) -> Data {
        document(
            name: say("ics.name.class", group.name, look.scenario.name),
            sessions: look.sessions(of: group.id), placements: look.placements.filter { $0.group == group.id }, look, say)
    }

    /// A shadowing placement's days as all-day events, one a day (a block may span a weekend
    /// it does not use), naming the host units and how many of the class go to each.
    static func placementEvents(_ b: PlacementBlock, programme: String, stamp: String, _ look: Lookup, _ say: Wording) -> [String] {
        let title = look.courses[b.course]?.title ?? b.course.rawValue
        var counts: [(Venue.ID, Int)] = []
        for h in b.hosts {
            if let i = counts.firstIndex(where: { $0.0 == h.host }) { counts[i].1 += h.count } else { counts.append((h.host, h.count)) }
        }
        let hosts = counts.map { say("ics.placement.host", look.venues[$0.0]?.name ?? $0.0.rawValue, $0.1) }.joined(separator: say.language == .zh ? "、" : ", ")
        return b.days.enumerated().flatMap { n, day in
            [
                "BEGIN:VEVENT",
                "UID:" + text("\(b.group)-\(b.course)-\(day.iso)@\(programme).paike"),
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(compact(day))",
                "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))",
                "SUMMARY:" + text(say("ics.placement.summary", title, n + 1, b.days.count)),
                "DESCRIPTION:" + text([say("ics.placement.hosts", hosts), say("ics.programme", look.scenario.name)].joined(separator: "\n")),
                "END:VEVENT"
            ]
        }
    }

    static func document(name: String, sessions: [ScheduledSession], placements: [PlacementBlock] = [], _ look: Lookup, _ say: Wording) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paike//Timetable//\(say.language == .zh ? "ZH" : "EN")", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + text(name), "X-WR-TIMEZONE:\(timeZone)",
            // China has kept UTC+8 without daylight saving since 1991.
            "BEGIN:VTIMEZONE", "TZID:\(timeZone)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"
        ]
        let stamp = compact(look.scenario.calendar.start) + "T000000Z"
        let programme = programmeSlug(look.scenario.name)
        for s in sessions {
            guard let (start, end) = look.times(s) else { continue }
            var description = [say("ics.classes", look.groupNames(s))]
            if s.teacher != nil { description.append(say("ics.teacher", look.teacherName(s.teacher))) }
            description.append(say("ics.venue", look.place(s.venue, say)))
            description.append(say("ics.programme", look.scenario.name))
            lines += [
                "BEGIN:VEVENT",
                "UID:" + text("\(s.id)@\(programme).paike"),
                "DTSTAMP:\(stamp)",
                "DTSTART;TZID=\(timeZone):\(localTime(s.day, start))",
                "DTEND;TZID=\(timeZone):\(localTime(s.day, end))",
                "SUMMARY:" + text(look.courseLabel(s, say)),
                "LOCATION:" + text(look.place(s.venue, say)),
                "DESCRIPTION:" + text(description.joined(separator: "\n")),
                "END:VEVENT"
            ]
        }
        for b in placements { lines += placementEvents(b, programme: programme, stamp: stamp, look, say) }
        lines.append("END:VCALENDAR")
        return Data(lines.map(fold).joined().utf8)
    }

    static func compact(_ day: Day) -> String { String(decoding: day.iso.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) }

    /// `20250310T093000`; 24:00 is written as midnight of the next day.
    static func localTime(_ day: Day, _ time: ClockTime) -> String {
        let d = day.adding(days: time.minutes / (24 * 60))
        let m = time.minutes % (24 * 60)
        let hh = m / 60, mm = m % 60
        return compact(d) + "T" + (hh < 10 ? "0" : "") + "\(hh)" + (mm < 10 ? "0" : "") + "\(mm)00"
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    public static func text(_ value: String) -> String {
        // Most names and titles have nothing to escape; thousands of calendars are written at once.
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var out = ""
        var afterCR = false
        for s in value.unicodeScalars {
            // CR LF, CR and LF each end a line: one escaped line break.
            if s == "\n" && afterCR { afterCR = false; continue }
            afterCR = s == "\r"
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// One content line, folded so no physical line exceeds 75 octets (the leading space of a
    /// continuation counts), splitting only between characters, never inside one; CRLF-terminated.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var used = 0
        // Bytes of UTF-8: a character starts at every byte that is not a continuation (10xxxxxx),
        // so a break before such a byte never splits one.
        let bytes = Array(line.utf8)
        var i = 0
        while i < bytes.count {
            var end = i + 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            let size = end - i
            if used + size > 75 {
                out += [0x0D, 0x0A, 0x20]
                used = 1
            }
            out += bytes[i..<end]
            used += size
            i = end
        }
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }
}
