import Foundation
import TestTraits
import Testing

@Suite struct CompareCommandTests {
    static let fx = "Tests/EngineTests/Fixtures/"
    /// Far beyond what a fixture needs, so a loaded machine never cuts a solve short and the byte
    /// comparisons with single solves stay meaningful.
    static let limit = ["--time-limit", "600"]

    /// compare.csv as label → cells (one per scenario), read with RFC 4180 quoting.
    static func table(_ data: Data) -> [String: [String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, justClosed = false
        for ch in text {
            defer { justClosed = !quoted && ch == "\"" }
            if quoted {
                if ch == "\"" { quoted = false } else { cell.append(ch) }
            } else if ch == "\"" {
                if justClosed { cell.append("\"") }  // "" inside quotes is one quote
                quoted = true
            } else if ch == "," {
                row.append(cell); cell = ""
            } else if ch == "\r\n" || ch == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(ch)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return Dictionary(rows.map { ($0[0], Array($0.dropFirst())) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func compareProgressShowsEachSolvesPhasesUnderItsFile() throws {
        let out = CLI.temporaryDirectory()
        let r = try CLI.run(["compare", Self.fx + "two-classes.yaml", Self.fx + "same.yaml", "--out", out.path, "--progress"] + Self.limit)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        for file in ["two-classes.yaml", "same.yaml"] {
            #expect(lines.contains { $0.contains(file + ": [") && $0.contains("done") }, "\(r.stderr)")
        }
    }

    @Test func compareReplansEachVariantAgainstTheBaseAndCountsWhatMoved() throws {
        let out = CLI.temporaryDirectory()
        let r = try CLI.run(
            ["compare", Self.fx + "two-classes.yaml", Self.fx + "same.yaml", Self.fx + "hall-closed-monday.yaml", "--out", out.path] + Self.limit)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let moved = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("sessions moved against the base") })
        let cells = moved.split(separator: " ", omittingEmptySubsequences: true).suffix(3).map(String.init)
        #expect(cells[0] == "base" && cells[1] == "0", "\(moved)")
        #expect(r.stdout.contains("the objective re-weighted with the base scenario's weights"))
        #expect(r.stdout.contains("unless --fresh is given"))
        let files = try CLI.files(in: out)
        for name in [
            "compare.csv", "compare.md", "1-two-classes/timetable.csv", "2-same/timetable.csv", "2-same/changes.csv",
            "3-hall-closed-monday/timetable.csv", "3-hall-closed-monday/changes.csv", "3-hall-closed-monday/changes-by-teacher.csv",
            "3-hall-closed-monday/changes-by-venue.csv"
        ] {
            #expect(files[name] != nil, "missing \(name)")
        }
        // a variant identical to its base: same timetable, no changes listed
        #expect(files["1-two-classes/timetable.csv"] == files["2-same/timetable.csv"])
        let changes = String(decoding: files["2-same/changes.csv"]!, as: UTF8.self)
        #expect(changes.split(separator: "\r\n").count == 1)

        // a variant's files are those of `solve --keep` on the base's published timetable
        let published = out.appendingPathComponent("1-two-classes/timetable.csv")
        let single = CLI.temporaryDirectory()
        let k = try CLI.run(["solve", Self.fx + "hall-closed-monday.yaml", "--out", single.path, "--keep", published.path] + Self.limit)
        #expect(k.status == 0, "\(k.stdout)\(k.stderr)")
        let solo = try CLI.files(in: single)
        for name in ["timetable.csv", "report.json", "changes.csv", "changes-by-teacher.csv", "changes-by-venue.csv"] {
            #expect(solo[name] != nil && solo[name] == files["3-hall-closed-monday/\(name)"], "\(name) differs from solve --keep")
        }

        // only the sessions in the hall on Monday move: the count, its rows by group and venue, and changes.csv agree
        let before = try KeepTests.places(published)
        let forced = before.filter { $0.value.hasPrefix("2025-03-10|ps_hall|") }.count
        #expect(forced > 0)
        // A joint meeting the closed hall splits moves one class's row more than it forced.
        let variant = out.appendingPathComponent("3-hall-closed-monday/timetable.csv")
        let movedRows = KeepTests.moved(before, try KeepTests.places(variant))
        #expect(movedRows >= forced && movedRows <= forced + 1, "moved \(movedRows), forced \(forced)")
        let table = Self.table(files["compare.csv"]!)
        #expect(table["variant re-planned"] == ["base", "against the base", "against the base"])
        #expect(table["sessions moved against the base"] == ["base", "0", String(movedRows)])
        let byGroup = table.filter { $0.key.hasPrefix("moved: group ") }
        #expect(!byGroup.isEmpty)
        #expect(byGroup.values.reduce(0) { $0 + Int($1[2])! } == movedRows)
        #expect(byGroup.keys.allSatisfy { ["moved: group 乡镇党政班子成员班 (leaders)", "moved: group 村党组织书记班 (secretaries)"].contains($0) }, "\(byGroup.keys)")
        // Every session in the hall on Monday moved; the one more a split meeting may move is elsewhere.
        let hall = try #require(table.first { $0.key.hasPrefix("moved: venue ") && $0.key.hasSuffix("(ps_hall)") }?.value)
        let hallMoved = try #require(Int(hall[2]))
        #expect(hall[0...1] == ["base", "0"] && hallMoved >= forced && hallMoved <= movedRows, "\(hall), forced \(forced)")
        #expect(table["groups with moved sessions"]?[2] == String(byGroup.values.filter { $0[2] != "0" }.count))
        #expect(table.keys.contains { $0.hasPrefix("moved: teacher ") })
        #expect(String(decoding: files["3-hall-closed-monday/changes.csv"]!, as: UTF8.self).split(separator: "\r\n").count == 1 + movedRows)
        let byVenue = String(decoding: files["3-hall-closed-monday/changes-by-venue.csv"]!, as: UTF8.self).split(separator: "\r\n")
        #expect(byVenue.filter { $0.hasPrefix("ps_hall,") }.count == hallMoved)
        // nothing is held in the hall on Monday in the variant
        let csv = String(decoding: files["3-hall-closed-monday/timetable.csv"]!, as: UTF8.self)
        #expect(!csv.split(separator: "\r\n").contains { $0.hasPrefix("2025-03-10") && $0.contains(",ps_hall,") })
        let md = String(decoding: files["compare.md"]!, as: UTF8.self)
        #expect(md.contains("| sessions moved against the base | base | 0 | \(movedRows) |"))
    }

    @Test(.tags(.wholeScenario), WholeScenario.trait) func compareFreshReplansEachVariantFromScratchAndMovesMore() throws {
        let out = CLI.temporaryDirectory()
        let hall = Self.fx + "hall-closed-monday.yaml"
        let r = try CLI.run(["compare", Self.fx + "two-classes.yaml", hall, "--out", out.path, "--fresh"] + Self.limit)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let files = try CLI.files(in: out)
        let fresh = Self.table(files["compare.csv"]!)
        #expect(fresh["variant re-planned"] == ["base", "from scratch"])
        // against the base only the sessions in the hall on Monday move (the test above); from scratch more do
        let forced = try KeepTests.places(out.appendingPathComponent("1-two-classes/timetable.csv"))
            .filter { $0.value.hasPrefix("2025-03-10|ps_hall|") }.count
        let movedFresh = try #require(Int(fresh["sessions moved against the base"]?[1] ?? ""))
        #expect(movedFresh > forced, "fresh \(movedFresh), forced by the closure \(forced)")
        // the variant's files are those of a single solve of it, with the moves listed beside them
        let single = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", hall, "--out", single.path] + Self.limit).status == 0)
        let solo = try CLI.files(in: single)
        #expect(solo["timetable.csv"] == files["2-hall-closed-monday/timetable.csv"])
        #expect(solo["report.json"] == files["2-hall-closed-monday/report.json"])
        let changes = String(decoding: files["2-hall-closed-monday/changes.csv"]!, as: UTF8.self)
        #expect(changes.split(separator: "\r\n").count == 1 + movedFresh)
    }

    @Test func compareNeedsAVariant() throws {
        #expect(try CLI.run(["compare", "Tests/EngineTests/Fixtures/two-classes.yaml"]).status == 64)
    }

    @Test func anInvalidVariantStopsTheComparisonBeforeAnySolve() throws {
        let r = try CLI.run([
            "compare", "Tests/EngineTests/Fixtures/two-classes.yaml", "Tests/ScenarioTests/Fixtures/broken/unknown-key.yaml",
            "--out", CLI.temporaryDirectory().path
        ])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown-key.yaml:"))
    }
}
