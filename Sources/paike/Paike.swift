import ArgumentParser
import Domain
import Engine
import Foundation
import Texts

extension ExitCode {
    /// The contract's statuses are decided by ExitStatus (Domain) alone.
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}

@main
struct Paike: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paike",
        abstract: "Plan cadre-training programmes (排课) as integer programs solved with GLPK.",
        discussion:
            "Exit status: 0 a valid timetable, 2 invalid scenario, 3 some requirements unmet, 4 no timetable in time, 64 wrong usage, 1 other failures.",
        subcommands: [
            Solve.self, Validate.self, Check.self, Compare.self, Explain.self, Export.self, Generate.self, Summarize.self, ITC2007Command.self,
            Init.self, Import.self, WorkbookCommand.self, Assess.self, NextCycleCommand.self, Visits.self
        ])
}

@Sendable func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// A folder holding files paike did not write is refused before any solving (wrong usage, 64).
func checkOutputFolderOrExit(_ out: String) throws {
    do { try Workflow.checkOutputFolder(out) } catch {
        printError("\(out): error: \(error)")
        throw ExitCode(ExitStatus.usage)
    }
}

/// Loads a scenario, printing its diagnostics; exits 2 when it has errors or its model would be too large.
func loadOrExit(_ path: String, maxModelBytes: Int = Workflow.defaultMaxModelBytes) throws -> TrainingScenario {
    let loaded = Workflow.load(path, maxModelBytes: maxModelBytes)
    if !loaded.rendered.isEmpty { printError(loaded.rendered) }
    guard let s = loaded.scenario else { throw ExitCode(ExitStatus.invalid) }
    return s
}

struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve a scenario and write the timetable files.",
        discussion: """
            With several files (or --files-from, or --shard), each scenario's files go to DIR/<file name without extension>/ \
            and DIR/summary.csv and DIR/summary.md get one row per scenario in the order given; the exit status is the worst \
            of the scenarios' (1, then 2, 4, 3, 0). Every solve uses 2 threads, so --workers N keeps about 2N cores busy.
            """)
    @Argument(help: "Scenario file(s) (YAML or JSON).") var scenarios: [String] = []
    @Option(name: .long, help: "Folder for the timetable files.") var out: String = "timetables"
    @Option(name: .long, help: "Seconds the solver may spend.") var timeLimit: Double = 60
    @Option(name: .long, help: "Stop when the relative gap to the bound is at most this (0.01 = 1 %).") var gap: Double = 0
    @Option(name: .long, help: "Seed for the heuristic's tie-breaks; the same seed gives the same files.") var seed: Int = 0
    @Option(
        name: .long,
        help:
            "Work budget: candidate changes the searches may price, and one GLPK node per 4,000 of what they leave for fix-and-optimise (the same on any machine). Default: 4,000,000, or 12,000 per session for a programme of more than 333."
    )
    var effort: Int?
    @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal.") var progress = false
    @Flag(name: .long, help: "Record wall-clock seconds in the reports (reruns then differ in that line).") var timing = false
    @Option(name: .long, help: "A published timetable.csv to keep: only what must change moves (weight objective.stability).") var keep: String?
    @Option(name: .long, help: "Scenarios solved at once in a batch (each solve already uses 2 threads).") var workers: Int = 1
    @Option(name: .long, help: ArgumentHelp("Solve only the files at 0-based positions p with p % N == I-1 (for job arrays).", valueName: "I/N"))
    var shard: Shard?
    @Option(name: .long, help: ArgumentHelp("Refuse a scenario whose model is estimated larger than this (e.g. 4G, 512M).", valueName: "SIZE"))
    var maxMemory: MemorySize = MemorySize(bytes: Workflow.defaultMaxModelBytes)
    @Option(name: .long, help: ArgumentHelp("A file listing scenario files, one per line (# starts a comment).", valueName: "LIST"))
    var filesFrom: String?
    @OptionGroup var language: LanguageOption

    var scenario: String { scenarios[0] }
    var isBatch: Bool { scenarios.count > 1 || filesFrom != nil || shard != nil }

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard (0...1).contains(gap) else { throw ValidationError("--gap must be between 0 and 1") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard (effort ?? 0) >= 0 else { throw ValidationError("--effort must be 0 or more") }
        guard !scenarios.isEmpty || filesFrom != nil else { throw ValidationError("give a scenario file") }
        if isBatch && keep != nil { throw ValidationError("--keep applies to one scenario; solve it on its own") }
    }

    func run() throws {
        if isBatch { return try runBatch() }
        // The time limit is the whole run's: loading before the solve and writing after it count.
        let started = ContinuousClock.now
        func seconds() -> Double {
            let d = ContinuousClock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let s = try loadOrExit(scenario, maxModelBytes: maxMemory.bytes)
        try checkOutputFolderOrExit(out)
        let lang = language.choice.language(for: s)
        let w = Wording(lang)
        var published: Timetable? = nil
        if let keep {
            do { published = try Workflow.readPublished(keep, scenario: s) } catch {
                printError("\(error)")
                throw ExitCode(ExitStatus.invalid)
            }
        }
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        var reporter: (@Sendable (SolveProgress) -> Void)? = nil
        if showProgress { reporter = { @Sendable p in printError(p.line) } }
        // Ctrl-C or SIGTERM ends the search; what was found by then is still written.
        Workflow.stopOnSignals()
        reporter?(SolveProgress(elapsed: seconds(), phase: "scenario loaded and checked: \(s.groups.count) classes, \(s.courses.count) courses"))
        let outcome: SolveOutcome
        do {
            var options = SolveOptions(timeLimit: timeLimit, relativeGap: gap, seed: seed, recordTime: timing)
            options.published = published
            options.effort = effort
            options.spentBefore = seconds()
            outcome = try SolveJob.run(s, options: options, progress: reporter)
        } catch {
            printError("\(scenario): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let summary = outcome.summary
        var written: [String] = []
        if summary.status != .none || !outcome.timetable.sessions.isEmpty {
            reporter?(SolveProgress(elapsed: seconds(), phase: "writing the files"))
            do { written = try Workflow.write(outcome, scenario: s, to: out, language: lang) } catch {
                printError("\(out): error: \(error) — the previous files in the folder are left as they were")
                throw ExitCode(ExitStatus.failure)
            }
            reporter?(SolveProgress(elapsed: seconds(), phase: "\(written.count) files written"))
        }
        print(Workflow.summaryLine(outcome, out: out, language: lang))
        if let moves = summary.moves { print(w("cli.moved", moves.count, keep ?? w("cli.published"))) }
        for line in Workflow.unmetLines(outcome.timetable.unmet, scenario: s, language: lang) { print(line) }
        for line in Workflow.placementLines(outcome, language: lang) { print(line) }
        for line in Workflow.mentoringLines(outcome, scenario: s, language: lang) { print(line) }
        if !written.isEmpty { print(Workflow.filesWritten(written, folder: out, language: lang)) }
        for v in summary.violations { printError("internal error: the timetable breaks a rule: \(v)") }
        let signal = Workflow.interruptingSignal.map { $0 == SIGINT ? "SIGINT" : "SIGTERM" }
        if let signal { printError(w("cli.interrupted", summary.interruptedBy ?? signal)) }
        let status = ExitStatus.ofSolve(
            summary.status, mentoringMet: !Workflow.mentoringUnmet(outcome),
            brokenRules: !summary.violations.isEmpty, signal: summary.interruptedBy ?? signal)
        if status != .valid { throw ExitCode(status) }
    }
}

extension Solve {
    func runBatch() throws {
        var files = scenarios
        if let filesFrom {
            do { files += try BatchJob.readList(filesFrom) } catch {
                printError("\(error)")
                throw ExitCode(ExitStatus.usage)
            }
        }
        guard !files.isEmpty else {
            printError("\(filesFrom ?? "paike"): error: no scenario files given")
            throw ExitCode(ExitStatus.usage)
        }
        let positions = files.indices.filter { shard?.selects($0) ?? true }
        var solve = SolveOptions(timeLimit: timeLimit, relativeGap: gap, seed: seed, recordTime: timing)
        solve.effort = effort
        let choice = language.choice
        let options = BatchOptions(solve: solve, workers: workers, progress: progress || isatty(STDERR_FILENO) == 1, language: choice)
        // Ctrl-C or SIGTERM: scenarios under way write what they found, the rest stop at once.
        Workflow.stopOnSignals()
        let records = BatchJob.run(files: files, positions: positions, out: out, options: options, log: printError)
        // Shards of one list share the folder: each writes its own summary; `paike summarize` joins them.
        let name = shard.map { "summary-\($0.index)-of-\($0.count)" } ?? "summary"
        do { try BatchJob.writeSummary(records, name: name, to: out) } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let w = Wording(choice.language(for: nil))
        print(BatchJob.text(records, language: w.language))
        if let shard { print(w("cli.batch.shard", shard, positions.count, files.count)) }
        print(w("cli.batch.written", "\(out)/\(name)"))
        if let signal = Workflow.interruptingSignal {
            printError(w("cli.interrupted", signal == SIGINT ? "SIGINT" : "SIGTERM"))
            throw ExitCode(signal == SIGINT ? ExitStatus.interrupted : .terminated)
        }
        let status = ExitStatus.worst(records.map(\.exitCode))
        if status != ExitStatus.valid.rawValue { throw ExitCode(status) }
    }
}

struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Gather the report.json of every DIR/*/ into one summary.csv and summary.md, as a batch solve writes them.",
        discussion: "Exit status: the worst of the scenarios' (1, then 2, 4, 3, 0); 1 as well when a report does not read or a list position has no folder.")
    @Argument(help: "Folders holding one subfolder per scenario (from paike solve A B ... --out DIR).") var dirs: [String]
    @Option(name: .long, help: "Folder for summary.csv and summary.md (default: the first DIR).") var out: String?

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError("give at least one folder") }
    }

    func run() throws {
        let (records, problems) = BatchJob.gather(dirs)
        for p in problems { printError(p) }
        let target = out ?? dirs[0]
        do { try BatchJob.writeSummary(records, to: target) } catch {
            printError("\(target): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        print(BatchJob.text(records))
        print("→ \(target)/summary.csv, \(target)/summary.md (\(records.count) scenarios)")
        let status = problems.isEmpty ? ExitStatus.worst(records.map(\.exitCode)) : ExitStatus.failure.rawValue
        if status != ExitStatus.valid.rawValue { throw ExitCode(status) }
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a scenario file without solving; every problem is reported.")
    @Argument(help: "Scenario file (YAML or JSON).") var scenario: String
    @OptionGroup var language: LanguageOption

    func run() throws {
        // Messages before the file is read follow the option or the locale; the summary, the file's own language.
        let loaded = Workflow.load(scenario, wording: Wording(language.choice.language(for: nil)))
        if !loaded.rendered.isEmpty { printError(loaded.rendered) }
        guard let s = loaded.scenario else { throw ExitCode(ExitStatus.invalid) }
        let w = Wording(language.choice.language(for: s))
        print(w("validate.ok", scenario, s.groups.count, s.teachers.count, s.venues.count, s.courses.count, s.calendar.teachingDays.count))
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a timetable.csv against its scenario, rule by rule, independently of the solver.")
    @Argument(help: "Scenario file.") var scenario: String
    @Argument(help: "timetable.csv written by paike solve (or edited by hand).") var timetable: String
    @OptionGroup var language: LanguageOption
    func run() throws {
        let s = try loadOrExit(scenario)
        let w = Wording(language.choice.language(for: s))
        let result: Workflow.CheckResult
        do { result = try Workflow.check(scenario: s, timetablePath: timetable) } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.invalid)
        }
        for v in result.violations { print(w("cli.check.violation", timetable, v)) }
        print(w("cli.check.summary", timetable, result.sessions, result.unmet, result.violations.count))
        // mentors.csv beside the timetable is checked too: capacities, categories, dates.
        var mentorViolations = 0
        if let path = MentorsCheck.path(besides: timetable), let data = FileManager.default.contents(atPath: path) {
            let m = MentorsCheck.check(s, data: data, w)
            for v in m.violations { print(w("cli.check.violation", path, v)) }
            print(w("cli.check.mentors", path, m.rows, m.unmatched, m.violations.count))
            mentorViolations = m.violations.count
        }
        // The last line stays `objective: …` in every language: scripts read it.
        print(String(format: "objective: %.4f", result.objective))
        if !result.violations.isEmpty || mentorViolations > 0 { throw ExitCode(ExitStatus.unmet) }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say in plain words which requirements cannot be met, why, and the smallest change found that lets them be held.",
        discussion: """
            Each cause is named with the settings blocking it and their values (a venue's closed days, a teacher's daily \
            limit, the calendar); sessions failing only because of it are counted under it. Then one blocking setting at a \
            time (then two) is relaxed and only what it affects is re-tested; the smallest change that works is suggested.
            """)
    @Argument(help: "Scenario file.") var scenario: String
    @Option(name: .long, help: "Seconds for the whole explanation: half to solve, the rest to test changes.") var timeLimit: Double = 30
    @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal.") var progress = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let loaded = Workflow.load(scenario, wording: Wording(language.choice.language(for: nil)))
        if !loaded.rendered.isEmpty { printError(loaded.rendered) }
        guard let s = loaded.scenario else { throw ExitCode(ExitStatus.invalid) }
        let w = Wording(language.choice.language(for: s))
        let explanation: Explanation
        let reporter: (@Sendable (SolveProgress) -> Void)? = progress || isatty(STDERR_FILENO) == 1 ? { @Sendable p in printError(p.line) } : nil
        do { explanation = try ExplainJob.run(s, timeLimit: timeLimit, progress: reporter) } catch {
            printError("\(scenario): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let outcome = explanation.outcome
        print(Workflow.explanation(explanation, scenario: s, wording: w))
        switch outcome.summary.status {
        case .valid: return
        case .unmet: throw ExitCode(ExitStatus.unmet)
        case .none: throw ExitCode(ExitStatus.noTimetable)
        }
    }
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve a base scenario and its what-if variants and compare them side by side.",
        discussion: """
            Each variant is re-planned against the base's timetable, as solve --keep does, so only what the change forces \
            moves; the table counts the base's sessions each variant moves, in all and by group, teacher and venue. \
            --fresh re-plans each variant from scratch instead.
            """)
    @Argument(help: "The base scenario, then one or more variants.") var scenarios: [String]
    @Option(name: .long, help: "Folder for compare.csv, compare.md and each scenario's timetable files.") var out: String = "comparison"
    @Option(name: .long, help: "Seconds the solver may spend on each scenario.") var timeLimit: Double = 60
    @Option(name: .long, help: "Seed for the heuristic's tie-breaks.") var seed: Int = 0
    @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal.") var progress = false
    @OptionGroup var language: LanguageOption
    @Flag(name: .long, help: "Re-plan each variant from scratch instead of against the base's timetable (as solve --keep).") var fresh = false

    func validate() throws {
        guard scenarios.count >= 2 else { throw ValidationError("give a base scenario and at least one variant") }
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        // Every file is checked before anything is solved.
        var loaded: [TrainingScenario] = []
        var invalid = false
        for path in scenarios {
            let l = Workflow.load(path)
            if !l.rendered.isEmpty { printError(l.rendered) }
            if let s = l.scenario { loaded.append(s) } else { invalid = true }
        }
        if invalid { throw ExitCode(ExitStatus.invalid) }
        try checkOutputFolderOrExit(out)
        // One language for the whole comparison: the option, else the base's, else the locale.
        let lang = language.choice.language(for: loaded[0])
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        var reporter: (@Sendable (String) -> Void)? = nil
        if showProgress { reporter = { @Sendable line in printError(line) } }
        let columns: [CompareColumn]
        do {
            columns = try CompareJob.run(
                files: scenarios, scenarios: loaded, options: SolveOptions(timeLimit: timeLimit, seed: seed), fresh: fresh, progress: reporter)
            try Workflow.writeComparison(columns, to: out, language: lang)
        } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        print(CompareJob.text(columns, language: lang))
        print(Wording(lang)("cli.compare.written", out))
        if columns.contains(where: { $0.status == .none }) { throw ExitCode(ExitStatus.noTimetable) }
        if columns.contains(where: { $0.status == .unmet }) { throw ExitCode(ExitStatus.unmet) }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the integer program itself, for other solvers and for review.")
    @Argument(help: "Scenario file.") var scenario: String
    @Option(name: .long, help: "mps (free MPS), lp (CPLEX LP) or mathprog (data for Models/paike.mod).") var format: ExportFormat
    @Option(name: .long, help: "Output file (default: standard output).") var out: String?
    func run() throws {
        let s = try loadOrExit(scenario)
        if let why = Workflow.exportRefusal(s, format: format) {
            printError("\(scenario): error: \(why)")
            throw ExitCode(ExitStatus.failure)
        }
        do {
            let data = try Workflow.export(s, format: format)
            if let out { try Workflow.writeAtomically(data, to: out) } else { FileHandle.standardOutput.write(data) }
        } catch {
            printError("\(out ?? "stdout"): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// A size in bytes written as people write it: `4G`, `512M`, `1.5G`, or plain bytes (binary units).
struct MemorySize: ExpressibleByArgument, Sendable {
    var bytes: Int
    init(bytes: Int) { self.bytes = bytes }
    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("GIB", 1_073_741_824), ("MIB", 1_048_576), ("KIB", 1024), ("G", 1_073_741_824), ("M", 1_048_576), ("K", 1024)]
        let (number, scale) = units.first { text.hasSuffix($0.0) }.map { (String(text.dropLast($0.0.count)), $0.1) } ?? (text, 1)
        guard let x = Double(number), x.isFinite, x > 0, x * scale < 1e18 else { return nil }
        bytes = Int(x * scale)
    }
    var defaultValueDescription: String { "\(bytes >> 30)G" }
}
