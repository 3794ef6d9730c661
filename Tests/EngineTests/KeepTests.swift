import Foundation
import Testing

/// Re-planning with `--keep`: only what must change moves.
@Suite struct KeepTests {
    static let fx = "Tests/EngineTests/Fixtures/"

    /// (group, course, occurrence, segment) → (date, period, venue, teacher) of each row.
    static func places(_ csv: URL) throws -> [String: String] {
        let text = try String(contentsOf: csv, encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\r\n").dropFirst() {
            let c = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 18 else { continue }
            let key = [c[5], c[7], c[17], c[10]].joined(separator: "|")
            let place = [c[0], c[13], c[11]].joined(separator: "|")
            out[key] = out[key].map { min($0, place + "|" + c[2]) } ?? place + "|" + c[2]
        }
        return out
    }

    static func moved(_ a: [String: String], _ b: [String: String]) -> Int { a.keys.filter { a[$0] != b[$0] }.count }

    @Test func keepingAPublishedTimetableMovesOnlyWhatTheClosedHallForces() throws {
        let pub = CLI.temporaryDirectory(), keep = CLI.temporaryDirectory(), free = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", Self.fx + "two-classes.yaml", "--out", pub.path]).status == 0)
        let kept = try CLI.run(["solve", Self.fx + "hall-closed-monday.yaml", "--out", keep.path, "--keep", pub.appendingPathComponent("timetable.csv").path])
        #expect(kept.status == 0, "\(kept.stdout)\(kept.stderr)")
        #expect(try CLI.run(["solve", Self.fx + "hall-closed-monday.yaml", "--out", free.path]).status == 0)
        let before = try Self.places(pub.appendingPathComponent("timetable.csv"))
        let withKeep = try Self.places(keep.appendingPathComponent("timetable.csv"))
        let without = try Self.places(free.appendingPathComponent("timetable.csv"))
        // sessions in the hall on Monday must move; with --keep nothing else does
        let forced = before.filter { $0.value.hasPrefix("2025-03-10|ps_hall|") }.count
        #expect(forced > 0)
        let movedWithKeep = Self.moved(before, withKeep)
        // A joint meeting the closed hall splits moves one class's row more than it forced.
        #expect(movedWithKeep >= forced && movedWithKeep <= forced + 1, "moved \(movedWithKeep), forced \(forced)")
        #expect(Self.moved(before, without) > movedWithKeep)
        // the moves are listed for notices
        let changes = try String(contentsOf: keep.appendingPathComponent("changes.csv"), encoding: .utf8)
        #expect(changes.split(separator: "\r\n").count == 1 + movedWithKeep)
        #expect(FileManager.default.fileExists(atPath: keep.appendingPathComponent("changes-by-teacher.csv").path))
        #expect(kept.stdout.contains("\(movedWithKeep) session(s) moved"))
        // and marked in the teachers' notices of timetable.html: a moved session once per teacher who has it
        let html = try String(contentsOf: keep.appendingPathComponent("timetable.html"), encoding: .utf8)
        let marked = html.components(separatedBy: "<tr class=\"changed\">").count - 1
        #expect(marked >= 1 && marked <= movedWithKeep, "\(marked) rows marked for \(movedWithKeep) moves")
    }

    @Test func keepingOnAnUnchangedScenarioMovesNothing() throws {
        let pub = CLI.temporaryDirectory(), again = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", Self.fx + "two-classes.yaml", "--out", pub.path, "--seed", "3"]).status == 0)
        let r = try CLI.run(["solve", Self.fx + "same.yaml", "--out", again.path, "--seed", "9", "--keep", pub.appendingPathComponent("timetable.csv").path])
        #expect(r.status == 0)
        let html = try String(contentsOf: again.appendingPathComponent("timetable.html"), encoding: .utf8)
        #expect(!html.contains("<tr class=\"changed\">") && !html.contains("<tr class=\"gone\">"))
        #expect(r.stdout.contains(" 0 session(s) moved"), "\(r.stdout)")
    }

    @Test func anUnreadablePublishedTimetableIsAnInvalidInput() throws {
        let r = try CLI.run(["solve", Self.fx + "two-classes.yaml", "--out", CLI.temporaryDirectory().path, "--keep", "no/such/timetable.csv"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no/such/timetable.csv"))
    }
}
