import Foundation
import Testing

/// Follow-up visits (跟踪回访) end to end: `paike visits` writes visits.csv and the teams'
/// calendars; every town once, each day within its team's limit; towns out of reach end with 3.
@Suite struct VisitsCommandTests {
    static let wensu = "Scenarios/wensu/wensu.yaml"
    static let fixture = "Tests/EngineTests/Fixtures/visits.yaml"

    func visits(_ scenario: String, _ extra: [String] = []) throws -> (CLI.Result, URL) {
        let out = CLI.temporaryDirectory()
        return (try CLI.run(["visits", scenario, "--out", out.path] + extra), out)
    }

    func rows(_ data: Data) -> [[String]] {
        String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func wensuGetsEveryTownOnceWithinEachTeamsDay() throws {
        let (r, out) = try visits(Self.wensu, ["--from", "2025-04-07", "--weeks", "2"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let files = try CLI.files(in: out)
        let csv = try #require(files["visits.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"))
        let table = rows(csv)
        #expect(
            table[0] == [
                "date", "team_id", "team_name", "order", "town_id", "town_name", "cadres", "travel_minutes",
                "tour_travel_minutes", "tour_minutes"
            ])
        let body = table.dropFirst()
        // Wensu's eight towns: the young cadres' seven home townships and the county seat (all other classes).
        #expect(body.map { $0[4] }.sorted() == ["bozidun", "county_seat", "gongqingtuan", "gulawati", "jiamu", "kekeya", "tuofuhan", "yixilaimuqi"])
        #expect(body.allSatisfy { !$0[0].isEmpty })
        let limits = ["org_dept": (3, 480), "party_school": (2, 420)]
        var tours: [String: [[String]]] = [:]
        for row in body { tours["\(row[0]) \(row[1])", default: []].append(row) }
        for (_, stops) in tours {
            let (visits, minutes) = try #require(limits[stops[0][1]])
            #expect(stops.count <= visits && Int(stops[0][9])! <= minutes)
            #expect(stops.map { $0[3] } == (1...stops.count).map(String.init))
            // Travel plus 90 minutes a town; the legs out never exceed the whole round trip.
            #expect(Int(stops[0][9])! == Int(stops[0][8])! + 90 * stops.count)
            #expect(stops.map { Int($0[7])! }.reduce(0, +) <= Int(stops[0][8])!)
        }
        // The Party school's team is away 7–11 April; nobody goes out at weekends.
        #expect(!body.contains { $0[1] == "party_school" && $0[0] <= "2025-04-11" })
        #expect(!body.contains { ["2025-04-12", "2025-04-13"].contains($0[0]) })
        #expect(body.allSatisfy { $0[0] >= "2025-04-07" && $0[0] <= "2025-04-20" })
        for team in Set(body.map { $0[1] }) {
            let ics = String(decoding: try #require(files["calendars/teams/\(team).ics"]), as: UTF8.self)
            #expect(ics.contains("BEGIN:VCALENDAR") && ics.contains("DTSTART;VALUE=DATE:"))
        }
        #expect(r.stdout.contains("8 of 8 towns visited"), "\(r.stdout)")
    }

    @Test func chineseSummaryAndTheSameFilesTwice() throws {
        let (a, outA) = try visits(Self.wensu, ["--from", "2025-04-07", "--weeks", "2", "--lang", "zh"])
        let (_, outB) = try visits(Self.wensu, ["--from", "2025-04-07", "--weeks", "2", "--lang", "zh"])
        #expect(a.status == 0)
        #expect(a.stdout.contains("跟踪回访") && a.stdout.contains("8 个乡镇中已安排 8 个"), "\(a.stdout)")
        #expect(try CLI.files(in: outA) == CLI.files(in: outB))
    }

    @Test func townsOutOfReachAreNamedWithTheirReasonAndExit3() throws {
        let (r, out) = try visits(Self.fixture, ["--from", "2025-03-17", "--weeks", "1"])
        #expect(r.status == 3, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("孤岛乡 [island]: no road in 'travel' links it to any team's base"), "\(r.stdout)")
        #expect(r.stdout.contains("博孜墩乡 [mountain]: the nearest team, 组织部回访组, needs 610 minutes there and back"), "\(r.stdout)")
        // The rest is still planned: kekeya, tuohe, jiamu once each; the two left out follow with no team.
        let table = rows(try #require(try CLI.files(in: out)["visits.csv"])).dropFirst()
        #expect(table.filter { !$0[0].isEmpty }.map { $0[4] }.sorted() == ["jiamu", "kekeya", "tuohe"])
        #expect(table.filter { $0[0].isEmpty }.map { $0[4] } == ["island", "mountain"])
        #expect(table.first { $0[4] == "jiamu" }?[6] == "2")
    }

    @Test func tooFewDaysSaySoPlainly() throws {
        // Away Monday to Thursday: one day, two towns at most, for kekeya, tuohe and jiamu.
        let text = try String(contentsOfFile: CLI.repo.appendingPathComponent(Self.fixture).path, encoding: .utf8)
            .replacingOccurrences(
                of: "site: town, max_visits_per_day", with: "site: town, unavailable: [{from: \"2025-03-17\", to: \"2025-03-20\"}], max_visits_per_day")
        let path = CLI.temporaryDirectory().appendingPathComponent("few-days.yaml")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: path)
        let (r, out) = try visits(path.path, ["--from", "2025-03-17", "--weeks", "1", "--lang", "zh"])
        #expect(r.status == 3)
        #expect(r.stdout.contains("可出行的 1 个工作日已被其他乡镇占满"), "\(r.stdout)")
        let table = rows(try #require(try CLI.files(in: out)["visits.csv"])).dropFirst()
        #expect(table.filter { !$0[0].isEmpty }.count == 2 && table.allSatisfy { $0[0].isEmpty || $0[0] == "2025-03-21" })
    }

    @Test func aScenarioWithoutTeamsIsRefused() throws {
        let (r, _) = try visits("Tests/EngineTests/Fixtures/mentoring.yaml", ["--from", "2025-04-01", "--weeks", "2"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no teams"), "\(r.stderr)")
    }

    @Test func aTeamAtAnUnknownSiteIsALocatedError() throws {
        let text = try String(contentsOfFile: CLI.repo.appendingPathComponent(Self.fixture).path, encoding: .utf8)
            .replacingOccurrences(of: "name: 组织部回访组, site: town", with: "name: 组织部回访组, site: toun")
        let path = CLI.temporaryDirectory().appendingPathComponent("bad-team.yaml")
        try Data(text.utf8).write(to: path)
        let (r, _) = try visits(path.path, ["--from", "2025-03-17", "--weeks", "1"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad-team.yaml:37:35: error:") && r.stderr.contains("toun"), "\(r.stderr)")
    }

    @Test func aBadDateIsWrongUsage() throws {
        let (r, _) = try visits(Self.fixture, ["--from", "2025-13-01", "--weeks", "2"])
        #expect(r.status == 64)
        let (w, _) = try visits(Self.fixture, ["--from", "2025-03-17", "--weeks", "0"])
        #expect(w.status == 64)
    }
}
