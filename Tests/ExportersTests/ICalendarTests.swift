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
            } else {
                i += 1
            }
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

    @Test(arguments: [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("一\r\n二\n三", "一\\n二\\n三"), ("甲\r乙\r\r\n丙", "甲\\n乙\\n\\n丙"), ("plain", "plain")])
    func escapesText(_ value: String, _ escaped: String) { #expect(ICalendar.text(value) == escaped) }

    @Test func eventsInBeijingTimeWithStableIdentity() {
        let data = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)["calendars/teachers/t_li.ics"]!
        let lines = Self.unfold(Self.checkLines(data))
        let programme = ICalendar.programmeSlug(Fixture.scenario.name)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
        #expect(lines.contains("UID:s01@\(programme).paike"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20250310T083000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20250310T114500"))
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20250310T000000Z" })
        #expect(lines.contains("LOCATION:研讨室\\, 二楼 (县委党校)"))
        #expect(lines.contains("TZOFFSETTO:+0800"))
    }

    /// Two programmes' calendars imported into one phone must not overwrite each other's events,
    /// though their session ids are built the same way; the same programme keeps its UIDs.
    @Test func theProgrammeIsInEveryUID() {
        let a = ICalendar.programmeSlug("温宿县2025年春季乡镇干部集中轮训")
        let b = ICalendar.programmeSlug("温宿县2025年秋季乡镇干部集中轮训")
        #expect(a != b)
        #expect(a == ICalendar.programmeSlug("温宿县2025年春季乡镇干部集中轮训"))
        #expect(a.hasPrefix("2025-") && a.count == "2025-".count + 16)
        #expect(ICalendar.programmeSlug("Aksu Spring 2025").hasPrefix("aksu-spring-2025-"))
        var other = Fixture.scenario
        other.name = "阿克苏地区2025年春季村党组织书记示范培训"
        let mine = Self.uids(TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary))
        let theirs = Self.uids(TimetableExport.files(scenario: other, timetable: Fixture.timetable, summary: Fixture.summary))
        #expect(!mine.isEmpty && mine.isDisjoint(with: theirs))
    }

    static func uids(_ files: [String: Data]) -> Set<String> {
        Set(files.filter { $0.key.hasSuffix(".ics") }.flatMap { unfold(checkLines($0.value)).filter { $0.hasPrefix("UID:") } })
    }

    /// A calendar per teacher and per class that has sessions, none for those without, and a
    /// class's calendar holds exactly the sessions it attends.
    @Test func calendarsForTeachersAndClassesWithSessionsOnly() throws {
        var scenario = Fixture.scenario
        scenario.teachers.append(Teacher(id: "t_idle", name: "赵闲", teaches: ["c_quote"]))
        scenario.groups.append(Group(id: "g_none", name: "未开班", category: .other, size: 10, site: "school", required: []))
        let files = TimetableExport.files(scenario: scenario, timetable: Fixture.timetable, summary: Fixture.summary)
        #expect(
            files.keys.filter { $0.hasPrefix("calendars/") }.sorted() == [
                "calendars/classes/g_sec.ics", "calendars/classes/g_young.ics", "calendars/teachers/t_li.ics", "calendars/teachers/t_wang.ics"
            ])
        let young = Self.unfold(Self.checkLines(try #require(files["calendars/classes/g_young.ics"])))
        let attended = Fixture.timetable.sessions.filter { $0.groups.contains("g_young") }.map(\.id).sorted()
        let programme = ICalendar.programmeSlug(scenario.name)
        #expect(young.filter { $0.hasPrefix("UID:") }.sorted() == attended.map { "UID:\($0)@\(programme).paike" })
        #expect(young.contains("X-WR-CALNAME:优秀年轻干部班 — timetable\\, 温宿县2025年春季乡镇干部培训"))
    }

    /// The event text is in the reader's language; the untaught online module names no teacher.
    @Test func eventTextFollowsTheLanguage() throws {
        let zh = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary, language: .zh)
        let sec = Self.unfold(Self.checkLines(try #require(zh["calendars/classes/g_sec.ics"])))
        #expect(sec.contains("PRODID:-//Paike//Timetable//ZH"))
        #expect(sec.contains("X-WR-CALNAME:村（社区）党组织书记班 课程表 — 温宿县2025年春季乡镇干部培训"))
        #expect(sec.contains("SUMMARY:田间课堂：现代农业产业园现场教学（理论导入）"))
        #expect(sec.contains("LOCATION:红旗村田间课堂（红旗村）"))
        #expect(sec.contains("DESCRIPTION:班次：村（社区）党组织书记班、优秀年轻干部班\\n授课教师：李明\\n地点：党校报告厅（县委党校）\\n培训项目：温宿县2025年春季乡镇干部培训"))
        let untaught = try #require(sec.firstIndex(of: "UID:s07@\(ICalendar.programmeSlug(Fixture.scenario.name)).paike"))
        let description = try #require(sec[untaught...].first { $0.hasPrefix("DESCRIPTION:") })
        #expect(!description.contains("授课教师"))
        let en = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary, language: .en)
        let li = Self.unfold(Self.checkLines(try #require(en["calendars/teachers/t_li.ics"])))
        #expect(li.contains("X-WR-CALNAME:李明 — teaching\\, 温宿县2025年春季乡镇干部培训"))
        #expect(li.contains { $0.hasPrefix("DESCRIPTION:Classes: ") && $0.contains("\\nTeacher: 李明\\nVenue: ") })
    }

    @Test func midnightEndRollsToNextDay() {
        #expect(ICalendar.localTime(Fixture.day("2025-03-31"), ClockTime("24:00")!) == "20250401T000000")
    }

    @Test(arguments: [
        ("t_li", "t_li.ics"), ("../x", "%2E%2E%2Fx.ics"), (".hidden", "%2Ehidden.ics"), ("王", "%E7%8E%8B.ics"),
        (".w", "%2Ew.ics"), ("_.w", "_%2Ew.ics"), ("a%2Eb", "a%252Eb.ics")
    ])
    func fileNamesStayInsideTheDirectoryAndNeverMeet(_ id: String, _ name: String) {
        #expect(ICalendar.fileName(for: Teacher.ID(id)) == "calendars/teachers/" + name)
        #expect(ICalendar.fileName(for: Group.ID(id)) == "calendars/classes/" + name)
    }
}
