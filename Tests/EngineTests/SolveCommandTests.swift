import Foundation
import TestTraits
import Testing

/// `paike solve` end to end: exit codes, files, and an independent re-check of the CSV.
@Suite struct SolveCommandTests {
    static let contractColumns = [
        "date", "weekday", "period", "start", "end", "group_id", "group_name", "course_id", "course_title",
        "form", "segment", "teacher_id", "teacher_name", "venue_id", "venue_name", "venue_kind", "session_id"
    ]

    /// The default scenario (the one whole-scenario solve of the default suite) and a small fixture
    /// solve to valid timetables that `paike check` re-reads with 0 violations; Wensu's
    /// timetable.html prints one A4 page per class and per teacher with sessions.
    @Test(arguments: ["Scenarios/wensu/wensu.yaml", "Tests/EngineTests/Fixtures/two-classes.yaml"])
    func bundledScenarioSolvesAndPassesTheIndependentCheck(_ scenario: String) throws {
        // Wensu at the default work budget, as a planner runs it (about 35 s in a debug build: the
        // Search target is optimised there too, Package.swift).
        let wensu = scenario.hasSuffix("wensu.yaml")
        let out = try solvesAndPassesTheIndependentCheck(scenario)
        if wensu {
            try PrintedTimetable.check(scenario, out: out)
            // Wensu's young cadres are matched to mentors; the check re-reads mentors.csv too.
            let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
            #expect(check.stdout.contains("mentors.csv: 116 mentees listed, 0 without a mentor, 0 violations"), "\(check.stdout)")
        }
    }

    /// The what-if variants likewise (tagged: whole-scenario solves).
    @Test(.tags(.wholeScenario), WholeScenario.trait, arguments: ["Scenarios/wensu/hall_closed_week1.yaml", "Scenarios/wensu/extra_guides.yaml"])
    func variantSolvesAndPassesTheIndependentCheck(_ scenario: String) throws {
        try solvesAndPassesTheIndependentCheck(scenario)
    }

    /// The folder the timetable was written to.
    @discardableResult
    func solvesAndPassesTheIndependentCheck(_ scenario: String) throws -> URL {
        let out = CLI.temporaryDirectory()
        let solve = try CLI.run(["solve", scenario, "--out", out.path, "--time-limit", "900"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        #expect(solve.stdout.contains("valid timetable"))
        let files = try CLI.files(in: out)
        for name in [
            "timetable.csv", "by-group.csv", "by-teacher.csv", "by-venue.csv", "timetable.html", "timetable.xlsx", "solution.json", "report.txt", "report.json"
        ] {
            #expect(files[name] != nil, "missing \(name)")
        }
        #expect(files.keys.contains { $0.hasPrefix("calendars/") && $0.hasSuffix(".ics") })
        let csv = try #require(files["timetable.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let header = String(decoding: csv.dropFirst(3), as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
        #expect(Array(header.split(separator: ",").map(String.init).prefix(17)) == Self.contractColumns)
        let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(", 0 listed unmet, 0 violations"), "\(check.stdout)")
        return out
    }

    /// `check` prices a timetable with the solver's own objective, and `--timing` records the objective over time.
    @Test func checkReportsTheSolversObjectiveAndTimingRecordsHistory() throws {
        let out = CLI.temporaryDirectory()
        let scenario = "Tests/EngineTests/Fixtures/two-classes.yaml"
        #expect(try CLI.run(["solve", scenario, "--out", out.path, "--timing"]).status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as! [String: Any]
        let objective = try #require(report["objective"] as? Double)
        let history = try #require(report["history"] as? [[String: Any]])
        #expect(history.first?["phase"] as? String == "greedy start")
        #expect(history.last?["objective"] as? Double == objective)
        let seconds = history.compactMap { $0["seconds"] as? Double }
        #expect(seconds == seconds.sorted() && seconds.count == history.count)
        let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.stdout.contains(String(format: "objective: %.4f", objective)), "\(check.stdout)")
    }

