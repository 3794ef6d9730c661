import Domain
import Foundation
import Testing

@testable import Exporters

/// Shadowing placements (跟班学习) in the files: timetable.csv rows, placements.csv, the class grid.
@Suite struct PlacementExportTests {
    static let scenario: TrainingScenario = {
        var s = Fixture.scenario
        var host = Venue(id: "v_office", name: "红旗村村委会", kind: .hostUnit, site: "hongqi", capacity: nil)
        host.hostCapacity = 30
        s.venues.append(host)
        var shadow = Course(id: "c_shadow", title: "跟班学习, 村务", form: .placement, periods: 1)
        shadow.placement = PlacementRule(days: 1, hosts: ["v_office"])
        s.courses.append(shadow)
        s.groups[0].required.append("c_shadow")
        return s
    }()
    static let timetable: Timetable = {
        var t = Fixture.timetable
        t.placements = [
            PlacementBlock(
                group: Self.scenario.groups[0].id, course: "c_shadow", days: [Fixture.day("2025-03-14")],
                hosts: [HostShare(host: "v_office", count: Self.scenario.groups[0].size, topicFit: 12.25, travelMinutes: 40)])
        ]
        return t
    }()

    @Test func timetableRowsAndReadBack() throws {
        let rows = TimetableCSV.rows(scenario: Self.scenario, timetable: Self.timetable)
        let block = rows.filter { $0[7] == "c_shadow" }
        #expect(block.count == 4)
        #expect(block.allSatisfy { $0[0] == "2025-03-14" && $0[9] == "placement" && $0[11...15].allSatisfy(\.isEmpty) })
        let back = try TimetableCSV.read(data: TimetableCSV.write(scenario: Self.scenario, timetable: Self.timetable), scenario: Self.scenario, strict: true)
        #expect(back.placements.map(\.days) == [[Fixture.day("2025-03-14")]])
        #expect(back.sessions.count == Self.timetable.sessions.count)
        var withHosts = back
        try PlacementsCSV.read(data: PlacementsCSV.write(scenario: Self.scenario, timetable: Self.timetable), scenario: Self.scenario, into: &withHosts)
        #expect(withHosts.placements == Self.timetable.placements)
    }

    @Test func placementsCSVIsBOMAndCRLF() {
        let data = PlacementsCSV.write(scenario: Self.scenario, timetable: Self.timetable)
        #expect(Array(data.prefix(3)) == CSV.byteOrderMark)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let g = Self.scenario.groups[0]
        #expect(
            text == PlacementsCSV.columns.joined(separator: ",") + "\r\n"
                + "\(g.id),\(g.name),,,\(g.size),v_office,红旗村村委会,2025-03-14,2025-03-14,12.25,40\r\n")
    }

    @Test func aPartialPlacementDayIsRefused() throws {
        var rows = TimetableCSV.rows(scenario: Self.scenario, timetable: Self.timetable)
        rows.removeAll { $0[7] == "c_shadow" && $0[2] == "pm2" }
        #expect(throws: TimetableCSV.ReadError.self) { try TimetableCSV.read(data: CSV.document(rows), scenario: Self.scenario) }
    }

    @Test func theClassGridShowsTheHosts() {
        let text = String(decoding: Grids.csv(.group, scenario: Self.scenario, timetable: Self.timetable, language: .zh), as: UTF8.self)
        #expect(text.contains("跟班学习：跟班学习, 村务 / 红旗村村委会 \(Self.scenario.groups[0].size)人"))
        let teachers = String(decoding: Grids.csv(.teacher, scenario: Self.scenario, timetable: Self.timetable), as: UTF8.self)
        #expect(!teachers.contains("Shadowing placement"))
    }

    @Test func aRosterIsOneRowPerCadre() throws {
        var s = Self.scenario
        let g = s.groups[0]
        s.cadres = (1...g.size).map { Cadre(id: Cadre.ID("k\($0)"), name: "学员\($0)", group: g.id) }
        var t = Self.timetable
        t.placements[0].hosts = s.cadres.map { HostShare(host: "v_office", cadre: $0.id, count: 1, topicFit: 1.75, travelMinutes: 40) }
        let rows = PlacementsCSV.rows(scenario: s, timetable: t)
        #expect(rows.count == g.size + 1)
        #expect(rows[1][2...4] == ["k1", "学员1", "1"])
        var back = try TimetableCSV.read(data: TimetableCSV.write(scenario: s, timetable: t), scenario: s)
        try PlacementsCSV.read(data: PlacementsCSV.write(scenario: s, timetable: t), scenario: s, into: &back)
        #expect(back.placements == t.placements)
    }

    @Test func theClassCalendarHasTheBlockDaysAsAllDayEvents() throws {
        let g = Self.scenario.groups[0]
        let files = TimetableExport.files(scenario: Self.scenario, timetable: Self.timetable, summary: Fixture.summary, language: .zh)
        let text = String(decoding: try #require(files[ICalendar.fileName(for: g.id)]), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("DTSTART;VALUE=DATE:20250314\r\nDTEND;VALUE=DATE:20250315\r\n"))
        // The title's comma is escaped; the host and how many of the class go there are named.
        #expect(text.contains("SUMMARY:跟班学习\\, 村务（跟班学习 第1天/共1天）"))
        #expect(text.contains("跟班单位：红旗村村委会（\(g.size)人）"))
        // A teacher's calendar has no placement.
        #expect(!files.filter { $0.key.hasPrefix("calendars/teachers/") }.values.contains { String(decoding: $0, as: UTF8.self).contains("VALUE=DATE") })
    }

    @Test func solutionJSONListsTheBlockOnlyWhenThereIsOne() throws {
        let with =
            try JSONSerialization.jsonObject(with: SolutionJSON.encode(scenario: Self.scenario, timetable: Self.timetable, summary: Fixture.summary))
            as? [String: Any]
        let blocks = try #require(with?["placements"] as? [[String: Any]])
        #expect(blocks.count == 1)
        #expect(blocks[0]["dates"] as? [String] == ["2025-03-14"])
        let hosts = try #require(blocks[0]["hosts"] as? [[String: Any]])
        #expect(
            hosts[0]["host"] as? String == "v_office" && hosts[0]["count"] as? Int == Self.scenario.groups[0].size && hosts[0]["travel_minutes"] as? Int == 40)
        let without =
            try JSONSerialization.jsonObject(with: SolutionJSON.encode(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary))
            as? [String: Any]
        #expect(without?["placements"] == nil)
    }
}
