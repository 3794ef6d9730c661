import Domain
import Foundation
import GLPK
import MIP
import Testing

@testable import Planner

/// What glpsol reports for Models/paike.mod on one data file.
struct GlpsolRun {
    var output: String
    var optimal: Bool
    var objective: Double?
    /// Problem size as glpsol prints it; its rows include the objective row and its
    /// non-zeros the objective's coefficients.
    var rows: Int?, columns: Int?, nonzeros: Int?
    /// The problem glpsol generated, read back from the free MPS file it wrote.
    var generated: IntegerProgram?
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
        let mps = dir.appendingPathComponent("generated.mps")

        let p = Process()
        p.executableURL = URL(fileURLWithPath: glpsol)
        p.arguments = ["--math", model, "--data", dat.path, "--wfreemps", mps.path]
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
        run.generated = try IntegerProgram.read(mpsFile: mps.path)
        return run
    }

    struct HarnessError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

/// Compares two programs up to the order and names of rows and columns: colour refinement on the
/// bipartite row/column graph, starting from each row's bounds and each column's kind, bounds and
/// cost, and refining by the coefficients to neighbours' colours. Equal programs give equal
/// colour counts; any row or column that differs (a coefficient, a bound, a missing term) soon
/// gets a colour of its own.
enum ProgramShape {
    static func value(_ x: Double?) -> String { x.map { String(format: "%.9g", $0) } ?? "*" }
    static func bounds(_ b: IntegerProgram.Bounds) -> String { "[\(value(b.lower)),\(value(b.upper))]" }

    /// Row and column names (with their side, "swift" or "glpsol") whose colour has a different
    /// count in the two programs, at the first round where any does (so the names point at the
    /// rows or columns that differ rather than at their neighbours); empty when the two match.
    static func differences(_ a: IntegerProgram, _ b: IntegerProgram, rounds: Int = 4) -> [String] {
        var ids: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let i = ids[s] { return i }
            ids[s] = ids.count
            return ids.count - 1
        }
        struct Colours { var rows: [Int]; var columns: [Int] }
        func start(_ p: IntegerProgram) -> Colours {
            Colours(
                rows: p.rows.map { intern("row" + bounds($0.bounds)) },
                columns: p.columns.map { intern("col\($0.kind == .continuous ? "C" : "I")\(bounds($0.bounds))\(value($0.cost))") })
        }
        func refine(_ p: IntegerProgram, _ c: Colours) -> Colours {
            var byRow = [[String]](repeating: [], count: p.rows.count)
            var byColumn = [[String]](repeating: [], count: p.columns.count)
            for e in p.entries {
                byRow[e.row].append("\(value(e.value))@\(c.columns[e.column])")
                byColumn[e.column].append("\(value(e.value))@\(c.rows[e.row])")
            }
            return Colours(
                rows: byRow.indices.map { intern("r\(c.rows[$0]):" + byRow[$0].sorted().joined(separator: ",")) },
                columns: byColumn.indices.map { intern("c\(c.columns[$0]):" + byColumn[$0].sorted().joined(separator: ",")) })
        }
        func counts(_ xs: [Int]) -> [Int: Int] { xs.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        func compare(_ ca: Colours, _ cb: Colours) -> [String] {
            var out: [String] = []
            for (kind, na, nb, xa, xb) in [
                ("row", a.rows.map(\.name), b.rows.map(\.name), ca.rows, cb.rows),
                ("column", a.columns.map(\.name), b.columns.map(\.name), ca.columns, cb.columns)
            ] {
                let ka = counts(xa), kb = counts(xb)
                for i in xa.indices where ka[xa[i]] != kb[xa[i]] { out.append("\(kind) \(na[i]) (swift)") }
                for i in xb.indices where ka[xb[i]] != kb[xb[i]] { out.append("\(kind) \(nb[i]) (glpsol)") }
            }
            return out
        }
        var ca = start(a), cb = start(b)
        for round in 0...rounds {
            if round > 0 { ca = refine(a, ca); cb = refine(b, cb) }
            let out = compare(ca, cb)
            if !out.isEmpty { return out }
        }
        return []
    }
}

/// Small scenarios that between them use every family and soft term.
enum MathProgCase: String, CaseIterable, CustomTestStringConvertible {
    case tiny, menu, unmet, teacherLimit, chineseIDs, pooled, selfStudy

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
        case .selfStudy:
            // an online course nobody teaches is self-study: its placements have no teacher (S10);
            // the elective runs twice, so the coverage row sums its choice column over two sessions
            var s = Tiny.scenarioWithMenu()
            s.venues.append(Venue(id: "web", name: "网络课堂", kind: .online, site: nil, capacity: nil))
            s.courses.append(
                Course(
                    id: "reading", title: "网上自学", form: .online, periods: 2, venueRule: VenueRule(kinds: [.online]),
                    topics: [TopicScore(topic: "party", score: 3)]))
            s.groups[1].required.append("reading")
            s.courses[3].periods = 1
            s.courses[3].sessions = 2
            s.courses[3].topics = [TopicScore(topic: "party", score: 2)]
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

    let run = try MathProgHarness.run(data: try MathProgData.text(for: plan))
    #expect(run.optimal, "glpsol did not prove optimality:\n\(run.output)")
    let objective = try #require(run.objective, "no PAIKE_OBJECTIVE line:\n\(run.output)")
    #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "glpsol \(objective), paike \(expected)")

