import Foundation
import TestTraits
import Testing

/// The bundled Wensu programme and its two what-if variants, compared and re-planned.
@Suite(.tags(.wholeScenario), WholeScenario.trait) struct WensuWhatIfTests {
    /// Far beyond what a solve needs, so a loaded test machine never cuts a run short and the
    /// byte comparisons below stay meaningful.
    static let limit = ["--time-limit", "900"]
    static let base = "Scenarios/wensu/wensu.yaml", hall = "Scenarios/wensu/hall_closed_week1.yaml", guides = "Scenarios/wensu/extra_guides.yaml"

    @Test func compareTheDefaultWithItsVariantsReplansTheHallClosureAsKeepingThePublishedTimetable() throws {
        let out = CLI.temporaryDirectory()
        let r = try CLI.run(["compare", Self.base, Self.hall, Self.guides, "--out", out.path] + Self.limit)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        for row in [
            "status", "unmet requirements", "objective (base weights)", "met share of need", "teacher utilisation",
            "venue utilisation", "teaching days used", "sessions moved against the base", "groups with moved sessions",
            "moved: venue 县委党校礼堂 (ps_hall)"
        ] {
            #expect(r.stdout.contains(row), "missing row \(row)")
        }
        let files = try CLI.files(in: out)
        #expect(files["compare.csv"] != nil && files["compare.md"] != nil)

        // compare re-plans the closure against the base's timetable: its files are those of
        // `solve --keep` on the published base timetable
        let published = out.appendingPathComponent("1-wensu/timetable.csv")
        let kept = CLI.temporaryDirectory()
        let k = try CLI.run(["solve", Self.hall, "--out", kept.path, "--keep", published.path] + Self.limit)
        #expect(k.status == 0, "\(k.stdout)\(k.stderr)")
        let keptFiles = try CLI.files(in: kept)
        for name in ["report.json", "timetable.csv", "changes.csv", "changes-by-venue.csv"] {
            #expect(keptFiles[name] != nil && keptFiles[name] == files["2-hall_closed_week1/\(name)"], "\(name) differs from solve --keep")
        }
        // from scratch, for the count of what moves without keeping
        let single = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", Self.hall, "--out", single.path] + Self.limit).status == 0)
        let before = try KeepTests.places(published)
        let withKeep = try KeepTests.places(kept.appendingPathComponent("timetable.csv"))
        let without = try KeepTests.places(single.appendingPathComponent("timetable.csv"))
        let inHallWeek1 = Set(
            before.filter {
                $0.value.hasPrefix("2025-03-1") && $0.value.split(separator: "|")[1] == "ps_hall"
                    && $0.value.prefix(10) <= "2025-03-14"
            }.keys)
        #expect(!inHallWeek1.isEmpty)
        let movedWithKeep = Set(before.keys.filter { before[$0] != withKeep[$0] })
        let movedWithout = before.keys.filter { before[$0] != without[$0] }.count
        // every session that was in the hall in week 1 moves; a few others make room (7 measured
        // since the improvement search packs the base timetable with no breaks: less slack nearby)
        #expect(inHallWeek1.isSubset(of: movedWithKeep))
        let others = movedWithKeep.subtracting(inHallWeek1)
        #expect(others.count <= 8, "moved besides the hall's: \(others.sorted())")
        #expect(movedWithout > 3 * movedWithKeep.count, "without --keep \(movedWithout), with \(movedWithKeep.count)")
        let table = CompareCommandTests.table(files["compare.csv"]!)
        #expect(table["sessions moved against the base"]?[1] == String(movedWithKeep.count))
    }
}
