import ArgumentParser
import Domain
import Engine
import Foundation
import ITC2007

/// `paike itc2007 …`: the ITC-2007 track 3 benchmark (curriculum-based course timetabling).
struct ITC2007Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itc2007",
        abstract: "ITC-2007 track 3 (curriculum-based course timetabling) instances and solutions.",
        discussion: "Exit status: 0 no hard violation, 2 a file could not be read or parsed, 3 hard violations.",
        subcommands: [ITC2007Solve.self, ITC2007Score.self])

    /// Reads and parses a `.ctt` instance; a located message and exit 2 on failure.
    static func loadInstance(_ path: String) throws -> ITCInstance {
        let text = try readText(path)
        do { return try ITCParser.parseInstance(text, file: path) } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.invalid)
        }
    }

    static func loadSolution(_ path: String, instance: ITCInstance) throws -> ITCSolution {
        let text = try readText(path)
        do { return try ITCParser.parseSolution(text, file: path, instance: instance) } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.invalid)
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("\(path): error: cannot read the file — check the path")
            throw ExitCode(ExitStatus.invalid)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("\(path): error: the file is not UTF-8 text")
            throw ExitCode(ExitStatus.invalid)
        }
        return text
    }
}

struct ITC2007Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a solution as the official validator does: each violation, the cost per component, the total.")
    @Argument(help: "Instance file (.ctt).") var instance: String
    @Argument(help: "Solution file: one 'course room day period' line per lecture.") var solution: String

    func run() throws {
        let i = try ITC2007Command.loadInstance(instance)
        let s = try ITC2007Command.loadSolution(solution, instance: i)
        print(ITCScorer.report(s, for: i), terminator: "")
        if ITCScorer.score(s, for: i).hardTotal > 0 { throw ExitCode(ExitStatus.unmet) }
    }
}

struct ITC2007Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an instance with Paike's planner and write the competition's solution format.",
        discussion:
            "Courses become groups, curricula cohorts, rooms venues; the soft costs are Paike's over-capacity, spread, lone-period and venue-change terms with the competition's weights. Prints the scorer's summary; exit 0 when every hard rule holds."
    )
    @Argument(help: "Instance file (.ctt).") var instance: String
    @Option(name: .long, help: "Solution file to write (default: standard output).") var out: String?
    @Option(name: .long, help: "Seconds the solver may spend.") var timeLimit: Double = 300
    @Option(name: .long, help: "Seed for the heuristic's tie-breaks.") var seed: Int = 0
    @Flag(name: .long, help: "Show progress on stderr.") var progress = false

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let i = try ITC2007Command.loadInstance(instance)
        var reporter: (@Sendable (SolveProgress) -> Void)? = nil
        if progress { reporter = { @Sendable (p: SolveProgress) in printError(p.line) } }
        let result: ITC2007Job.Result
        do {
            result = try ITC2007Job.solve(i, options: SolveOptions(timeLimit: timeLimit, seed: seed), progress: reporter)
        } catch {
            printError("\(instance): error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let text = ITCSolutionWriter.text(result.solution)
        if let out {
            do { try Workflow.writeAtomically(Data(text.utf8), to: out) } catch {
                printError("\(out): error: cannot write the solution — \(error)")
                throw ExitCode(ExitStatus.failure)
            }
        } else {
            print(text, terminator: "")
        }
        let sc = result.score
        let hard =
            "hard \(sc.hardTotal) (lectures \(sc.lectures), conflicts \(sc.conflicts), availability \(sc.availability), room occupancy \(sc.roomOccupancy))"
        let soft1 = "room capacity \(sc.roomCapacity), min working days \(sc.minWorkingDays)"
        let soft2 = "curriculum compactness \(sc.curriculumCompactness), room stability \(sc.roomStability)"
        let line = "\(i.name): \(hard); soft \(sc.softTotal) (\(soft1), \(soft2))"
        printError(line)
        var bound = "lower bound " + (result.bound.map { "\($0)" } ?? "none in time") + " (first stage: courses to periods, rooms counted)"
        if let p = result.published { bound += "; published for \(p.competitionName): best known \(p.bestKnown), lower bound \(p.lowerBound)" }
        printError(bound)
        if sc.hardTotal > 0 { throw ExitCode(ExitStatus.unmet) }
    }
}
