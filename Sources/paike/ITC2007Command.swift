import ArgumentParser
import Foundation
import ITC2007

/// `paike itc2007 …`: the ITC-2007 track 3 benchmark (curriculum-based course timetabling).
struct ITC2007Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itc2007",
        abstract: "ITC-2007 track 3 (curriculum-based course timetabling) instances and solutions.",
        discussion: "Exit status: 0 no hard violation, 2 a file could not be read or parsed, 3 hard violations.",
        // Further subcommands (solve) are added to this list.
        subcommands: [ITC2007Score.self])

    /// Reads and parses a `.ctt` instance; a located message and exit 2 on failure.
    static func loadInstance(_ path: String) throws -> ITCInstance {
        let text = try readText(path)
        do { return try ITCParser.parseInstance(text, file: path) } catch {
            printError(error.description)
            throw ExitCode(Exit.invalid)
        }
    }

    static func loadSolution(_ path: String, instance: ITCInstance) throws -> ITCSolution {
        let text = try readText(path)
        do { return try ITCParser.parseSolution(text, file: path, instance: instance) } catch {
            printError(error.description)
            throw ExitCode(Exit.invalid)
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("\(path): error: cannot read the file — check the path")
            throw ExitCode(Exit.invalid)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("\(path): error: the file is not UTF-8 text")
            throw ExitCode(Exit.invalid)
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
        if ITCScorer.score(s, for: i).hardTotal > 0 { throw ExitCode(Exit.unmet) }
    }
}
