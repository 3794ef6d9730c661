import ArgumentParser
import Domain
import Engine
import Foundation

/// Exit statuses of the contract: 0 valid timetable, 2 invalid scenario, 3 rules left unmet,
/// 4 no timetable within the time limit, 64 wrong usage, 1 anything else.
enum Exit {
    static let valid: Int32 = 0, failure: Int32 = 1, invalid: Int32 = 2, unmet: Int32 = 3, none: Int32 = 4, usage: Int32 = 64
}

@main
struct Paike: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paike",
        abstract: "Plan cadre-training programmes (排课) as integer programs solved with GLPK.",
        discussion: "Exit status: 0 a valid timetable, 2 invalid scenario, 3 some requirements unmet, 4 no timetable in time, 64 wrong usage, 1 other failures.",
        subcommands: [Solve.self, Validate.self, Check.self, Compare.self, Explain.self, Export.self, Generate.self, Summarize.self, ITC2007Command.self])
}

@Sendable func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Loads a scenario, printing its diagnostics; exits 2 when it has errors.
func loadOrExit(_ path: String) throws -> TrainingScenario {
    let loaded = Workflow.load(path)
    if !loaded.rendered.isEmpty { printError(loaded.rendered) }
    guard let s = loaded.scenario else { throw ExitCode(Exit.invalid) }
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
    @Option(name: .long, help: "Work the feasibility search may do, in candidate changes priced (the same on any machine).")
    var effort: Int = SolveOptions.defaultEffort
    @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal.") var progress = false
    @Flag(name: .long, help: "Record wall-clock seconds in the reports (reruns then differ in that line).") var timing = false
    @Option(name: .long, help: "A published timetable.csv to keep: only what must change moves (weight objective.stability).") var keep: String?
    @Option(name: .long, help: "Scenarios solved at once in a batch (each solve already uses 2 threads).") var workers: Int = 1
    @Option(name: .long, help: ArgumentHelp("Solve only the files at 0-based positions p with p % N == I-1 (for job arrays).", valueName: "I/N"))
    var shard: Shard?
    @Option(name: .long, help: ArgumentHelp("A file listing scenario files, one per line (# starts a comment).", valueName: "LIST"))
    var filesFrom: String?

    var scenario: String { scenarios[0] }
    var isBatch: Bool { scenarios.count > 1 || filesFrom != nil || shard != nil }

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard (0...1).contains(gap) else { throw ValidationError("--gap must be between 0 and 1") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard effort >= 0 else { throw ValidationError("--effort must be 0 or more") }
        guard !scenarios.isEmpty || filesFrom != nil else { throw ValidationError("give a scenario file") }
        if isBatch && keep != nil { throw ValidationError("--keep applies to one scenario; solve it on its own") }
    }

    func run() throws {
        if isBatch { return try runBatch() }
        let s = try loadOrExit(scenario)
        var published: Timetable? = nil
        if let keep {
            do { published = try Workflow.readPublished(keep, scenario: s) } catch {
                printError("\(error)")
                throw ExitCode(Exit.invalid)
            }
        }
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        var reporter: (@Sendable (SolveProgress) -> Void)? = nil
        if showProgress { reporter = { @Sendable p in printError(p.line) } }
        let outcome: SolveOutcome
        do {
            var options = SolveOptions(timeLimit: timeLimit, relativeGap: gap, seed: seed, recordTime: timing)
            options.published = published
            options.effort = effort
            outcome = try SolveJob.run(s, options: options, progress: reporter)
        } catch {
            printError("\(scenario): error: \(error)")
            throw ExitCode(Exit.failure)
        }
        let summary = outcome.summary
        if summary.status != .none || !outcome.timetable.sessions.isEmpty {
            do { try Workflow.write(outcome, scenario: s, to: out) } catch {
                printError("\(out): error: \(error) — the previous files in the folder are left as they were")
                throw ExitCode(Exit.failure)
            }
        }
        print(Workflow.summaryLine(outcome, out: out))
        if let moves = summary.moves { print("  \(moves.count) session(s) moved against \(keep ?? "the published timetable") (changes.csv)") }
        for u in outcome.timetable.unmet { print("  unmet: \(Workflow.describe(u, in: s))") }
        for v in summary.violations { printError("internal error: the timetable breaks a rule: \(v)") }
        switch summary.status {
        case .valid: return
        case .unmet: throw ExitCode(Exit.unmet)
        case .none: throw ExitCode(summary.violations.isEmpty ? Exit.none : Exit.failure)
        }
    }
}

