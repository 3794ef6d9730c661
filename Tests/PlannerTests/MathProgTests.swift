import Testing
import Foundation
import Domain
import GLPK
import MIP
@testable import Planner

/// What glpsol reports for Models/paike.mod on one data file.
struct GlpsolRun {
    var output: String
    var optimal: Bool
    var objective: Double?
    /// Problem size as glpsol prints it; its rows include the objective row and its
    /// non-zeros the objective's coefficients.
    var rows: Int?, columns: Int?, nonzeros: Int?
}

enum MathProgHarness {
    static let glpsol = "/usr/bin/glpsol"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let model = root.appendingPathComponent("Models/paike.mod").path

    static func run(data: String) throws -> GlpsolRun {
        guard FileManager.default.isExecutableFile(atPath: glpsol) else {
            throw HarnessError("glpsol not found at \(glpsol): install Debian's glpk-utils to check Models/paike.mod")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("paike-mathprog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let dat = dir.appendingPathComponent("scenario.dat")
        try data.write(to: dat, atomically: true, encoding: .utf8)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: glpsol)
        p.arguments = ["--math", model, "--data", dat.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw HarnessError("glpsol exited with \(p.terminationStatus):\n\(out)") }

        var run = GlpsolRun(output: out, optimal: out.contains("INTEGER OPTIMAL SOLUTION FOUND"))
        for line in out.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "PAIKE_OBJECTIVE", words.count == 2 { run.objective = Double(words[1]) }
            // "123 rows, 456 columns, 789 non-zeros" (first one: the problem as generated)
            if run.rows == nil, words.count == 6, words[1] == "rows,", words[3] == "columns,", words[5] == "non-zeros" {
                run.rows = Int(words[0]); run.columns = Int(words[2]); run.nonzeros = Int(words[4])
            }
        }
        return run
    }

    struct HarnessError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

/// Small scenarios that between them use every family and soft term.
enum MathProgCase: String, CaseIterable, CustomTestStringConvertible {
    case tiny, menu, unmet, teacherLimit, chineseIDs, pooled

    var testDescription: String { rawValue }

    var scenario: TrainingScenario {
        switch self {
        case .tiny: return Tiny.scenario()
        case .menu: return Tiny.scenarioWithMenu()
        case .unmet:
            // the hall holds 50 and the 60-strong group has nowhere to take its joint first course
            var s = Tiny.scenario(groupSizes: (60, 30), hallCapacity: 50)
            s.venues.removeAll { $0.id == "room1" }
            return s
        case .teacherLimit:
            var s = Tiny.scenarioWithTeacherLimit()
            s.teachers[0].maxPeriods = 4
            return s
        case .chineseIDs:
            // ids outside ASCII must reach glpsol as ASCII symbols and still mean one thing each
            var s = Tiny.scenario()
            s.groups[0].id = "乡镇班子一班"
            s.groups[1].id = "村书记 班"
            return s
        case .pooled:
            // two identical rooms form one pool of 2; an online venue; a group with no home site;
            // compactness weighed 0, so its term is left out
            var s = Tiny.scenarioWithMenu()
            s.venues.append(Venue(id: "room2", name: "二教室", kind: .partySchool, site: "school", capacity: 50))
            s.venues.append(Venue(id: "web", name: "网络课堂", kind: .online, site: nil, capacity: nil))
            s.courses[3].venueRule = VenueRule(kinds: [.online])
            s.groups[1].site = nil
            s.objective.compactness = 0
            return s
        }
    }
}

@Test(arguments: MathProgCase.allCases)
func glpsolOnTheMathProgModelReachesPaikesOptimum(_ c: MathProgCase) throws {
    let plan = Plan(c.scenario)
    let paike = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
    #expect(paike.status == .optimal)
    let expected = try #require(paike.objective)

    let run = try MathProgHarness.run(data: MathProgData.text(for: plan))
    #expect(run.optimal, "glpsol did not prove optimality:\n\(run.output)")
    let objective = try #require(run.objective, "no PAIKE_OBJECTIVE line:\n\(run.output)")
    #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "glpsol \(objective), paike \(expected)")

    // Same formulation, not just the same optimum: glpsol builds as many rows, columns and
    // non-zeros as the Swift program has (plus the objective row).
    let program = plan.program
    #expect(run.rows == program.rows.count + 1)
    #expect(run.columns == program.columns.count)
    #expect(run.nonzeros == program.entries.count + program.columns.filter { $0.cost != 0 }.count)
}

@Test func theUnmetCaseIsPricedAsUnmet() throws {
    // guards the case list: the unmet scenario must actually leave a session out
    let plan = Plan(MathProgCase.unmet.scenario)
    let r = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
    #expect((r.objective ?? 0) >= unmetPenaltyPerPeriod)
}

@Test func dataTextIsDeterministicAndASCII() {
    let s = MathProgCase.chineseIDs.scenario
    let a = MathProgData.text(for: Plan(s)), b = MathProgData.text(for: Plan(s))
    #expect(a == b)
    // Chinese stays in comments only; every line outside a comment is ASCII
    for line in a.split(separator: "\n") {
        let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let ascii = code.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "\(line)")
    }
    #expect(a.contains("小测试"))
}

@Test(arguments: [
    ("g1", "'g1'"), ("farm_unit-2", "'farm_unit-2'"), ("一班", "'.4E00..73ED.'"), ("a.b", "'a.2E.b'"), ("it's", "'it.27.s'"),
])
func symbolsAreQuotedASCII(_ id: String, _ expected: String) {
    #expect(MathProgData.symbol(id) == expected)
}

@Test func longSymbolsStayWithinMathProgsLimitAndApart() {
    let a = String(repeating: "乡", count: 40), b = a + "村"
    let sa = MathProgData.symbol(a), sb = MathProgData.symbol(b)
    #expect(sa.count <= 100 && sb.count <= 100)
    #expect(sa != sb)
}
