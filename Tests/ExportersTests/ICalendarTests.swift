import Domain
import Foundation
import Testing
@testable import Exporters

@Suite struct ICalendarTests {
    /// Splits on CRLF and checks every physical line: at most 75 octets, valid UTF-8 on its own.
    static func checkLines(_ data: Data) -> [String] {
        var lines: [String] = []
        var start = data.startIndex
        let bytes = Array(data)
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0D && bytes[i + 1] == 0x0A {
                let line = Array(bytes[start..<i])
                #expect(line.count <= 75, "line of \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "line splits a character")
                lines.append(String(decoding: line, as: UTF8.self))
                i += 2; start = i
            } else { i += 1 }
        }
        #expect(start == bytes.count, "file must end with CRLF")
        #expect(!bytes.contains(0x0A) || zip(bytes, bytes.dropFirst()).allSatisfy { $1 != 0x0A || $0 == 0x0D }, "bare LF")
        return lines
    }

    static func unfold(_ lines: [String]) -> [String] {
        var out: [String] = []
        for l in lines { if l.hasPrefix(" ") { out[out.count - 1] += l.dropFirst() } else { out.append(l) } }
        return out
    }

    @Test(arguments: [0, 1, 2, 3])
    func foldsLongChineseSummaryOnCharacterBoundaries(_ shift: Int) {
        // Shifting by ASCII characters moves every fold point across the 3-octet characters.
        let summary = String(repeating: "a", count: shift) + String(repeating: "习近平新时代中国特色社会主义思想学习纲要，", count: 6)
        var scenario = Fixture.scenario
        scenario.courses[0].title = summary
        let data = ICalendar.calendar(for: scenario.teachers[1], scenario: scenario, timetable: Fixture.timetable)
        let lines = Self.checkLines(data)
        #expect(lines.contains { $0.hasPrefix(" ") })
        #expect(Self.unfold(lines).contains("SUMMARY:" + ICalendar.text(summary)))
    }

    @Test(arguments: [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("一\r\n二\n三", "一\\n二\\n三"), ("plain", "plain")])
    func escapesText(_ value: String, _ escaped: String) { #expect(ICalendar.text(value) == escaped) }

    @Test func eventsInBeijingTimeWithStableIdentity() {
        let data = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)["calendars/t_li.ics"]!
        let lines = Self.unfold(Self.checkLines(data))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
        #expect(lines.contains("UID:s01@paike"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20250310T083000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20250310T114500"))
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20250310T000000Z" })
        #expect(lines.contains("LOCATION:研讨室\\, 二楼"))
        #expect(lines.contains("TZOFFSETTO:+0800"))
    }

    @Test func midnightEndRollsToNextDay() {
        #expect(ICalendar.localTime(Fixture.day("2025-03-31"), ClockTime("24:00")!) == "20250401T000000")
    }

    @Test(arguments: [("t_li", "calendars/t_li.ics"), ("../x", "calendars/_.._x.ics"), (".hidden", "calendars/_.hidden.ics"), ("王", "calendars/_.ics")])
    func fileNamesStayInsideTheDirectory(_ id: String, _ name: String) {
        #expect(ICalendar.fileName(for: Teacher.ID(id)) == name)
    }
}
