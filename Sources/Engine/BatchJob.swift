import Domain
import Exporters
import Foundation
import GLPK
import Texts

/// `--shard I/N`: of a list of files, the ones whose 0-based position p has p % N == I − 1, so
/// every node of a job array runs the same command line and takes its own share.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i; count = n
    }

    public func selects(_ position: Int) -> Bool { position % count == index - 1 }
    public var description: String { "\(index)/\(count)" }
}

/// How a batch runs: the solve options of every scenario, and how many scenarios solve at once.
public struct BatchOptions: Sendable {
    public var solve: SolveOptions
    public var workers: Int
    /// Start lines and the solver's own progress lines (finish lines are always given).
    public var progress: Bool
    /// The language of each scenario's files (its own `language:` unless `--lang` says otherwise)
    /// and, without a scenario, of the lines printed for the whole batch.
    public var language: LanguageChoice
    public init(solve: SolveOptions, workers: Int = 1, progress: Bool = false, language: LanguageChoice = LanguageChoice()) {
        self.solve = solve; self.workers = workers; self.progress = progress; self.language = language
    }
}

/// One row of `summary.csv`: a scenario as its folder's report.json tells it, so a batch run and
/// `paike summarize` over the same folders give the same bytes.
public struct SummaryRecord: Sendable, Equatable {
    /// The scenario's folder under the output folder.
    public var folder: String
    public var file: String
    /// 0-based position in the whole list and the list's length (nil for a plain `paike solve` folder).
    public var position: Int?
    public var count: Int?
    public var scenario: String
    /// `valid`, `unmet`, `none`, or, written by batches only, `invalid` and `failure`.
    public var status: String
    public var meaning: String
    public var exitCode: Int32
    public var objective, bound, gap: Double?
    public var sessions: Int?
    public var unmet: Int?
    public var amounts: [String: Double]
    public var metShare: Double?
    public var teacherUse, venueUse: Double?
    public var daysUsed: Int?
}

public enum BatchJob {
    // MARK: the list of files

    /// One folder name per file: the file's name without extension; a name already taken gets
    /// `-2`, `-3` … (the first free one), decided over the whole list so every shard agrees.
    public static func folders(for files: [String]) -> [String] {
        let stems = files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        let taken = Set(stems)
        var used = Set<String>()
        return stems.map { stem in
            var name = stem
            if used.contains(name) {
                var k = 2
                while taken.contains("\(stem)-\(k)") || used.contains("\(stem)-\(k)") { k += 1 }
                name = "\(stem)-\(k)"
            }
            used.insert(name)
            return name
        }
    }

