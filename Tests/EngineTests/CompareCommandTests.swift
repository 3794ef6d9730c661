import Foundation
import Testing

@Suite struct CompareCommandTests {
    @Test func compareSolvesEachScenarioAndCountsWhatMoved() throws {
        let out = CLI.temporaryDirectory()
        let fx = "Tests/EngineTests/Fixtures/"
        let r = try CLI.run(["compare", fx + "two-classes.yaml", fx + "same.yaml", fx + "hall-closed-monday.yaml", "--out", out.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let moved = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("sessions moved against the base") })
        let cells = moved.split(separator: " ", omittingEmptySubsequences: true).suffix(3).map(String.init)
        #expect(cells[0] == "base" && cells[1] == "0", "\(moved)")
        #expect(r.stdout.contains("the objective re-weighted with the base scenario's weights"))
        let files = try CLI.files(in: out)
        for name in ["compare.csv", "compare.md", "1-two-classes/timetable.csv", "2-same/timetable.csv", "2-same/changes.csv",
                     "3-hall-closed-monday/timetable.csv", "3-hall-closed-monday/changes.csv", "3-hall-closed-monday/changes-by-teacher.csv"] {
            #expect(files[name] != nil, "missing \(name)")
        }
        // a variant identical to its base: same timetable, no changes listed
        #expect(files["1-two-classes/timetable.csv"] == files["2-same/timetable.csv"])
        let changes = String(decoding: files["2-same/changes.csv"]!, as: UTF8.self)
        #expect(changes.split(separator: "\r\n").count == 1)
        // the indicators are those of a single solve of the same file
        let single = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", fx + "hall-closed-monday.yaml", "--out", single.path]).status == 0)
        let solo = try CLI.files(in: single)
        #expect(solo["timetable.csv"] == files["3-hall-closed-monday/timetable.csv"])
        #expect(solo["report.json"] == files["3-hall-closed-monday/report.json"])
        // nothing is held in the hall on Monday in the variant
        let csv = String(decoding: files["3-hall-closed-monday/timetable.csv"]!, as: UTF8.self)
        #expect(!csv.split(separator: "\r\n").contains { $0.hasPrefix("2025-03-10") && $0.contains(",ps_hall,") })
    }

    @Test func compareNeedsAVariant() throws {
        #expect(try CLI.run(["compare", "Tests/EngineTests/Fixtures/two-classes.yaml"]).status == 64)
    }

    @Test func anInvalidVariantStopsTheComparisonBeforeAnySolve() throws {
        let r = try CLI.run(["compare", "Tests/EngineTests/Fixtures/two-classes.yaml", "Tests/ScenarioTests/Fixtures/broken/unknown-key.yaml",
                             "--out", CLI.temporaryDirectory().path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown-key.yaml:"))
    }
}
