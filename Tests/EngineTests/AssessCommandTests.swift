import Domain
import Foundation
import Scenario
import Testing
import Texts

@testable import Engine

/// `paike assess`: the results file read with located errors, assessment.csv and report.md written.
@Suite struct AssessCommandTests {
    static let scenario = "Tests/ScenarioTests/Fixtures/valid/cycle.yaml"

    func loaded() throws -> TrainingScenario {
        try #require(ScenarioLoader.load(path: CLI.repo.appendingPathComponent(Self.scenario).path).scenario)
    }

    func read(_ text: String, bytes: [UInt8]? = nil, _ w: Wording = .english) throws -> AssessmentResults.Read {
        AssessmentResults.read(data: Data(bytes ?? Array(text.utf8)), path: "r.csv", scenario: try loaded(), wording: w)
    }

    func write(_ text: String) -> String {
        let url = CLI.temporaryDirectory().appendingPathComponent("results.csv")
        try? Data(text.utf8).write(to: url)
        return url.path
    }

    func rows(_ data: Data) -> [[String]] {
        String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func excelSavedFilesAreRead() throws {
        // A byte-order mark, CRLF, a quoted name with a comma, a grade, a blank row, extra columns.
        let text = "\u{FEFF}cadre_id,group_id,name,topic,score\r\nc1,,\"艾力, 组长\",rule_of_law,优\r\n\r\n,g3,书记班,industry,65.5\r\n"
        let r = try read(text)
        #expect(r.diagnostics.isEmpty, "\(AssessmentResults.render(r, path: "r.csv"))")
        #expect(r.results.map(\.subject) == [.cadre("c1"), .group("g3")])
        #expect(r.results.map(\.score.value) == [90, 65.5] && r.results.map(\.line) == [2, 4])
    }

    @Test func gbkFromChineseExcelAndChineseColumnNamesAreRead() throws {
        let text = "干部编号,专题,成绩\r\nc2,industry,良\r\n"
        let gbk = try #require(text.data(using: AssessmentResults.gb18030))
        #expect(gbk != Data(text.utf8))
        let r = try read("", bytes: Array(gbk))
        #expect(r.diagnostics.isEmpty && r.results.first?.score.value == 80)
    }

    @Test func everyProblemIsReportedAtItsLineAndColumn() throws {
        let text = """
            cadre_id,group_id,topic,score
            c9,,rule_of_law,80
            c1,,rule_of_lwa,80
            c1,,industry,101
            c1,,industry,85
            c1,,industry,70
            ,g9,industry,70
            ,g1,industry,70
            c1,g3,rule_of_law,70
            c2,,rule_of_law,A+
            ,,industry,70

            """
        let r = try read(text)
        let found = r.diagnostics.map { "\($0.line):\($0.column) \($0.id)" }
        #expect(
            found == [
                "2:1 assessment-unknown-cadre", "3:5 assessment-unknown-topic", "4:14 assessment-out-of-range",
                "6:1 assessment-duplicate", "7:2 assessment-unknown-group", "8:2 assessment-roster-group",
                "9:4 assessment-group-mismatch", "10:17 assessment-bad-score", "11:1 assessment-no-subject"
            ], "\(found)")
        #expect(r.diagnostics.allSatisfy(\.isError) && r.results.count == 1)
        let rendered = AssessmentResults.render(r, path: "r.csv")
        #expect(rendered.contains("r.csv:3:5: error: unknown topic 'rule_of_lwa'"), "\(rendered)")
        #expect(rendered.contains("note: did you mean 'rule_of_law'?"))
        #expect(rendered.contains("note: first scored on line 5"))
    }

    @Test func oddScoresAreNamedNeverTrusted() throws {
        let r = try read("cadre_id,topic,score\nc1,industry,８５．５\nc2,industry,90%\nc3,industry,nan\nc4,industry,1e400\nc5,industry,-3\n")
        #expect(r.results.map(\.score.value) == [85.5, 90])
        #expect(r.diagnostics.map(\.id) == ["assessment-bad-score", "assessment-bad-score", "assessment-out-of-range"])
    }

