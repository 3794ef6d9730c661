import Foundation
import TestTraits
import Testing

/// `paike next-cycle` end to end: the retraining scenario written, validated and solved.
@Suite struct NextCycleCommandTests {
    static let scenario = "Tests/ScenarioTests/Fixtures/valid/cycle.yaml"

    func write(_ text: String) -> String {
        let url = CLI.temporaryDirectory().appendingPathComponent("results.csv")
        try? Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func theSmallProgrammesNextCycleValidatesAndSolves() throws {
        let results = write("cadre_id,group_id,topic,score\nc1,,rule_of_law,60\nc4,,industry,差\nc5,,governance,80\n,g3,industry,65\n")
        let next = CLI.temporaryDirectory().appendingPathComponent("next.yaml")
        let r = try CLI.run(["next-cycle", Self.scenario, "--assessments", results, "--start", "2025-09-08", "--out", next.path, "--lang", "zh"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("下一轮：复训班 3 个，干部 5 名"), "\(r.stdout)")
        let text = try String(contentsOf: next, encoding: .utf8)
        #expect(text.contains("# 来自 原班 g1 的 1 名干部，镇 kekeya"), "\(text)")
        #expect(text.contains("start: \"2025-09-08\"") && text.contains("end: \"2025-09-18\""))
        let validate = try CLI.run(["validate", next.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let solve = try CLI.run(["solve", next.path, "--out", CLI.temporaryDirectory().path, "--time-limit", "20"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
    }

    @Test func nobodyBelowThePassWritesNothing() throws {
        let results = write("cadre_id,topic,score\nc1,rule_of_law,95\n")
        let next = CLI.temporaryDirectory().appendingPathComponent("next.yaml")
        let r = try CLI.run(["next-cycle", Self.scenario, "--assessments", results, "--start", "2025-09-08", "--out", next.path])
        #expect(r.status == 0 && r.stdout.contains("no retraining class"), "\(r.stdout)\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: next.path))
    }

    @Test func badInputsAreRefused() throws {
        let results = write("cadre_id,topic,score\nc1,rule_of_law,95\nc1,rule_of_law,50\n")
        let next = CLI.temporaryDirectory().appendingPathComponent("next.yaml")
        let dup = try CLI.run(["next-cycle", Self.scenario, "--assessments", results, "--start", "2025-09-08", "--out", next.path])
        #expect(dup.status == 2 && dup.stderr.contains("results.csv:3:1: error: 'c1' is scored on 'rule_of_law' again"), "\(dup.stderr)")
        #expect(!FileManager.default.fileExists(atPath: next.path))
        let date = try CLI.run(["next-cycle", Self.scenario, "--assessments", results, "--start", "2025-13-01", "--out", next.path])
        #expect(date.status == 64, "\(date.stderr)")
        let same = try CLI.run(["next-cycle", Self.scenario, "--assessments", results, "--start", "2025-09-08", "--out", "./" + Self.scenario])
        #expect(same.status == 64 && same.stderr.contains("--out is the scenario itself"), "\(same.stderr)")
    }

    /// The bundled Wensu sample: about 10 s to build and 15–25 s to solve in a debug build.
    @Test(.tags(.wholeScenario)) func wensusNextCycleValidatesAndSolves() throws {
        let next = CLI.temporaryDirectory().appendingPathComponent("wensu-next.yaml")
        let r = try CLI.run([
            "next-cycle", "Scenarios/wensu/wensu.yaml", "--assessments", "Scenarios/wensu/assessment.csv",
            "--start", "2025-09-08", "--out", next.path, "--lang", "zh"
        ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let text = try String(contentsOf: next, encoding: .utf8)
        #expect(text.contains("# 来自 原班 young_w1a 的") && text.contains("整班复训"))
        let validate = try CLI.run(["validate", next.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let solve = try CLI.run(["solve", next.path, "--out", CLI.temporaryDirectory().path, "--time-limit", "10"])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
    }
}
