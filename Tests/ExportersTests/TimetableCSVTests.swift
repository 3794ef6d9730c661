import Domain
import Foundation
import Testing

@testable import Exporters

private func normalized(_ t: Timetable) -> [ScheduledSession] {
    t.sessions.map {
        var s = $0; s.groups.sort(); return s
    }.sorted { $0.id < $1.id }
}

private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

@Suite struct TimetableCSVTests {
    let data = TimetableCSV.write(scenario: Fixture.scenario, timetable: Fixture.timetable)

    @Test func startsWithBOMAndTheContractHeader() {
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let header = text(data.dropFirst(3)).components(separatedBy: "\r\n")[0]
        #expect(
            header == "date,weekday,period,start,end,group_id,group_name,course_id,course_title,form,segment,"
                + "teacher_id,teacher_name,venue_id,venue_name,venue_kind,session_id,occurrence")
    }

    @Test func oneRowPerGroupPerPeriodWithCRLF() throws {
        let body = text(data.dropFirst(3))
        #expect(body.hasSuffix("\r\n"))
        #expect(!body.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let records = try CSV.parse(data)
        let expected = Fixture.timetable.sessions.reduce(0) { $0 + $1.groups.count * $1.periodCount }
        #expect(records.count == 1 + expected)
        // The joint two-period session shows one id under both groups, four rows in all.
        #expect(records.filter { $0.cells[16] == "s01" }.map { $0.cells[5] } == ["g_sec", "g_young", "g_sec", "g_young"])
    }

    @Test func rowsSortedByDatePeriodGroup() throws {
        let rows = try CSV.parse(data).dropFirst()
        let periods = Fixture.scenario.calendar.periods.map(\.id.rawValue)
        let keys = rows.map { ($0.cells[0], periods.firstIndex(of: $0.cells[2])!, $0.cells[5]) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func quotesAndGuardsRiskyTitles() {
        let body = text(data)
        #expect(body.contains(",c_case,\"乡村振兴, 产业发展案例\",case,"))
        #expect(body.contains(",c_quote,\"\"\"枫桥经验\"\"与基层治理\",interactive,"))
        #expect(body.contains(",c_eq,'=1+1 研讨课,seminar,"))
        #expect(body.contains(",v_room,\"研讨室, 二楼\",party_school,"))
    }

    @Test func roundTrips() throws {
        let back = try TimetableCSV.read(data: data, scenario: Fixture.scenario)
        #expect(normalized(back) == normalized(Fixture.timetable))
        #expect(back.unmet.isEmpty)
        // Reading what was read and writing it again gives the same bytes.
        #expect(TimetableCSV.write(scenario: Fixture.scenario, timetable: back) == data)
    }

    @Test func readsLFAndNoBOMAndNumbersOccurrencesWithoutTheColumn() throws {
        let rows = try CSV.parse(data).map { Array($0.cells.prefix(17)) }
        let plain = rows.map { $0.map { CSV.quoted($0) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let back = try TimetableCSV.read(data: Data(plain.utf8), scenario: Fixture.scenario)
        #expect(normalized(back) == normalized(Fixture.timetable))
    }

    /// Edits one cell of one data row (1-based row after the header) and expects an error on that file line.
    static let corruptions: [(row: Int, column: String, value: String, line: Int, message: String)] = [
        (1, "group_id", "g_nobody", 2, "unknown group 'g_nobody'"),
        (1, "date", "2025-3-10", 2, "date '2025-3-10' is not YYYY-MM-DD"),
        (1, "weekday", "tue", 2, "weekday 'tue' does not match 2025-03-10, which is 'mon'"),
        (1, "period", "night", 2, "unknown period 'night'"),
        (1, "segment", "lunch", 2, "unknown segment 'lunch'"),
        (1, "teacher_id", "t_zhang", 2, "unknown teacher 't_zhang'"),
        (3, "venue_id", "v_room", 4, "session 's01' has venue 'v_room' here but 'v_hall' on line 2"),
        (2, "period", "pm1", 3, "group 'g_young' attends other periods of session 's01' than group 'g_sec'"),
        (1, "occurrence", "0", 2, "occurrence '0' is not a positive whole number")
    ]

    @Test(arguments: 0..<corruptions.count)
    func reportsProblemsWithLineNumbers(_ i: Int) throws {
        let c = Self.corruptions[i]
        var rows = try CSV.parse(data).map(\.cells)
        let col = TimetableCSV.columns.firstIndex(of: c.column)!
        rows[c.row][col] = c.value
        let edited = CSV.document(rows)
        let error = #expect(throws: TimetableCSV.ReadError.self) {
            try TimetableCSV.read(data: edited, scenario: Fixture.scenario)
        }
        #expect(error?.problems.contains(.init(line: c.line, message: c.message)) == true, "\(error.map(String.init(describing:)) ?? "")")
    }

    @Test func rejectsGapsAndMissingColumns() throws {
        var rows = try CSV.parse(data).map(\.cells)
        let s02 = rows.indices.filter { rows[$0][16] == "s02" }
        rows[s02[1]][2] = "am1"
        let gap = #expect(throws: TimetableCSV.ReadError.self) { try TimetableCSV.read(data: CSV.document(rows), scenario: Fixture.scenario) }
        #expect(gap?.problems.map(\.message) == ["session 's02' does not hold consecutive periods"])

        let noVenue = try CSV.parse(data).map { $0.cells.enumerated().filter { $0.offset != 13 }.map(\.element) }
        let missing = #expect(throws: TimetableCSV.ReadError.self) { try TimetableCSV.read(data: CSV.document(noVenue), scenario: Fixture.scenario) }
        #expect(missing?.description == "timetable.csv:1: error: missing columns 'venue_id'")
    }
}