    @Test func arbitraryBytesNeverCrashTheReader() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("c1,g3\"\r\n industry优良 0123456789.%-".utf8) + [0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x00]
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...80, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let r = try read("", bytes: Array("cadre_id,group_id,topic,score\n".utf8) + bytes)
            #expect(r.hasErrors || r.results.allSatisfy { AssessmentScore.range.contains($0.score.value) })
        }
    }

    @Test func missingColumnsAndEmptyFilesAreSaid() throws {
        #expect(try read("cadre_id,topic\nc1,industry\n").diagnostics.map(\.id) == ["assessment-columns"])
        #expect(try read("").diagnostics.map(\.id) == ["assessment-empty"])
        #expect(try read("cadre_id,topic,score\n").diagnostics.map(\.id) == ["assessment-empty"])
        #expect(try read("cadre_id,topic,score\nc1,\"industry,80\n").diagnostics.map(\.id) == ["assessment-csv"])
    }

    @Test func messagesAreInChineseWhenAsked() throws {
        let r = try read("cadre_id,topic,score\nc9,industry,80\n", .chinese)
        #expect(r.diagnostics.first?.message == "未知干部“c9”")
    }

    @Test func assessWritesTheTableAndTheReport() throws {
        let results = write("cadre_id,group_id,topic,score\nc1,,industry,90\nc2,,industry,50\n,g3,rule_of_law,65\n")
        let out = CLI.temporaryDirectory().appendingPathComponent("assessment")
        let r = try CLI.run(["assess", Self.scenario, results, "--out", out.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("assessment: 3 scores of 5 cadres in 2 groups; pass mark 70; 4 below it on some topic"), "\(r.stdout)")
        let files = try CLI.files(in: out)
        let csv = try #require(files["assessment.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF] && String(decoding: csv, as: UTF8.self).contains("\r\n"))
        let table = rows(csv)
        #expect(table[0] == ["group_id", "group_name", "topic", "cadres_assessed", "mean_score", "below_pass_percent", "gap_before", "gap_after"])
        #expect(table[1] == ["g1", "青干一班", "industry", "2", "70.0", "50.0", "3.5", "2.0"])
        #expect(table[2] == ["g3", "书记班", "rule_of_law", "3", "65.0", "100.0", "2.0", "2.0"])
        let jsonData = try #require(files["report.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: jsonData) as? [String: Any])
        #expect(json["pass"] as? Int == 70 && json["cadres_below_pass"] as? Int == 4)
        let first = try #require((json["rows"] as? [[String: Any]])?.first)
        #expect(first["group"] as? String == "g1" && first["below_pass"] as? Double == 0.5 && first["gap_after"] as? Double == 2)
        let report = String(decoding: try #require(files["report.md"]), as: UTF8.self)
        #expect(report.hasPrefix("# Assessment results") && report.contains("| 青干一班 [g1] | industry | 2 | 70.0 | 50% | 3.5 | 2.0 |"), "\(report)")

        // --pass overrides the scenario's 70; --lang zh words the report in Chinese.
        let zh = try CLI.run(["assess", Self.scenario, results, "--out", out.path, "--pass", "60", "--lang", "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("及格线 60"), "\(zh.stdout)\(zh.stderr)")
        let again = try CLI.files(in: out)
        #expect(rows(try #require(again["assessment.csv"]))[2][5] == "0.0")
        #expect(String(decoding: try #require(again["report.md"]), as: UTF8.self).hasPrefix("# 结业考核结果"))
    }

    @Test func invalidResultsExitTwoWithLocatedErrors() throws {
        let results = write("cadre_id,topic,score\nc1,industry,120\nnobody,industry,80\n")
        let out = CLI.temporaryDirectory().appendingPathComponent("assessment")
        let r = try CLI.run(["assess", Self.scenario, results, "--out", out.path])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("results.csv:2:13: error: score '120' is outside 0–100"), "\(r.stderr)")
        #expect(r.stderr.contains("results.csv:3:1: error: unknown cadre 'nobody'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let usage = try CLI.run(["assess", Self.scenario, results, "--pass", "101"])
        #expect(usage.status == 64)
        let missing = try CLI.run(["assess", Self.scenario, "/nonexistent/results.csv"])
        #expect(missing.status == 2 && missing.stderr.contains("cannot read the results file"), "\(missing.stderr)")
    }

    @Test func theWensuSampleIsAssessed() throws {
        let out = CLI.temporaryDirectory().appendingPathComponent("assessment")
        let r = try CLI.run(["assess", "Scenarios/wensu/wensu.yaml", "Scenarios/wensu/assessment.csv", "--out", out.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let table = rows(try #require(try CLI.files(in: out)["assessment.csv"]))
        // Every one of the 12 groups is scored: 4 by their rosters, 8 as whole classes (6 topics each).
        #expect(Set(table.dropFirst().map { $0[0] }).count == 12)
        #expect(table.dropFirst().filter { $0[0].hasPrefix("leaders_") || $0[0].hasPrefix("secretaries_") }.count == 8 * 6)
    }
}
