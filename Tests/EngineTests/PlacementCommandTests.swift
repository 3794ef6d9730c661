import Foundation
import Testing

/// Shadowing placements (跟班学习) end to end: solve writes the block into timetable.csv and the
/// hosts into placements.csv; `paike check` re-reads both and finds what was tampered with.
@Suite struct PlacementCommandTests {
    static let scenario = "Tests/EngineTests/Fixtures/placement.yaml"

    func solved() throws -> URL {
        let out = CLI.temporaryDirectory()
        let solve = try CLI.run(["solve", Self.scenario, "--out", out.path, "--time-limit", "20"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("placements.csv"))
        #expect(solve.stdout.contains("placements: 2 classes out (29 cadres) at 3 host units"), "\(solve.stdout)")
        return out
    }

    @Test func solveWritesPlacementsThatPassTheCheck() throws {
        let out = try solved()
        let data = try Data(contentsOf: out.appendingPathComponent("placements.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "group_id,group_name,cadre_id,cadre_name,count,host_id,host_name,start_date,end_date,topic_fit,travel_minutes")
        // Each class whole at its hosts: 20 and 9 cadres.
        var cadres: [String: Int] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cadres[cells[0], default: 0] += Int(cells[4]) ?? 0
        }
        #expect(cadres == ["g1": 20, "g2": 9])
        // Two days × two periods per class, form placement, no teacher or venue.
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("timetable.csv")).dropFirst(3), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").filter { $0.contains(",shadow,") }
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0.contains(",placement,,,,,,,") })
        let check = try CLI.run(["check", Self.scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 violations"))
        // report.txt lists each class out with its hosts; report.json likewise.
        let report = String(decoding: try Data(contentsOf: out.appendingPathComponent("report.txt")), as: UTF8.self)
        #expect(report.contains("Shadowing placements (跟班学习): 2 classes out"), "\(report)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any]
        let placements = try #require(json?["placements"] as? [[String: Any]])
        #expect(placements.map { $0["group"] as? String } == ["g1", "g2"])
        let groups = try #require(json?["groups"] as? [[String: Any]])
        // Each class: 2 periods of lecture and 2 whole days out of 2 periods.
        #expect(groups.map { $0["periods"] as? Int } == [6, 6] && groups.map { $0["periods_required"] as? Int } == [6, 6])
    }

    @Test func checkFindsAHostOverItsCapacity() throws {
        let out = try solved()
        let url = out.appendingPathComponent("placements.csv")
        var text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        // Move every cadre of the first class to its first host.
        let lines = text.components(separatedBy: "\r\n")
        let g1 = lines.filter { $0.hasPrefix("g1,") }
        try #require(g1.count >= 2)
        let total = g1.reduce(0) { $0 + (Int($1.split(separator: ",", omittingEmptySubsequences: false)[4]) ?? 0) }
        var first = g1[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        first[4] = String(total)
        text = lines.filter { !$0.hasPrefix("g1,") || $0 == g1[0] }.map { $0 == g1[0] ? first.joined(separator: ",") : $0 }.joined(separator: "\r\n")
        try Data(text.utf8).write(to: url)
        let check = try CLI.run(["check", Self.scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 3, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("HostCapacity: host '\(first[5])' takes 20 cadres"), "\(check.stdout)")
    }

    @Test func checkFindsASessionOnABlockDay() throws {
        let out = try solved()
        let url = out.appendingPathComponent("timetable.csv")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        // The class's lecture moved onto the first day of its block.
        let block = try #require(lines.first { $0.contains(",g1,") && $0.contains(",shadow,") })
        let day = String(block.prefix(14))
        lines = lines.map { $0.contains(",g1,") && $0.contains(",xi,") ? day + $0.dropFirst(14) : $0 }
        try Data(lines.joined(separator: "\r\n").utf8).write(to: url)
        let check = try CLI.run(["check", Self.scenario, url.path])
        #expect(check.status == 3, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("PlacementBlock:") && check.stdout.contains("falls on a day group 'g1' is out on placement 'shadow'"), "\(check.stdout)")
    }

    /// The lecturer teaches only on Thursday and Friday, the latest stretch the blocks are chosen
    /// at first: both lectures were left out. The timetable search shifts the blocks earlier
    /// (each still a stretch the hosts take) and holds everything.
    @Test func searchShiftsBlocksOffTheLecturersOnlyDays() throws {
        let scenario = "Tests/EngineTests/Fixtures/placement-shift.yaml"
        let out = CLI.temporaryDirectory()
        let solve = try CLI.run(["solve", scenario, "--out", out.path, "--time-limit", "20"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("valid timetable, 2 sessions"), "\(solve.stdout)")
        let report = String(decoding: try Data(contentsOf: out.appendingPathComponent("report.txt")), as: UTF8.self)
        #expect(report.contains("blocks moved"), "\(report)")
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("timetable.csv")).dropFirst(3), as: UTF8.self)
        let blockDays = Set(csv.components(separatedBy: "\r\n").filter { $0.contains(",shadow,") }.map { String($0.prefix(10)) })
        #expect(blockDays != ["2025-03-13", "2025-03-14"], "both classes still out on Thursday and Friday: \(blockDays)")
        let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 violations"))
    }
}
