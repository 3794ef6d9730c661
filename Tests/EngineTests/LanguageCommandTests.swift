import Engine
import Foundation
import Testing

/// The language people read, chosen by `--lang`, else the scenario's `language:`, else the
/// locale, else English; the machine files are the same in every language.
@Suite struct LanguageCommandTests {
    static let fixture = "Tests/EngineTests/Fixtures/two-classes.yaml"

    /// A copy of the small fixture naming `language` (or not), beside a timetable.csv with no
    /// sessions: `check` on it prints its summary line at once, with no solve.
    static func folder(language: String?) throws -> (scenario: String, csv: String) {
        let dir = CLI.temporaryDirectory()
        var text = try String(contentsOf: CLI.repo.appendingPathComponent(fixture), encoding: .utf8)
        if let language { text = text.replacingOccurrences(of: "format: paike/1\n", with: "format: paike/1\nlanguage: \(language)\n") }
        let scenario = dir.appendingPathComponent("scenario.yaml"), csv = dir.appendingPathComponent("timetable.csv")
        try text.write(to: scenario, atomically: true, encoding: .utf8)
        let header = SolveCommandTests.contractColumns + ["occurrence"]
        try Data(("\u{FEFF}" + header.joined(separator: ",") + "\r\n").utf8).write(to: csv)
        return (scenario.path, csv.path)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var option: String?
        var scenario: String?
        var environment: [String: String]
        var chinese: Bool
        var testDescription: String {
            "--lang \(option ?? "-") language: \(scenario ?? "-") \(environment.sorted { $0.key < $1.key }) → \(chinese ? "zh" : "en")"
        }
    }

    static let cases: [Case] = [
        Case(option: nil, scenario: nil, environment: [:], chinese: false),
        Case(option: nil, scenario: nil, environment: ["LANG": "zh_CN.UTF-8"], chinese: true),
        Case(option: nil, scenario: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], chinese: false),
        Case(option: nil, scenario: "zh", environment: ["LANG": "en_US.UTF-8"], chinese: true),
        Case(option: nil, scenario: "en", environment: ["LANG": "zh_CN.UTF-8"], chinese: false),
        Case(option: "en", scenario: "zh", environment: ["LANG": "zh_CN.UTF-8"], chinese: false),
        Case(option: "zh", scenario: "en", environment: [:], chinese: true)
    ]

    @Test(arguments: cases)
    func optionThenScenarioThenLocale(_ c: Case) throws {
        let (scenario, csv) = try Self.folder(language: c.scenario)
        let r = try CLI.run(["check", scenario, csv] + (c.option.map { ["--lang", $0] } ?? []), environment: c.environment)
        #expect(r.status == 0 || r.status == 3, "\(r.stdout)\(r.stderr)")
        if c.chinese {
            #expect(r.stdout.contains("：0 个课次，0 项列为未排入"), "\(r.stdout)")
        } else {
            #expect(r.stdout.contains(": 0 sessions, 0 listed unmet"), "\(r.stdout)")
        }
        // The last line is for scripts and the same in every language.
        #expect(r.stdout.split(separator: "\n").last?.hasPrefix("objective: ") == true)
    }

    @Test func anUnknownLangIsWrongUsage() throws {
        for args in [["solve", Self.fixture], ["check", Self.fixture, "x.csv"], ["compare", Self.fixture, Self.fixture]] {
            let r = try CLI.run(args + ["--lang", "fr"])
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("unknown language 'fr': use zh or en"), "\(r.stderr)")
        }
        let zh = try CLI.run(["check", Self.fixture, "x.csv", "--lang", "fr"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 64 && zh.stderr.contains("未知语言“fr”"), "\(zh.stderr)")
    }

    @Test func anUnknownLanguageInTheScenarioIsInvalid() throws {
        let (scenario, _) = try Self.folder(language: "fr")
        let r = try CLI.run(["validate", scenario])
        #expect(r.status == 2)
        #expect(r.stderr.contains("scenario.yaml:3:11: error: unknown language 'fr'"), "\(r.stderr)")
    }

    /// One short solve written in both languages: the files people read differ, the machine
    /// files and the file names do not.
    @Test func machineFilesAreByteIdenticalInBothLanguages() throws {
        let scenario = try #require(Workflow.load(Self.fixture).scenario)
        let outcome = try SolveJob.run(scenario, options: SolveOptions(timeLimit: 3, seed: 7))
        let en = CLI.temporaryDirectory(), zh = CLI.temporaryDirectory()
        let enNames = try Workflow.write(outcome, scenario: scenario, to: en.path, language: .en)
        let zhNames = try Workflow.write(outcome, scenario: scenario, to: zh.path, language: .zh)
        #expect(enNames == zhNames)
        let a = try CLI.files(in: en), b = try CLI.files(in: zh)
        for name in ["timetable.csv", "report.json", "solution.json"] { #expect(a[name] == b[name], "\(name) differs") }
        for name in ["by-group.csv", "report.txt"] { #expect(a[name] != b[name], "\(name) is the same") }
    }

    /// `solve --lang zh` as a planner runs it: a Chinese summary, the files written with what
    /// each is for and which to open first, Chinese grids and report, the contract's CSV.
    @Test func solveInChinesePrintsTheFilesWritten() throws {
        let out = CLI.temporaryDirectory()
        let r = try CLI.run(["solve", Self.fixture, "--out", out.path, "--time-limit", "3", "--lang", "zh"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("两个班的小型培训：课表有效，共 "), "\(r.stdout)")
        #expect(r.stdout.contains("已写入 \(out.path)/："))
        #expect(r.stdout.contains("  by-group.csv, by-teacher.csv, by-venue.csv — 各班次、教师、场地的课程表"))
        #expect(r.stdout.contains("  calendars/teachers/ — ") && r.stdout.contains("  calendars/classes/ — "))
        #expect(r.stdout.hasSuffix("请先打开：timetable.xlsx 或 timetable.html\n"), "\(r.stdout)")
        let files = try CLI.files(in: out)
        let grid = String(decoding: try #require(files["by-group.csv"]), as: UTF8.self)
        #expect(grid.contains("\r\n节次,3月10日 星期一,"), "\(grid.prefix(300))")
        #expect(String(decoding: try #require(files["report.txt"]), as: UTF8.self).hasPrefix("排课报告\n"))
        let csv = String(decoding: try #require(files["timetable.csv"]).dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix(SolveCommandTests.contractColumns.joined(separator: ",")))
    }
}