    @Test func sameSeedWritesIdenticalBytes() throws {
        let a = CLI.temporaryDirectory(), b = CLI.temporaryDirectory()
        let scenario = "Tests/EngineTests/Fixtures/two-classes.yaml"
        // A limit far above the work budgets: a loaded machine must not cut one run short.
        #expect(try CLI.run(["solve", scenario, "--out", a.path, "--seed", "7", "--time-limit", "600"]).status == 0)
        #expect(try CLI.run(["solve", scenario, "--out", b.path, "--seed", "7", "--time-limit", "600"]).status == 0)
        let fa = try CLI.files(in: a), fb = try CLI.files(in: b)
        #expect(fa.keys.sorted() == fb.keys.sorted())
        for (name, data) in fa { #expect(fb[name] == data, "\(name) differs") }
        // Ended by the search or its work budget, not the clock: that is why the bytes are the same.
        let report = try JSONSerialization.jsonObject(with: try #require(fa["report.json"])) as? [String: Any]
        let ended = report?["ended_by"] as? String
        #expect(["search_done", "optimal", "effort"].contains(ended), "\(String(describing: ended))")
        let text = String(decoding: try #require(fa["report.txt"]), as: UTF8.self)
        let reasons = ["the search: its widest round", "a proven optimum", "the work budget (--effort)"]
        #expect(text.contains("Ended by:") && reasons.contains(where: text.contains), "\(text.prefix(1200))")
    }

    /// `--effort 40000` gives fix-and-optimise at most 10 GLPK nodes (one per 4,000 the searches
    /// leave): it stops at or before its first step, says so, and a rerun writes the same bytes.
    @Test func aSmallWorkBudgetEndsTheSearchAndARerunIsTheSame() throws {
        let a = CLI.temporaryDirectory(), b = CLI.temporaryDirectory()
        let scenario = "Tests/EngineTests/Fixtures/two-classes.yaml"
        for out in [a, b] {
            #expect(try CLI.run(["solve", scenario, "--out", out.path, "--seed", "7", "--effort", "40000", "--time-limit", "600"]).status == 0)
        }
        let fa = try CLI.files(in: a), fb = try CLI.files(in: b)
        for (name, data) in fa { #expect(fb[name] == data, "\(name) differs") }
        let report = try JSONSerialization.jsonObject(with: try #require(fa["report.json"])) as? [String: Any]
        #expect(report?["ended_by"] as? String == "effort")
        let text = String(decoding: try #require(fa["report.txt"]), as: UTF8.self)
        // The anneal takes the small budget whole or nearly: GLPK gets at most one step of 50 nodes.
        let spent = text.firstMatch(of: /work budget spent \((\d+) GLPK nodes\)/).flatMap { Int($0.1) }
        #expect(text.contains("the work budget (--effort)") && (spent ?? .max) <= 50, "\(text.prefix(1500))")
    }

    @Test func impossibleDemandExitsThreeWritesTheRestAndNamesTheCause() throws {
        let out = CLI.temporaryDirectory()
        let scenario = "Tests/EngineTests/Fixtures/impossible.yaml"
        // Its searches end by their work budget, not the clock: the session cannot be placed.
        let r = try CLI.run(["solve", scenario, "--out", out.path, "--effort", "20000", "--time-limit", "600"])
        #expect(r.status == 3, "\(r.stdout)\(r.stderr)")
        // the walnut unit is left out whole, for the class that cannot have it, with a rule named
        #expect(r.stdout.contains("unmet:") && r.stdout.contains("walnut_unit"))
        #expect(
            r.stdout.contains("[GroupClash]") || r.stdout.contains("[VenueClash]") || r.stdout.contains("[FiveHavesWindow]") || r.stdout.contains("[Travel]"))
        let report = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(report.contains("walnut_unit"))
        // everything else is timetabled and still meets every rule
        let csv = try String(contentsOf: out.appendingPathComponent("timetable.csv"), encoding: .utf8)
        #expect(csv.contains("xi_thought") && csv.contains("governance"))
        let check = try CLI.run(["check", scenario, out.appendingPathComponent("timetable.csv").path])
        #expect(check.status == 0 && check.stdout.contains(" 0 violations"), "\(check.stdout)")
        let explain = try CLI.run(["explain", scenario])
        #expect(explain.status == 3)
        #expect(explain.stdout.contains("cannot be met") && explain.stdout.contains("Rules involved:"), "\(explain.stdout)")
    }

    @Test func invalidScenarioExitsTwoAndLeavesEarlierFilesAlone() throws {
        let out = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", "Tests/EngineTests/Fixtures/two-classes.yaml", "--out", out.path]).status == 0)
        let before = try CLI.files(in: out)
        let broken = "Tests/ScenarioTests/Fixtures/broken/unknown-key.yaml"
        let r = try CLI.run(["solve", broken, "--out", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown-key.yaml:") && r.stderr.contains(": error: "), "\(r.stderr)")
        #expect(try CLI.files(in: out) == before)
    }

    @Test func wrongUsageExitsSixtyFour() throws {
        #expect(try CLI.run(["solve"]).status == 64)
        #expect(try CLI.run(["solve", "x.yaml", "--time-limit", "-1"]).status == 64)
        #expect(try CLI.run(["export", "x.yaml", "--format", "xls"]).status == 64)
    }
}
