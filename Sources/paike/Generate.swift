import ArgumentParser
import Domain
import Engine
import Foundation
import Generator

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic generated scenario (a benchmark), the same file for the same scale and seed.",
        discussion:
            "county: one county, ~12 groups, 2 weeks. prefecture: ~8 counties and shared prefecture resources, ~100 groups, 4 weeks. province: ~10 prefectures, ~1,000 groups, 4 weeks. --tight: a scenario built around a planted timetable, feasible by construction with groups ~95 % full and teachers near max_periods; with --out X.yaml the planted timetable is written to X.planted.csv (check it with `paike check X.yaml X.planted.csv`)."
    )
    @Option(name: .long, help: "county, prefecture or province.") var scale: GeneratorScale
    @Option(name: .long, help: "Seed; the same seed gives the same file.") var seed: Int = 1
    @Option(name: .long, help: "Output file; '-' or none: standard output.") var out: String?
    @Flag(name: .long, help: "Build a tight scenario around a planted timetable, written beside --out as <stem>.planted.csv.")
    var tight = false
    @Flag(name: .long, help: "Add rosters of the village-secretary classes (cadres by name, with towns) and mentors for them (导师帮带), about one per 13 cadres.")
    var rosters = false
    @Option(name: .long, help: "Add N follow-up visiting teams (跟踪回访) at the prefecture and county seats, and visits: {minutes: 90}, for paike visits.")
    var teams: Int = 0

    func validate() throws {
        if tight && rosters { throw ValidationError("--rosters adds to an ordinary generated scenario; leave out --tight") }
        if tight && teams > 0 { throw ValidationError("--teams adds to an ordinary generated scenario; leave out --tight") }
        guard (0...100).contains(teams) else { throw ValidationError("--teams must be from 0 to 100") }
        if tight && (out == nil || out == "-") {
            throw ValidationError("--tight writes two files: give --out FILE.yaml (the planted timetable goes to FILE.planted.csv)")
        }
    }

    func run() throws {
        let generator = ScenarioGenerator(scale: scale, seed: seed)
        var files: [(path: String?, data: Data)] = []
        let size: ScenarioSize
        var planted = ""
        if tight {
            let p = generator.generateTight()
            size = ScenarioSize(of: p.scenario)
            let csvPath = ScenarioGenerator.plantedPath(beside: out!)
            files = [(out, Data(generator.tightYAML(p).utf8)), (csvPath, generator.plantedCSV(p))]
            planted = "; planted timetable \(csvPath): \(p.planted.sessions.count) sessions"
        } else {
            let scenario = generator.addTeams(teams, to: rosters ? generator.generateWithRosters() : generator.generate())
            size = ScenarioSize(of: scenario)
            files = [(out, Data(generator.yaml(scenario).utf8))]
        }
        for (path, data) in files {
            if let path, path != "-" {
                do { try Workflow.writeAtomically(data, to: path) } catch {
                    printError("\(path): error: \(error)")
                    throw ExitCode(ExitStatus.failure)
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
        printError("\(out.flatMap { $0 == "-" ? nil : $0 } ?? "stdout"): \(size)\(planted)")
    }
}

extension GeneratorScale: ExpressibleByArgument {}
