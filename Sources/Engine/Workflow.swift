import Domain
import Exporters
import Foundation
import GLPK
import MIP
import Planner
import Scenario
import Texts

public enum ExportFormat: String, CaseIterable, Sendable {
    case mps, lp, mathprog
}

/// The steps the command line strings together, kept here so tests and `compare` use the same code.
public enum Workflow {
    /// From now on SIGINT and SIGTERM stop the solve at its next check instead of the process;
    /// a second signal ends the process at once.
    public static func stopOnSignals() { Interruption.install() }
    /// The signal that stopped the solve, if one did.
    public static var interruptingSignal: Int32? { Interruption.signalReceived }

    /// The model size refused unless `--max-memory` says otherwise: the same on every machine.
    public static let defaultMaxModelBytes = ModelSize.defaultLimitBytes

    public struct Loaded: Sendable {
        public var scenario: TrainingScenario?
        /// Every diagnostic, rendered with source lines and carets (empty when clean).
        public var rendered: String
    }

    public static func load(_ path: String, maxModelBytes: Int = ModelSize.defaultLimitBytes) -> Loaded {
        load(path, wording: .english, maxModelBytes: maxModelBytes)
    }

    /// Loads and validates a scenario, with the messages that come from the catalogue in
    /// `wording`'s language; one whose model would exceed `maxModelBytes` (estimated before
    /// anything is built) is refused like any invalid scenario, at the setting that makes it large.
    public static func load(_ path: String, wording: Wording, maxModelBytes: Int = ModelSize.defaultLimitBytes) -> Loaded {
        var l = ScenarioLoader.load(path: path, wording: wording)
        if !l.hasErrors, let s = l.scenario, let tooLarge = modelTooLarge(s, l.sourceMap, limit: maxModelBytes) {
            l.diagnostics.append(tooLarge)
        }
        return Loaded(scenario: l.hasErrors ? nil : l.scenario, rendered: l.diagnostics.isEmpty ? "" : l.renderedDiagnostics())
    }

    static func modelTooLarge(_ s: TrainingScenario, _ map: SourceMap, limit: Int) -> Diagnostic? {
        let size = ModelSize(s)
        guard size.estimatedBytes > limit else { return nil }
        let days = s.calendar.teachingDays.count
        let gib = { (b: Int) in
            b >= 1 << 30
                ? String(format: "%.1f GiB", Double(b) / Double(1 << 30))
                : b >= 1 << 20 ? "\(b >> 20) MiB" : "\(max(1, b >> 10)) KiB"
        }
        var notes = size.largest.map { "group '\($0.group)': \($0.placements) candidate placements" }
        notes.append("\(days) teaching days × \(s.calendar.periods.count) periods a day; \(size.peakPlacements) placements in memory at once")
        let fallback = SourceLocation(file: map.files.first ?? "", line: 1, column: 1)
        // A long calendar is the usual cause (a typo in a year); otherwise the largest group.
        let longCalendar = s.calendar.end.ordinal - s.calendar.start.ordinal > 366
        let at =
            longCalendar
            ? (map.location(ofSingleton: "calendar", field: "end") ?? fallback)
            : size.largest.first.flatMap { map.location(of: "groups", id: $0.group.rawValue) } ?? fallback
        return Diagnostic(
            .error, at: at,
            "the timetable model would take about \(gib(size.estimatedBytes)), more than the \(gib(limit)) allowed",
            code: .tooLarge,
            hint: longCalendar
                ? "the calendar runs from \(s.calendar.start) to \(s.calendar.end); check the years"
                : "split the programme, narrow venue kinds or teachers, or raise --max-memory",
            notes: notes)
    }

    /// Replaces the folder's timetable files as one set (see `OutputFolder`).
    /// Returns the names written (relative to `directory`), sorted, for `FileGuide`.
    @discardableResult
    public static func write(
        _ outcome: SolveOutcome, scenario: TrainingScenario, to directory: String,
        language: Language = .en
    ) throws -> [String] {
        let files = TimetableExport.files(scenario: scenario, timetable: outcome.timetable, summary: outcome.summary, language: language)
        try OutputFolder(directory: URL(fileURLWithPath: directory)).replace(with: files)
        return files.keys.sorted()
    }

    /// What a solve prints after writing: the folder, each file or group with what it is for, and
    /// which to open first, for the files actually written.
    public static func filesWritten(_ names: [String], folder: String, language: Language = .en) -> String {
        FileGuide.lines(names, folder: folder, language: language).joined(separator: "\n")
    }

    /// compare.csv and compare.md, and each scenario's timetable files in its own folder
    /// (`1-wensu/`, `2-hall_closed_week1/` …) with changes.csv against the base for variants.
    public static func writeComparison(_ columns: [CompareColumn], to directory: String, language: Language = .en) throws {
        var files: [String: Data] = [:]
        files["compare.csv"] = CSV.document(CompareJob.rows(columns, language: language))
        files["compare.md"] = Data(CompareJob.markdown(columns, language: language).utf8)
        for (i, c) in columns.enumerated() {
            let stem = URL(fileURLWithPath: c.file).deletingPathExtension().lastPathComponent
            let folder = "\(i + 1)-\(stem)"
            for (name, data) in TimetableExport.files(
                scenario: c.scenario, timetable: c.outcome.timetable, summary: c.outcome.summary,
                language: language)
            {
                files["\(folder)/\(name)"] = data
            }
            if i > 0 {
                files["\(folder)/changes.csv"] = Changes.byGroup(c.moves, scenario: c.scenario, language: language)
                files["\(folder)/changes-by-teacher.csv"] = Changes.byTeacher(c.moves, scenario: c.scenario, language: language)
                files["\(folder)/changes-by-venue.csv"] = Changes.byVenue(c.moves, scenario: c.scenario, language: language)
            }
        }
        try OutputFolder(directory: URL(fileURLWithPath: directory)).replace(with: files)
    }

