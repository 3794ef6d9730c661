import Domain
import Foundation
import Testing

@testable import Exporters

/// `paike check` reads strictly: a row whose names, titles, kinds, form or times contradict its
/// ids is reported, since a person reads the names and a script the ids.
@Suite struct StrictReadTests {
    let rows = TimetableCSV.rows(scenario: Fixture.scenario, timetable: Fixture.timetable)

    func edited(_ column: String, to value: String) -> (data: Data, line: Int) {
        var rows = rows
        let c = rows[0].firstIndex(of: column)!
        // Edit the first row that has the column filled, as a person editing the file would.
        let r = rows.indices.dropFirst().first { !rows[$0][c].isEmpty }!
        rows[r][c] = value
        return (CSV.document(rows), r + 1)
    }

    @Test(arguments: [
        ("teacher_name", "张三"), ("venue_name", "别处"), ("group_name", "另一个班"), ("course_title", "改过的标题"),
        ("form", "seminar"), ("venue_kind", "online"), ("start", "07:00"), ("end", "23:00")
    ])
    func aContradictingColumnIsNamedOnItsLine(column: String, value: String) throws {
        let (data, line) = edited(column, to: value)
        #expect(throws: TimetableCSV.ReadError.self) { try TimetableCSV.read(data: data, scenario: Fixture.scenario, strict: true) }
        do { _ = try TimetableCSV.read(data: data, scenario: Fixture.scenario, strict: true) } catch {
            #expect(error.problems.count == 1, "\(error.problems)")
            #expect(error.problems.first?.line == line)
            #expect(error.problems.first?.message.hasPrefix("\(column) '\(value)' does not match the scenario") == true)
        }
        // --keep reads a published file of an earlier version of the scenario: names may differ.
        _ = try TimetableCSV.read(data: data, scenario: Fixture.scenario)
    }

    @Test func theFileAsWrittenPassesStrictly() throws {
        let back = try TimetableCSV.read(data: CSV.document(rows), scenario: Fixture.scenario, strict: true)
        #expect(back.sessions.count == Fixture.timetable.sessions.count)
    }

    @Test func controlCharactersAreShownEscaped() throws {
        let (data, _) = edited("group_id", to: "g\u{1B}[2J\u{0}")
        do { _ = try TimetableCSV.read(data: data, scenario: Fixture.scenario); Issue.record("read an unknown group") } catch {
            let message = error.problems.map(\.message).joined()
            #expect(message.contains("g\\u{1B}[2J\\u{0}"))
            #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
        }
    }
}