extension Solve {
    func runBatch() throws {
        var files = scenarios
        if let filesFrom {
            do { files += try BatchJob.readList(filesFrom) } catch {
                printError("\(error)")
                throw ExitCode(Exit.usage)
            }
        }
        guard !files.isEmpty else {
            printError("\(filesFrom ?? "paike"): error: no scenario files given")
            throw ExitCode(Exit.usage)
        }
        let positions = files.indices.filter { shard?.selects($0) ?? true }
        var solve = SolveOptions(timeLimit: timeLimit, relativeGap: gap, seed: seed, recordTime: timing)
        solve.effort = effort
        let options = BatchOptions(solve: solve, workers: workers, progress: progress || isatty(STDERR_FILENO) == 1)
        let records = BatchJob.run(files: files, positions: positions, out: out, options: options, log: printError)
        // Shards of one list share the folder: each writes its own summary; `paike summarize` joins them.
        let name = shard.map { "summary-\($0.index)-of-\($0.count)" } ?? "summary"
        do { try BatchJob.writeSummary(records, name: name, to: out) } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(Exit.failure)
        }
        print(BatchJob.text(records))
        if let shard { print("shard \(shard): \(positions.count) of \(files.count) scenario files") }
        print("→ \(out)/\(name).csv, \(out)/\(name).md and one folder per scenario")
        let status = BatchJob.worst(records.map(\.exitCode))
        if status != Exit.valid { throw ExitCode(status) }
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
            throw ExitCode(Exit.failure)
        }
        print(BatchJob.text(records))
        print("→ \(target)/summary.csv, \(target)/summary.md (\(records.count) scenarios)")
        let status = problems.isEmpty ? BatchJob.worst(records.map(\.exitCode)) : Exit.failure
        if status != Exit.valid { throw ExitCode(status) }
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a scenario file without solving; every problem is reported.")
    @Argument(help: "Scenario file (YAML or JSON).") var scenario: String
    func run() throws {
        let s = try loadOrExit(scenario)
        print("\(scenario): ok — \(s.groups.count) groups, \(s.teachers.count) teachers, \(s.venues.count) venues, \(s.courses.count) courses, \(s.calendar.teachingDays.count) teaching days")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a timetable.csv against its scenario, rule by rule, independently of the solver.")
    @Argument(help: "Scenario file.") var scenario: String
    @Argument(help: "timetable.csv written by paike solve (or edited by hand).") var timetable: String
    func run() throws {
        let s = try loadOrExit(scenario)
        let result: Workflow.CheckResult
        do { result = try Workflow.check(scenario: s, timetablePath: timetable) } catch {
            printError("\(error)")
            throw ExitCode(Exit.invalid)
        }
        for v in result.violations { print("\(timetable): violation: \(v)") }
        print("\(timetable): \(result.sessions) sessions, \(result.unmet) listed unmet, \(result.violations.count) violations")
        print(String(format: "objective: %.4f", result.objective))
        if !result.violations.isEmpty { throw ExitCode(Exit.unmet) }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Say in plain words which requirements cannot be met, and why.")
    @Argument(help: "Scenario file.") var scenario: String
    @Option(name: .long, help: "Seconds the solver may spend.") var timeLimit: Double = 60
    func run() throws {
        let s = try loadOrExit(scenario)
        let outcome: SolveOutcome
        do { outcome = try SolveJob.run(s, options: SolveOptions(timeLimit: timeLimit)) } catch {
            printError("\(scenario): error: \(error)")
            throw ExitCode(Exit.failure)
        }
        print(Workflow.explanation(outcome, scenario: s))
        switch outcome.summary.status {
        case .valid: return
        case .unmet: throw ExitCode(Exit.unmet)
        case .none: throw ExitCode(Exit.none)
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
    @Flag(name: .long, help: "Re-plan each variant from scratch instead of against the base's timetable (as solve --keep).") var fresh = false

    func validate() throws {
        guard scenarios.count >= 2 else { throw ValidationError("give a base scenario and at least one variant") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
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
        if invalid { throw ExitCode(Exit.invalid) }
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        var reporter: (@Sendable (String) -> Void)? = nil
        if showProgress { reporter = { @Sendable line in printError(line) } }
        let columns: [CompareColumn]
        do {
            columns = try CompareJob.run(files: scenarios, scenarios: loaded, options: SolveOptions(timeLimit: timeLimit, seed: seed), fresh: fresh, progress: reporter)
            try Workflow.writeComparison(columns, to: out)
        } catch {
            printError("\(out): error: \(error)")
            throw ExitCode(Exit.failure)
        }
        print(CompareJob.text(columns))
        print("→ \(out)/compare.csv, \(out)/compare.md and one folder per scenario")
        if columns.contains(where: { $0.status == .none }) { throw ExitCode(Exit.none) }
        if columns.contains(where: { $0.status == .unmet }) { throw ExitCode(Exit.unmet) }
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
            throw ExitCode(Exit.failure)
        }
        do {
            let data = try Workflow.export(s, format: format)
            if let out { try Workflow.writeAtomically(data, to: out) } else { FileHandle.standardOutput.write(data) }
        } catch {
            printError("\(out ?? "stdout"): error: \(error)")
            throw ExitCode(Exit.failure)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
