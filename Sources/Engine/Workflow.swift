import Domain
import Exporters
import Foundation
import GLPK
import MIP
import Planner
import Scenario

public enum ExportFormat: String, CaseIterable, Sendable {
    case mps, lp, mathprog
}

/// The steps the command line strings together, kept here so tests and `compare` use the same code.
public enum Workflow {
    public struct Loaded: Sendable {
        public var scenario: TrainingScenario?
        /// Every diagnostic, rendered with source lines and carets (empty when clean).
        public var rendered: String
    }

    public static func load(_ path: String) -> Loaded {
        let l = ScenarioLoader.load(path: path)
        return Loaded(scenario: l.hasErrors ? nil : l.scenario, rendered: l.diagnostics.isEmpty ? "" : l.renderedDiagnostics())
    }

    /// Writes every timetable file into `directory` at once: temporaries first, then renames.
    public static func write(_ outcome: SolveOutcome, scenario: TrainingScenario, to directory: String) throws {
        let files = TimetableExport.files(scenario: scenario, timetable: outcome.timetable, summary: outcome.summary)
        try OutputWriter(directory: URL(fileURLWithPath: directory)).write(files)
    }

    /// compare.csv and compare.md, and each scenario's timetable files in its own folder
    /// (`1-wensu/`, `2-hall_closed_week1/` …) with changes.csv against the base for variants.
    public static func writeComparison(_ columns: [CompareColumn], to directory: String) throws {
        var files: [String: Data] = [:]
        files["compare.csv"] = CSV.document(CompareJob.rows(columns))
        files["compare.md"] = Data(CompareJob.markdown(columns).utf8)
        for (i, c) in columns.enumerated() {
            let stem = URL(fileURLWithPath: c.file).deletingPathExtension().lastPathComponent
            let folder = "\(i + 1)-\(stem)"
            for (name, data) in TimetableExport.files(scenario: c.scenario, timetable: c.outcome.timetable, summary: c.outcome.summary) {
                files["\(folder)/\(name)"] = data
            }
            if i > 0 {
                files["\(folder)/changes.csv"] = Changes.byGroup(c.moves, scenario: c.scenario)
                files["\(folder)/changes-by-teacher.csv"] = Changes.byTeacher(c.moves, scenario: c.scenario)
                files["\(folder)/changes-by-venue.csv"] = Changes.byVenue(c.moves, scenario: c.scenario)
            }
        }
        try OutputWriter(directory: URL(fileURLWithPath: directory)).write(files)
    }

    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try OutputWriter(directory: url.deletingLastPathComponent()).write([url.lastPathComponent: data])
    }

    public static func summaryLine(_ o: SolveOutcome, out: String) -> String {
        let s = o.summary
        let status: String
        switch s.status {
        case .valid: status = "valid timetable"
        case .unmet: status = "timetable with \(o.timetable.unmet.count) unmet requirement(s)"
        case .none: status = "no timetable"
        }
        var line = "\(s.scenarioName): \(status), \(o.timetable.sessions.count) sessions"
        if let obj = s.objective { line += String(format: ", objective %.1f", obj) }
        if s.optimal { line += " (optimal)" } else if let g = s.gap { line += String(format: " (gap %.2f%%)", g * 100) }
        if s.status != .none || !o.timetable.sessions.isEmpty { line += " → \(out)/" }
        return line
    }

    public static func describe(_ u: UnmetRequirement, in s: TrainingScenario) -> String {
        let course = s.course(u.course)?.title ?? u.course.rawValue
        let group = s.group(u.group)?.name ?? u.group.rawValue
        var what = "\(group) [\(u.group)] · \(course) [\(u.course)]"
        if u.occurrence > 1 { what += " #\(u.occurrence)" }
        if let seg = u.segment { what += " · \(seg.chinese) (\(seg.rawValue))" }
        return "\(what): \(u.reason) [\(u.rule)]"
    }

    public static func explanation(_ o: SolveOutcome, scenario s: TrainingScenario) -> String {
        if o.summary.status == .none && o.timetable.sessions.isEmpty {
            return "\(s.name): no timetable was found within the time limit, so nothing can be said about single requirements; give the solver more time (--time-limit)."
        }
        if o.timetable.unmet.isEmpty { return "\(s.name): every requirement can be met; no rule conflicts." }
        var lines = ["\(s.name): \(o.timetable.unmet.count) requirement(s) cannot be met together with the rest:"]
        for u in o.timetable.unmet { lines.append("  - " + describe(u, in: s)) }
        let rules = Dictionary(grouping: o.timetable.unmet, by: \.rule).sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        let byRule = rules.map { rule, list -> String in
            let forbids = allConstraintFamilies.first { $0.name == rule }?.forbids ?? ""
            return "  \(rule) (\(list.count)): \(forbids)"
        }
        lines.append("Rules involved:")
        lines += byRule
        return lines.joined(separator: "\n")
    }

    public struct CheckResult: Sendable {
        public var sessions: Int
        public var unmet: Int
        public var violations: [String]
        /// The solver's objective for this timetable (the same terms and weights as `paike solve`).
        public var objective: Double
    }

    /// Re-reads a timetable.csv and checks every hard rule with the families' own checks.
    public static func check(scenario: TrainingScenario, timetablePath: String) throws -> CheckResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: timetablePath))
        let timetable: Timetable
        do { timetable = try TimetableCSV.read(data: data, scenario: scenario) } catch { throw CheckFailure(text: error.diagnostics(path: timetablePath)) }
        // Unmet requirements are not in the CSV: a sibling report.json lists them.
        var t = timetable
        t.unmet = unmetListed(near: timetablePath)
        // The terms measure the timetable itself: no need to build the program to price it.
        let facts = TimetableFacts(context: PlanningContext(scenario), timetable: t)
        let objective = facts.objectiveTerms().reduce(0) { $0 + $1.weighted }
        return CheckResult(sessions: t.sessions.count, unmet: t.unmet.count, violations: facts.allViolations().map(\.description),
                           objective: objective)
    }

    /// A published timetable.csv read against the scenario being re-planned.
    public static func readPublished(_ path: String, scenario: TrainingScenario) throws -> Timetable {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CheckFailure(text: "\(path): error: cannot read the published timetable — give the timetable.csv that paike solve wrote")
        }
        do { return try TimetableCSV.read(data: data, scenario: scenario) } catch { throw CheckFailure(text: error.diagnostics(path: path)) }
    }

    struct CheckFailure: Error, CustomStringConvertible { var text: String; var description: String { text } }

    /// Unmet requirements recorded in `solution.json` beside a timetable.csv, if there is one.
    static func unmetListed(near csvPath: String) -> [UnmetRequirement] {
        let url = URL(fileURLWithPath: csvPath).deletingLastPathComponent().appendingPathComponent("solution.json")
        guard let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let unmet = json["unmet"] as? [[String: Any]] else { return [] }
        return unmet.compactMap { u in
            guard let g = u["group"] as? String, let c = u["course"] as? String else { return nil }
            return UnmetRequirement(group: .init(g), course: .init(c), occurrence: u["occurrence"] as? Int ?? 1,
                                    segment: (u["segment"] as? String).flatMap(SegmentKind.init(rawValue:)),
                                    rule: u["rule"] as? String ?? "", reason: u["reason"] as? String ?? "", periods: u["periods"] as? Int ?? 0)
        }
    }

    /// Why `format` cannot express `s` (the MathProg model lacks cohorts, min_days, soft capacity
    /// and venue changes), or nil; checked before any program is built.
    public static func exportRefusal(_ s: TrainingScenario, format: ExportFormat) -> String? {
        guard format == .mathprog else { return nil }
        let missing = MathProgData.unsupported(in: s)
        return missing.isEmpty ? nil : MathProgData.Unsupported(features: missing).description
    }

    public static func export(_ s: TrainingScenario, format: ExportFormat) throws -> Data {
        let plan = Plan(s)
        switch format {
        case .mathprog:
            return Data(try MathProgData.text(for: plan).utf8)
        case .mps, .lp:
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("paike-export-\(getpid())-\(UUID().uuidString).\(format.rawValue)")
            defer { try? FileManager.default.removeItem(at: tmp) }
            try GLPK.write(plan.program, format == .mps ? .freeMPS : .cplexLP, to: tmp.path)
            return try Data(contentsOf: tmp)
        }
    }
}
