import Engine
import Foundation
import TestTraits
import Testing

/// `paike solve A B … --out DIR`, `--shard`, `--files-from` and `paike summarize`, end to end on the small fixtures.
@Suite struct BatchTests {
    static let fx = "Tests/EngineTests/Fixtures/"
    static let broken = "Tests/ScenarioTests/Fixtures/broken/unknown-key.yaml"

    /// The files of one scenario folder, as `paike solve FILE` writes them.
    static func singleSolveNames(_ files: [String: Data]) -> [String] { files.keys.sorted() }

    static func summaryRows(_ data: Data?) throws -> [[String]] {
        let text = String(decoding: try #require(data).dropFirst(3), as: UTF8.self)
        return text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test(.tags(.wholeScenario), WholeScenario.trait) func manyFilesSolveIntoTheirOwnFoldersInTheOrderGivenWhateverTheWorkerCount() throws {
        let list = [Self.fx + "two-classes.yaml", Self.broken, Self.fx + "hall-closed-monday.yaml"]
        let two = CLI.temporaryDirectory(), one = CLI.temporaryDirectory()
        // A limit far above the solves' work budgets: a loaded machine must not cut one run short.
        let r2 = try CLI.run(["solve"] + list + ["--out", two.path, "--workers", "2", "--progress", "--time-limit", "600"])
        // the invalid file does not stop the others; the batch exits with the worst status
        #expect(r2.status == 2, "\(r2.stdout)\(r2.stderr)")
        #expect(r2.stderr.contains("unknown-key.yaml:16:5: error: unknown key 'capcity'"))
        for folder in ["two-classes", "unknown-key", "hall-closed-monday"] {
            #expect(r2.stderr.contains("\n\(folder): ") || r2.stderr.hasPrefix("\(folder): "), "no progress line for \(folder)")
        }
        let files = try CLI.files(in: two)
        let rows = try Self.summaryRows(files["summary.csv"])
        #expect(rows.count == 4)
        #expect(rows[0].prefix(6) == ["#", "file", "folder", "scenario", "status", "exit code"])
        #expect(rows.dropFirst().map { $0[0] } == ["1", "2", "3"])
        #expect(rows.dropFirst().map { $0[1] } == list)
        #expect(rows.dropFirst().map { $0[2] } == ["two-classes", "unknown-key", "hall-closed-monday"])
        #expect(rows.dropFirst().map { $0[4] } == ["valid", "invalid", "valid"])
        #expect(rows[2][5] == "2" && rows[2][7] == "—")
        #expect(files["summary.md"].map { String(decoding: $0, as: UTF8.self).hasPrefix("# Batch summary") } == true)
        #expect(files["unknown-key/diagnostics.txt"].map { String(decoding: $0, as: UTF8.self).contains("capcity") } == true)
        #expect(files["unknown-key/timetable.csv"] == nil)

        // one worker: the same bytes, file for file
        let r1 = try CLI.run(["solve"] + list + ["--out", one.path, "--workers", "1", "--time-limit", "600"])
        #expect(r1.status == 2)
        let again = try CLI.files(in: one)
        #expect(again.keys.sorted() == files.keys.sorted())
        for (name, data) in files { #expect(again[name] == data, "\(name) differs between 1 and 2 workers") }

        // gathering the folders gives the batch's own summary
        let gathered = CLI.temporaryDirectory()
        let s = try CLI.run(["summarize", two.path, "--out", gathered.path])
        #expect(s.status == 2, "\(s.stdout)\(s.stderr)")
        let g = try CLI.files(in: gathered)
        #expect(g["summary.csv"] == files["summary.csv"])
        #expect(g["summary.md"] == files["summary.md"])

        // a single solve of the same file: the same files, the same bytes but for report.json's batch object
        let single = CLI.temporaryDirectory()
        #expect(try CLI.run(["solve", Self.fx + "hall-closed-monday.yaml", "--out", single.path, "--time-limit", "600"]).status == 0)
        let solo = try CLI.files(in: single)
        let folder = files.filter { $0.key.hasPrefix("hall-closed-monday/") }
        #expect(solo.keys.sorted() == folder.keys.map { String($0.dropFirst("hall-closed-monday/".count)) }.sorted())
        #expect(solo["summary.csv"] == nil)
        for (name, data) in solo where name != "report.json" { #expect(folder["hall-closed-monday/" + name] == data, "\(name) differs") }
        let soloReport = try #require(JSONSerialization.jsonObject(with: solo["report.json"]!) as? [String: Any])
        var batchReport = try #require(JSONSerialization.jsonObject(with: folder["hall-closed-monday/report.json"]!) as? [String: Any])
        #expect(soloReport["batch"] == nil)
        let entry = try #require(batchReport.removeValue(forKey: "batch") as? [String: Any])
        #expect(entry["file"] as? String == list[2] && entry["position"] as? Int == 2 && entry["count"] as? Int == 3)
        func canonical(_ o: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]) }
        #expect(try canonical(soloReport) == canonical(batchReport))
    }

    @Test(.tags(.wholeScenario), WholeScenario.trait) func shardsOfAListFromAFileTogetherGiveTheWholeSummary() throws {
        let dir = CLI.temporaryDirectory()
        let list = dir.appendingPathComponent("scenarios.txt")
        try """
        # two shards of four files
        \(Self.broken)
        \(Self.fx)two-classes.yaml   # solved by shard 2

        \(Self.broken)
        \(Self.fx)same.yaml
        """.write(to: list, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("results")
        let first = try CLI.run(["solve", "--files-from", list.path, "--shard", "1/2", "--out", out.path])
        #expect(first.status == 2, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("shard 1/2: 2 of 4 scenario files"))
        var files = try CLI.files(in: out)
        #expect(Set(files.keys.map { $0.split(separator: "/")[0] }) == ["unknown-key", "unknown-key-2", "summary-1-of-2.csv", "summary-1-of-2.md"])
        let second = try CLI.run(["solve", "--files-from", list.path, "--shard", "2/2", "--out", out.path])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        files = try CLI.files(in: out)
        #expect(try Self.summaryRows(files["summary-2-of-2.csv"]).dropFirst().map { $0[2] } == ["two-classes", "same"])
        #expect(files["two-classes/timetable.csv"] != nil && files["same/timetable.csv"] != nil)
        #expect(files["two-classes/timetable.csv"] == files["same/timetable.csv"])

        let s = try CLI.run(["summarize", out.path])
        #expect(s.status == 2, "\(s.stdout)\(s.stderr)")
        let rows = try Self.summaryRows(try CLI.files(in: out)["summary.csv"])
        #expect(rows.dropFirst().map { $0[2] } == ["unknown-key", "two-classes", "unknown-key-2", "same"])
        #expect(rows.dropFirst().map { $0[4] } == ["invalid", "valid", "invalid", "valid"])

        // a folder missing from the gather is named, and the gather fails
        try FileManager.default.removeItem(at: out.appendingPathComponent("same"))
        let partial = try CLI.run(["summarize", out.path, "--out", dir.appendingPathComponent("partial").path])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("missing 1 of 4 scenarios (no report.json for list position(s) 4)"), "\(partial.stderr)")
    }

    @Test func aFolderThatCannotBeWrittenIsAFailureRowAndTheWorstStatus() throws {
        let out = CLI.temporaryDirectory()
        // a plain file where the scenario's folder should go
        try Data("in the way".utf8).write(to: out.appendingPathComponent("two-classes"))
        let r = try CLI.run(["solve", Self.broken, Self.fx + "two-classes.yaml", "--out", out.path])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("a file of that name exists"))
        let rows = try Self.summaryRows(try CLI.files(in: out)["summary.csv"])
        #expect(rows.dropFirst().map { $0[4] } == ["invalid", "failure"])
        #expect(rows.dropFirst().map { $0[5] } == ["2", "1"])
    }

    @Test func aShardWithNothingToDoWritesAnEmptySummary() throws {
        let out = CLI.temporaryDirectory()
        let r = try CLI.run(["solve", Self.fx + "two-classes.yaml", "--shard", "2/3", "--out", out.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(try Self.summaryRows(try CLI.files(in: out)["summary-2-of-3.csv"]).count == 1)
    }

    @Test(arguments: [("1/1", [0, 1, 2]), ("1/2", [0, 2]), ("2/2", [1]), ("3/3", [2]), ("2/4", [1])])
    func shardSelectsEveryNthPosition(_ text: String, _ chosen: [Int]) throws {
        let shard = try #require(Shard(text))
        #expect((0..<3).filter(shard.selects) == chosen)
    }

    @Test(arguments: ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2"])
    func badShardsAreRefused(_ text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func folderNamesAreUniqueAndDecidedByTheWholeList() {
        #expect(BatchJob.folders(for: ["a/x.yaml", "b/x.yaml", "x-2.yaml", "c/x.json", "y.yaml"]) == ["x", "x-3", "x-2", "x-4", "y"])
        #expect(BatchJob.folders(for: ["温宿/县.yaml", "另/县.yaml"]) == ["县", "县-2"])
    }

    @Test func listFilesSkipCommentsAndBlankLines() throws {
        let url = CLI.temporaryDirectory().appendingPathComponent("list.txt")
        try "# header\n a.yaml \n\nb c.yaml # note\n#d.yaml\r\ne.yaml\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try BatchJob.readList(url.path) == ["a.yaml", "b c.yaml", "e.yaml"])
    }
}
