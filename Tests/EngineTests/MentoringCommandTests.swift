import Foundation
import TestTraits
import Testing

/// Mentoring (导师帮带) end to end: `paike solve` writes mentors.csv and the mentors' calendars,
/// `paike check` re-reads mentors.csv beside the timetable, unmet mentoring ends with 3.
@Suite struct MentoringCommandTests {
    static let scenario = "Tests/EngineTests/Fixtures/mentoring.yaml"

    func solve(_ scenario: String = Self.scenario, environment: [String: String] = [:]) throws -> (CLI.Result, URL) {
        let out = CLI.temporaryDirectory()
        return (try CLI.run(["solve", scenario, "--out", out.path, "--time-limit", "60"], environment: environment), out)
    }

    func rows(_ data: Data) -> [[String]] {
        String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func solveWritesMentorsCSVThatPassesTheCheck() throws {
        let (solve, out) = try solve()
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("mentoring: 3 mentees matched to 2 mentors, 0 unmet"), "\(solve.stdout)")
        let files = try CLI.files(in: out)
        let csv = try #require(files["mentors.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"))
        let table = rows(csv)
        #expect(table[0] == ["cadre_id", "cadre_name", "group_id", "mentor_id", "mentor_name", "fit", "travel_minutes", "meeting_dates"])
        #expect(table.dropFirst().map { $0[0] } == ["c1", "c2", "c3"])
        // m1 (capacity 2) knows governance, c2 needs industry: m2, in town, 30 minutes from tuohe.
        #expect(table[2][3] == "m2" && table[2][6] == "30")
        #expect(table.dropFirst().allSatisfy { $0[7].split(separator: ";").count == 2 })
        #expect(files["calendars/mentors/m1.ics"] != nil && files["calendars/mentors/m2.ics"] != nil)
        let ics = String(decoding: try #require(files["calendars/mentors/m1.ics"]), as: UTF8.self)
        #expect(ics.contains("DTSTART;VALUE=DATE:") && ics.contains("BEGIN:VCALENDAR"))
        #expect(solve.stdout.contains("mentors.csv — mentoring"))

        let check = try CLI.run(["check", Self.scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("mentors.csv: 3 mentees listed, 0 without a mentor, 0 violations"), "\(check.stdout)")
        #expect(check.stdout.split(separator: "\n").last?.hasPrefix("objective: ") == true)
    }

    @Test func theSameSeedWritesTheSameMentorFiles() throws {
        let (_, a) = try solve()
        let (_, b) = try solve()
        let fa = try CLI.files(in: a), fb = try CLI.files(in: b)
        #expect(fa["mentors.csv"] == fb["mentors.csv"])
        #expect(fa["calendars/mentors/m1.ics"] == fb["calendars/mentors/m1.ics"])
    }

    @Test func checkFindsBrokenCapacityCategoryAndDates() throws {
        let (_, out) = try solve()
        let path = out.appendingPathComponent("mentors.csv")
        var table = rows(try Data(contentsOf: path))
        // Everyone to m2 (capacity 1), one meeting on a Saturday, another outside the three months.
        for i in 1..<table.count { table[i][3] = "m2"; table[i][4] = "李红" }
        table[1][7] = "2025-04-05;2025-05-06"
        table[3][7] = "2025-05-06;2025-09-01"
        let text = table.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: path)
        let check = try CLI.run(["check", Self.scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 3, "\(check.stdout)")
        #expect(check.stdout.contains("mentor 'm2' has 3 mentees but capacity 1"), "\(check.stdout)")
        #expect(check.stdout.contains("2025-04-05 falls on a holiday, a non-working day"), "\(check.stdout)")
        #expect(check.stdout.contains("2025-09-01 is outside the mentoring months"), "\(check.stdout)")
        #expect(check.stdout.contains("fit"), "\(check.stdout)")
    }

    @Test func checkFindsAMentorOfTheWrongCategory() throws {
        let variant = CLI.temporaryDirectory().appendingPathComponent("leaders-only.yaml")
        try """
        format: paike/1
        base: \(CLI.repo.appendingPathComponent(Self.scenario).path)
        changes:
          modify: {mentors: [{id: m1, categories: [leadership]}]}
        """.write(to: variant, atomically: true, encoding: .utf8)
        let (_, out) = try solve()
        let check = try CLI.run(["check", variant.path, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 3)
        #expect(check.stdout.contains("mentor 'm1' does not take young cadres"), "\(check.stdout)")
    }

    @Test func tooFewPlacesLeaveCadresUnmatchedAndExitThree() throws {
        let variant = CLI.temporaryDirectory().appendingPathComponent("short.yaml")
        try """
        format: paike/1
        base: \(CLI.repo.appendingPathComponent(Self.scenario).path)
        changes:
          modify: {mentors: [{id: m1, capacity: 1}]}
        """.write(to: variant, atomically: true, encoding: .utf8)
        let (solve, out) = try solve(variant.path)
        #expect(solve.status == 3, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("has no mentor: the mentors who take this class have 2 places for 3 mentees"), "\(solve.stdout)")
        let files = try CLI.files(in: out)
        let json = try #require(files["report.json"])
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(report["exit_code"] as? Int == 3)
        let mentoring = try #require(report["mentoring"] as? [String: Any])
        #expect((mentoring["unmet"] as? [Any])?.count == 1)
        #expect(String(decoding: try #require(files["report.txt"]), as: UTF8.self).contains("Mentoring (导师帮带): 2 matched, 1 unmet"))
        // The unmatched cadre is still listed, with empty mentor columns; the check accepts it.
        #expect(rows(try #require(files["mentors.csv"])).dropFirst().contains { $0[3].isEmpty })
        let check = try CLI.run(["check", variant.path, out.appendingPathComponent("timetable.csv").path])
        #expect(check.stdout.contains("3 mentees listed, 1 without a mentor, 0 violations"), "\(check.stdout)")
    }

    @Test func chineseSummaryReadsNaturally() throws {
        let (solve, _) = try solve(environment: ["LANG": "zh_CN.UTF-8"])
        #expect(solve.status == 0)
        #expect(solve.stdout.contains("导师帮带：3 名学员配给 2 位导师，0 项未满足"), "\(solve.stdout)")
    }
}

/// A generated county with rosters (about 200 cadres, 15 mentors) solves valid, mentors.csv and all (whole-scenario solve).
@Suite struct GeneratedMentoringTests {
    @Test(.tags(.wholeScenario), WholeScenario.trait)
    func aGeneratedCountyWithRostersSolvesAndPassesTheCheck() throws {
        let dir = CLI.temporaryDirectory()
        let scenario = dir.appendingPathComponent("county.yaml").path
        let gen = try CLI.run(["generate", "--scale", "county", "--seed", "1", "--rosters", "--out", scenario])
        #expect(gen.status == 0, "\(gen.stderr)")
        let out = dir.appendingPathComponent("out")
        let solve = try CLI.run(["solve", scenario, "--out", out.path, "--time-limit", "120"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("mentoring: 213 mentees matched to 16 mentors, 0 unmet"), "\(solve.stdout)")
        let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("213 mentees listed, 0 without a mentor, 0 violations"), "\(check.stdout)")
    }
}