    /// Refuses, before solving, an output folder that holds files paike did not write.
    public static func checkOutputFolder(_ directory: String) throws {
        try OutputFolder(directory: URL(fileURLWithPath: directory)).checkBeforeWriting()
    }

    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try OutputWriter(directory: url.deletingLastPathComponent()).write([url.lastPathComponent: data])
    }

    /// The one line a solve prints: scenario, status, sessions, objective, gap, where the files went.
    public static func summaryLine(_ o: SolveOutcome, out: String, language: Language = .en) -> String {
        let w = Wording(language)
        let s = o.summary
        let status: String
        switch s.status {
        case .valid: status = w("cli.status.valid")
        case .unmet: status = w("cli.status.unmet", o.timetable.unmet.count)
        case .none: status = w("cli.status.none")
        }
        var line = w("cli.summary", s.scenarioName, status, o.timetable.sessions.count)
        if let obj = s.objective { line += w("cli.objective", String(format: "%.1f", obj)) }
        if s.optimal { line += w("cli.optimal") } else if let g = s.gap { line += w("cli.gap", String(format: "%.2f", g * 100)) }
        if s.status != .none || !o.timetable.sessions.isEmpty { line += " → \(out)/" }
        return line
    }

    /// Unmet requirements `paike solve` prints; the rest are in report.txt.
    public static let unmetShown = 30

    /// What `paike solve` prints of the unmet list: a long one (a run cut by the clock) is in
    /// report.txt, the terminal shows its head and how many more.
    public static func unmetLines(_ unmet: [UnmetRequirement], scenario s: TrainingScenario, language: Language = .en) -> [String] {
        let w = Wording(language)
        var lines = unmet.prefix(unmetShown).map { w("cli.unmet", describe($0, in: s, language: language)) }
        if unmet.count > unmetShown { lines.append(w("cli.unmetMore", unmet.count - unmetShown)) }
        return lines
    }

    /// An unmet requirement in one line: who, what, why, and the rule.
    public static func describe(_ u: UnmetRequirement, in s: TrainingScenario, language: Language = .en) -> String {
        let w = Wording(language)
        let course = s.course(u.course)?.title ?? u.course.rawValue
        let group = s.group(u.group)?.name ?? u.group.rawValue
        var what = "\(group) [\(u.group)] · \(course) [\(u.course)]"
        if u.occurrence > 1 { what += " #\(u.occurrence)" }
        if let seg = u.segment { what += language == .en ? " · \(seg.chinese) (\(seg.rawValue))" : " · " + w("segment.\(seg.rawValue)") }
        // A requirement no rule blocked (the clock came first) names no rule.
        return u.rule == nil ? w("cli.unmetLineNoRule", what, u.reason) : w("cli.unmetLine", what, u.reason, w.rule(u.ruleName))
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
        do { timetable = try TimetableCSV.read(data: data, scenario: scenario, strict: true) } catch {
            throw CheckFailure(text: error.diagnostics(path: timetablePath))
        }
        // Unmet requirements are not in the CSV: a sibling report.json lists them.
        var t = timetable
        t.unmet = unmetListed(near: timetablePath)
        // Hosts of shadowing placements, when placements.csv sits beside the timetable.
        let hostsURL = URL(fileURLWithPath: timetablePath).deletingLastPathComponent().appendingPathComponent("placements.csv")
        if let hosts = try? Data(contentsOf: hostsURL) {
            do { try PlacementsCSV.read(data: hosts, scenario: scenario, into: &t) } catch { throw CheckFailure(text: error.diagnostics(path: hostsURL.path)) }
        }
        // The terms measure the timetable itself: no need to build the program to price it.
        let facts = TimetableFacts(context: PlanningContext(scenario), timetable: t)
        let objective = facts.objectiveTerms().reduce(0) { $0 + $1.weighted }
        return CheckResult(
            sessions: t.sessions.count, unmet: t.unmet.count, violations: facts.allViolations().map(\.description),
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
            let unmet = json["unmet"] as? [[String: Any]]
        else { return [] }
        return unmet.compactMap { u in
            guard let g = u["group"] as? String, let c = u["course"] as? String else { return nil }
            return UnmetRequirement(
                group: .init(g), course: .init(c), occurrence: u["occurrence"] as? Int ?? 1,
                segment: (u["segment"] as? String).flatMap(SegmentKind.init(rawValue:)),
                rule: (u["rule"] as? String).flatMap(RuleName.init(rawValue:)), reason: u["reason"] as? String ?? "", periods: u["periods"] as? Int ?? 0)
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
        // With shadowing placements, the timetable's program around the blocks chosen first, as solved.
        let plan = Plan(try PlacementPhase.around(s))
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