    /// `--files-from`: one path per line; blank lines and lines starting with `#` are skipped,
    /// and a `#` after a blank starts a comment. Paths are taken as written (relative to the
    /// current folder, like the command line's own).
    public static func readList(_ path: String) throws -> [String] {
        let text: String
        do { text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) } catch {
            throw BatchError.cannotRead(path, "\(error.localizedDescription)")
        }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).compactMap { raw in
            var line = Substring(raw)
            if line.hasPrefix("#") { return nil }
            if let r = line.range(of: " #") ?? line.range(of: "\t#") { line = line[..<r.lowerBound] }
            let path = line.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? nil : path
        }
    }

    public enum BatchError: Error, CustomStringConvertible {
        case cannotRead(String, String)
        public var description: String {
            switch self {
            case let .cannotRead(p, why): "\(p): error: cannot read the list of scenario files: \(why)"
            }
        }
    }

    // MARK: running

    /// Solves the files at `positions` (in the whole list `files`), `workers` at a time, writing
    /// each into `out/<folder>/`. Returns one record per position, in the order of `positions`.
    /// `log` gets whole lines (diagnostics, progress, one finish line per scenario) from any thread.
    public static func run(
        files: [String], positions: [Int], out: String, options: BatchOptions,
        log: @escaping @Sendable (String) -> Void
    ) -> [SummaryRecord] {
        let folders = folders(for: files)
        let queue = WorkQueue(positions)
        let workers = max(1, min(options.workers, positions.count))
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                // GLPK keeps its environment per thread: free it before the thread ends.
                defer { GLPK.releaseEnvironment(); finished.signal() }
                while let p = queue.next() {
                    let r = solveOne(file: files[p], position: p, count: files.count, folder: folders[p], out: out, options: options, log: log)
                    queue.store(r, at: p)
                }
            }
            // The same stack as the main thread: the solver recurses on large models.
            thread.stackSize = 8 << 20
            thread.start()
        }
        for _ in 0..<workers { finished.wait() }
        return positions.map { queue.result(at: $0)! }
    }

    /// Positions still to solve and records done, shared by the workers.
    final class WorkQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var pending: [Int]
        private var done: [Int: SummaryRecord] = [:]
        init(_ positions: [Int]) { pending = positions.reversed() }
        func next() -> Int? { lock.withLock { pending.popLast() } }
        func store(_ r: SummaryRecord, at p: Int) { lock.withLock { done[p] = r } }
        func result(at p: Int) -> SummaryRecord? { lock.withLock { done[p] } }
    }

    static func solveOne(
        file: String, position: Int, count: Int, folder: String, out: String, options: BatchOptions,
        log: @escaping @Sendable (String) -> Void
    ) -> SummaryRecord {
        let dir = URL(fileURLWithPath: out).appendingPathComponent(folder)
        let shown = "\(out)/\(folder)"
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let place = StoppedReport.Place(file: file, position: position, count: count)
        // Lines for the whole batch speak one language: the option's, else the locale's.
        let w = Wording(options.language.language(for: nil))
        if options.progress { log(w("cli.batch.solving", folder, file)) }

        let loaded = Workflow.load(file)
        if !loaded.rendered.isEmpty { log(loaded.rendered) }
        guard let scenario = loaded.scenario else {
            log(w("cli.batch.invalid", folder, shown))
            return stopped(.invalid, name: stem, diagnostics: loaded.rendered, place: place, folder: folder, dir: dir, log: log)
        }
        var reporter: (@Sendable (SolveProgress) -> Void)? = nil
        if options.progress { reporter = { p in log("\(folder): \(p.line)") } }
        let outcome: SolveOutcome
        do { outcome = try SolveJob.run(scenario, options: options.solve, progress: reporter) } catch {
            log("\(folder): \(file): error: \(error)")
            return stopped(.failure, name: scenario.name, diagnostics: "\(file): error: \(error)\n", place: place, folder: folder, dir: dir, log: log)
        }
        let m = Indicators(scenario: scenario, outcome: outcome)
        let entry = BatchEntry(
            file: file, position: position, count: count, metShare: m.metShare,
            teacherUtilisation: m.teacherUse, venueUtilisation: m.venueUse, daysUsed: m.daysUsed)
        var files = TimetableExport.files(
            scenario: scenario, timetable: outcome.timetable, summary: outcome.summary, batch: entry,
            language: options.language.language(for: scenario))
        // As `paike solve`: no timetable at all leaves earlier timetable files alone; the report says why.
        if outcome.summary.status == .none && outcome.timetable.sessions.isEmpty {
            files = files.filter { $0.key == "report.json" || $0.key == "report.txt" }
        }
        for v in outcome.summary.violations { log("\(folder): internal error: the timetable breaks a rule: \(v)") }
        do {
            // Nothing found: the earlier timetable stays and only the reports are updated.
            if outcome.summary.status == .none && outcome.timetable.sessions.isEmpty {
                try OutputWriter(directory: dir).write(files)
            } else {
                try OutputFolder(directory: dir).replace(with: files)
            }
        } catch {
            log("\(shown): error: \(error)")
            return stopped(.failure, name: scenario.name, diagnostics: "\(shown): error: \(error)\n", place: place, folder: folder, dir: dir, log: log)
        }
        log("\(folder): " + Workflow.summaryLine(outcome, out: shown, language: w.language))
        guard let record = SummaryRecord(reportJSON: files["report.json"]!, folder: folder) else {
            preconditionFailure("report.json written by this build must read back")
        }
        return record
    }

    enum Stop: String { case invalid, failure }

    /// report.json (and diagnostics.txt) for a scenario that was not solved, so its row survives
    /// a gather with `paike summarize`. Writing it may fail too; the row is returned either way.
    static func stopped(
        _ stop: Stop, name: String, diagnostics: String, place: StoppedReport.Place, folder: String, dir: URL,
        log: @Sendable (String) -> Void
    ) -> SummaryRecord {
        let report = StoppedReport(
            scenario: name, status: stop.rawValue, statusMeaning: meaning(stop), exitCode: Int(exitCode(stop)),
            diagnostics: diagnostics, batch: place)
        let json = report.json()
        do { try OutputWriter(directory: dir).write(["report.json": json, "diagnostics.txt": Data(diagnostics.utf8)]) } catch {
            log("\(dir.path): error: \(error)")
        }
        return SummaryRecord(reportJSON: json, folder: folder)!
    }

    static func meaning(_ stop: Stop) -> String {
        switch stop {
        case .invalid: "invalid: the scenario file has errors (diagnostics.txt); nothing was solved"
        case .failure: "failure: the solver or the writing of the files failed (diagnostics.txt)"
        }
    }

    static func exitCode(_ stop: Stop) -> Int32 { (stop == .invalid ? ExitStatus.invalid : .failure).rawValue }

    // MARK: gathering

    /// Every `<dir>/*/report.json`, in list order: records with a batch position by position,
    /// then plain `paike solve` folders by folder name. `problems` lists reports that do not read
    /// and positions of a list that no folder holds.
    public static func gather(_ dirs: [String]) -> (records: [SummaryRecord], problems: [String]) {
        var found: [(key: (Int, Int, Int, String), record: SummaryRecord)] = []
        var problems: [String] = []
        let fm = FileManager.default
        for (d, dir) in dirs.enumerated() {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
                problems.append("\(dir): error: cannot read the folder")
                continue
            }
            for name in names.sorted() {
                let path = "\(dir)/\(name)/report.json"
                guard fm.fileExists(atPath: path) else { continue }
                guard let data = fm.contents(atPath: path), var r = SummaryRecord(reportJSON: data, folder: name) else {
                    problems.append("\(path): error: not a report.json written by paike solve")
                    continue
                }
                if r.position == nil { r.file = "\(dir)/\(name)" }
                found.append(((r.position == nil ? 1 : 0, r.position ?? 0, d, name), r))
            }
        }
        found.sort { $0.key < $1.key }
        let records = found.map(\.record)
        if let count = records.compactMap(\.count).max() {
            let have = Set(records.compactMap(\.position))
            let missing = (0..<count).filter { !have.contains($0) }
            if !missing.isEmpty {
                problems.append(
                    "missing \(missing.count) of \(count) scenarios (no report.json for list position(s) "
                        + missing.map { String($0 + 1) }.joined(separator: ", ") + ")")
            }
            var seen = Set<Int>()
            for p in records.compactMap(\.position) where !seen.insert(p).inserted {
                problems.append("list position \(p + 1) appears in more than one folder")
            }
        }
        return (records, problems)
    }

    // MARK: the summary

    public static func rows(_ records: [SummaryRecord]) -> [[String]] {
        let pct = Cell.pct, num = Cell.num
        func or<T>(_ x: T?, _ f: (T) -> String) -> String { x.map(f) ?? "—" }
        let terms = Indicators.terms
        var rows: [[String]] = [
            [
                "#", "file", "folder", "scenario", "status", "exit code", "meaning", "objective", "bound", "gap",
                "sessions", "unmet requirements"
            ]
                + terms.map { "\($0.name) (\($0.unit))" }
                + [Indicators.metShareLabel, Indicators.teacherUseLabel, Indicators.venueUseLabel, Indicators.daysUsedLabel]
        ]
        for r in records {
            let solved = r.sessions != nil
            rows.append(
                [
                    or(r.position) { String($0 + 1) }, r.file, r.folder, r.scenario, r.status, String(r.exitCode), r.meaning,
                    or(r.objective, num), or(r.bound, num), or(r.gap, pct), or(r.sessions, String.init), or(r.unmet, String.init)
                ]
                    + terms.map { t in solved ? num(r.amounts[t.name] ?? 0) : "—" }
                    + [solved ? pct(r.metShare) : "—", or(r.teacherUse, pct), or(r.venueUse, pct), or(r.daysUsed, String.init)])
        }
        return rows
    }

    public static let footnote =
        "One row per scenario in the order given. Objective with each scenario's own weights; "
        + "term amounts in their own units. Exit codes: 0 valid, 3 unmet, 4 no timetable, 2 invalid, 1 failure; "
        + "the batch exits with the worst (1, then 2, 4, 3, 0)."

    /// summary.csv and summary.md under `name` (`summary`, or `summary-2-of-4` for a shard).
    public static func summaryFiles(_ records: [SummaryRecord], name: String = "summary") -> [String: Data] {
        let r = rows(records)
        return [
            "\(name).csv": CSV.document(r),
            "\(name).md": Data(("# Batch summary\n\n" + Table.markdown(r) + "\n" + footnote + "\n").utf8)
        ]
    }

    /// Writes summary.csv and summary.md (or the shard's) into `directory`, all or nothing.
    public static func writeSummary(_ records: [SummaryRecord], name: String = "summary", to directory: String) throws {
        try OutputWriter(directory: URL(fileURLWithPath: directory)).write(summaryFiles(records, name: name))
    }

    /// A narrow table for the terminal in the reader's language: the full one, for scripts, is in
    /// summary.csv and summary.md.
    public static func text(_ records: [SummaryRecord], language: Language = .en) -> String {
        let w = Wording(language)
        let wide = rows(records)
        let keep = [0, 2, 4, 5, 7, 9, 10, 11]
        let header = language == .en ? keep.map { wide[0][$0] } : keep.map { w("batch.col.\($0)") }
        let body = wide.dropFirst().map { row in
            keep.map { c in c == 4 && w.has("compare.status.\(row[c])") ? w("compare.status.\(row[c])") : row[c] }
        }
        return Table.text([header] + body)
    }
}

