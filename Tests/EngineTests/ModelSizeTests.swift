import Foundation
import Testing

/// Issue 16's probe: a one-digit typo in a year (`end: 2035-03-10`) passed validation and the
/// solve grew past 3.4 GB in 30 s. The model's size is now estimated before anything is built.
@Suite struct ModelSizeTests {
    static func wensu(end: String) throws -> URL {
        let text = try String(contentsOf: CLI.repo.appendingPathComponent("Scenarios/wensu/wensu.yaml"), encoding: .utf8)
        precondition(text.contains("end: \"2025-03-21\""))
        let url = CLI.temporaryDirectory().appendingPathComponent("wensu-\(end).yaml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.replacingOccurrences(of: "end: \"2025-03-21\"", with: "end: \"\(end)\"").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: ["solve", "validate", "export"])
    func aTenYearCalendarIsRefusedAtItsEndDateBeforeAnythingIsBuilt(_ command: String) throws {
        let file = try Self.wensu(end: "2035-03-10")
        let extra =
            command == "export"
            ? ["--format", "lp", "--out", file.deletingLastPathComponent().appendingPathComponent("m.lp").path]
            : command == "solve" ? ["--out", file.deletingLastPathComponent().appendingPathComponent("out").path] : []
        let start = Date()
        let r = try CLI.run([command, file.path] + extra)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("wensu-2035-03-10.yaml:11:8: error: the timetable model would take about"), "\(r.stderr)")
        #expect(r.stderr.contains("the calendar runs from 2025-03-10 to 2035-03-10; check the years"))
        #expect(r.stderr.contains("did you mean 2025-03-10?"))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func aCalendarOverAYearIsWarnedAboutButAccepted() throws {
        let file = try Self.wensu(end: "2026-03-21")
        let r = try CLI.run(["validate", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(":11:8: warning: calendar spans 377 days, from 2025-03-10 to 2026-03-21 — did you mean 2025-03-21?"), "\(r.stderr)")
    }

    @Test func maxMemoryLowersTheLimit() throws {
        let out = CLI.temporaryDirectory()
        let small = try CLI.run(["solve", "Tests/EngineTests/Fixtures/two-classes.yaml", "--max-memory", "1K", "--out", out.path])
        #expect(small.status == 2)
        #expect(small.stderr.contains("more than the 1 KiB allowed"), "\(small.stderr)")
        #expect(small.stderr.contains("[too-large]"))
        let bad = try CLI.run(["solve", "Tests/EngineTests/Fixtures/two-classes.yaml", "--max-memory", "lots", "--out", out.path])
        #expect(bad.status == 64)
    }
}

/// Issue 16: `--time-limit inf` exited 1 after starting; any limit that is not a positive finite
/// number of seconds is wrong usage.
@Suite struct TimeLimitUsageTests {
    @Test(arguments: [
        ["solve", "Tests/EngineTests/Fixtures/two-classes.yaml"], ["explain", "Tests/EngineTests/Fixtures/two-classes.yaml"],
        ["compare", "Tests/EngineTests/Fixtures/two-classes.yaml", "Tests/EngineTests/Fixtures/same.yaml"]
    ])
    func infiniteOrNegativeLimitsAreWrongUsage(_ command: [String]) throws {
        for limit in ["inf", "nan", "-5", "0"] {
            let r = try CLI.run(
                command
                    + ["--time-limit", limit, "--out", CLI.temporaryDirectory().path].filter {
                        command[0] != "explain" || ($0 != "--out" && !$0.hasPrefix("/"))
                    })
            #expect(r.status == 64, "\(command[0]) --time-limit \(limit): \(r.status) \(r.stderr)")
        }
    }
}