    // Same formulation, not just the same optimum: glpsol builds as many rows, columns and
    // non-zeros as the Swift program has (plus the objective row).
    let program = plan.program
    #expect(run.rows == program.rows.count + 1)
    #expect(run.columns == program.columns.count)
    #expect(run.nonzeros == program.entries.count + program.columns.filter { $0.cost != 0 }.count)
    // and the same rows and columns, coefficient for coefficient, up to order and names
    let generated = try #require(run.generated)
    #expect(generated.objectiveConstant == program.objectiveConstant)
    let differences = ProgramShape.differences(program, generated)
    #expect(differences.isEmpty, "\(differences.count) rows/columns differ, e.g. \(differences.prefix(12).joined(separator: "; "))")
}

@Test func theShapeComparisonSeesOneChangedCoefficient() {
    // guards ProgramShape: the same program matches itself, and a single changed coefficient or bound does not
    let program = Plan(MathProgCase.tiny.scenario).program
    #expect(ProgramShape.differences(program, program).isEmpty)
    var changed = IntegerProgram(name: "changed")
    for c in program.columns { changed.addColumn(c.name, kind: c.kind, bounds: c.bounds, cost: c.cost) }
    var terms = [[(column: Int, value: Double)]](repeating: [], count: program.rows.count)
    for e in program.entries { terms[e.row].append((e.column, e.value)) }
    let victim = program.rows.firstIndex { $0.name.hasPrefix("tload_") }!
    for (i, r) in program.rows.enumerated() {
        changed.addRow(r.name, i == victim ? terms[i].map { ($0.column, $0.value == 2 ? 3 : $0.value) } : terms[i], r.bounds)
    }
    #expect(ProgramShape.differences(program, changed).contains("row \(program.rows[victim].name) (swift)"))
    var bounded = program
    bounded.setBounds(program.columns.firstIndex { $0.name.hasPrefix("load_") }!, .between(0, 99))
    #expect(!ProgramShape.differences(program, bounded).isEmpty)
}

@Test func theUnmetCaseIsPricedAsUnmet() throws {
    // guards the case list: the unmet scenario must actually leave a session out
    let plan = Plan(MathProgCase.unmet.scenario)
    let r = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
    #expect((r.objective ?? 0) >= unmetPenaltyPerPeriod)
}

@Test func theSelfStudyCaseHasPlacementsWithoutTeacher() throws {
    // guards the case list: self-study placements exist, take part in no teacher row, and are held
    let plan = Plan(MathProgCase.selfStudy.scenario)
    let untaught = plan.model.set.placements.filter { $0.teacher == nil }
    #expect(!untaught.isEmpty)
    #expect(untaught.allSatisfy { plan.model.set.activities[$0.activity].course == "reading" })
    let r = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
    let timetable = plan.timetable(from: try #require(r.values))
    #expect(timetable.sessions.contains { $0.course == "reading" && $0.teacher == nil })
    #expect(timetable.unmet.isEmpty)
}

@Test func dataTextIsDeterministicAndASCII() throws {
    let s = MathProgCase.chineseIDs.scenario
    let a = try MathProgData.text(for: Plan(s)), b = try MathProgData.text(for: Plan(s))
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
    ("g1", "'g1'"), ("farm_unit-2", "'farm_unit-2'"), ("一班", "'.4E00..73ED.'"), ("a.b", "'a.2E.b'"), ("it's", "'it.27.s'")
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

/// Cohorts, min_days, over_capacity and venue_changes are not in Models/paike.mod: the data
/// writer refuses them by name rather than write a file whose optimum would differ.
@Test func featuresTheModelLacksAreRefusedByName() throws {
    func refusal(_ edit: (inout TrainingScenario) -> Void) -> [String]? {
        var s = Tiny.scenario()
        edit(&s)
        do { _ = try MathProgData.text(for: Plan(s)); return nil } catch let e as MathProgData.Unsupported { return e.features } catch { return ["\(error)"] }
    }
    #expect(refusal { _ in } == nil)
    let g = Tiny.scenario().groups.map(\.id)
    #expect(refusal { $0.cohorts = [Cohort(id: "dual", name: "双重", groups: [g[0], g[1]])] } == ["cohorts ('dual')"])
    #expect(
        refusal {
            $0.courses[0].minDays = 2; $0.courses[0].sessions = 2
        } == ["min_days (course '\(Tiny.scenario().courses[0].id)')"])
    // min_days 1 asks nothing, and spread 0 prices nothing: both leave the program as the model states it
    #expect(refusal { $0.courses[0].minDays = 1 } == nil)
    #expect(
        refusal {
            $0.courses[0].minDays = 2; $0.courses[0].sessions = 2; $0.objective.spread = 0
        } == nil)
    #expect(refusal { $0.objective.overCapacity = 0 } == ["objective.over_capacity (0)"])
    #expect(refusal { $0.objective.venueChanges = 1 } == ["objective.venue_changes (1)"])
    #expect(
        refusal {
            $0.objective.venueChanges = 0; $0.objective.isolated = 7
        } == nil)
    let all = try #require(
        refusal {
            $0.cohorts = [Cohort(id: "c", name: "c", groups: g)]; $0.objective.overCapacity = 1.5; $0.objective.venueChanges = 2
        })
    #expect(all == ["cohorts ('c')", "objective.over_capacity (1.5)", "objective.venue_changes (2)"])
    #expect(
        MathProgData.Unsupported(features: all).description.hasPrefix(
            "the MathProg model (Models/paike.mod) does not model cohorts ('c'), objective.over_capacity (1.5)"))
}