/// report.json of a scenario that was not solved: the same conventions as the solved one.
struct StoppedReport: Encodable {
    struct Place: Encodable { var file: String; var position: Int; var count: Int }
    var format = "paike-report/1"
    var scenario: String
    var status: String
    var statusMeaning: String
    var exitCode: Int
    var diagnostics: String
    var batch: Place

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }
}

extension SummaryRecord {
    private struct File: Decodable {
        struct Term: Decodable { var name: String; var amount: Double }
        struct Batch: Decodable {
            var file: String
            var position, count: Int
            var metShare, teacherUtilisation, venueUtilisation: Double?
            var daysUsed: Int?
        }
        /// Any JSON value, only counted.
        struct Skip: Decodable { init(from decoder: Decoder) throws {} }
        var format: String
        var scenario: String
        var status: String
        var statusMeaning: String
        var exitCode: Int
        var objective, bound, gap: Double?
        var sessionCount: Int?
        var terms: [Term]?
        var unmet: [Skip]?
        var violations: [Skip]?
        var batch: Batch?
    }

    /// Reads a report.json; nil when it is not one.
    public init?(reportJSON data: Data, folder: String) {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let f = try? decoder.decode(File.self, from: data), f.format.hasPrefix("paike-report/") else { return nil }
        let solved = f.sessionCount != nil
        self.init(
            folder: folder, file: f.batch?.file ?? folder, position: f.batch?.position, count: f.batch?.count,
            scenario: f.scenario, status: f.status, meaning: f.statusMeaning,
            // As `paike solve`: a timetable that breaks a rule is a failure, whatever else it says.
            exitCode: (f.violations?.isEmpty ?? true) ? Int32(f.exitCode) : 1,
            objective: f.objective, bound: f.bound, gap: f.gap, sessions: f.sessionCount,
            unmet: solved ? (f.unmet?.count ?? 0) : nil,
            amounts: Dictionary((f.terms ?? []).map { ($0.name, $0.amount) }, uniquingKeysWith: { a, _ in a }),
            metShare: f.batch?.metShare, teacherUse: f.batch?.teacherUtilisation, venueUse: f.batch?.venueUtilisation,
            daysUsed: f.batch?.daysUsed)
    }
}
