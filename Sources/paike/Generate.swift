import ArgumentParser
import Engine
import Foundation
import Generator

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic generated scenario (a benchmark), the same file for the same scale and seed.",
        discussion: "county: one county, ~12 groups, 2 weeks. prefecture: ~8 counties and shared prefecture resources, ~100 groups, 4 weeks. province: ~10 prefectures, ~1,000 groups, 4 weeks.")
    @Option(name: .long, help: "county, prefecture or province.") var scale: GeneratorScale
    @Option(name: .long, help: "Seed; the same seed gives the same file.") var seed: Int = 1
    @Option(name: .long, help: "Output file; '-' or none: standard output.") var out: String?

    func run() throws {
        let generator = ScenarioGenerator(scale: scale, seed: seed)
        let scenario = generator.generate()
        let size = ScenarioSize(of: scenario)
        let data = Data(generator.yaml(scenario).utf8)
        if let out, out != "-" {
            do { try Workflow.writeAtomically(data, to: out) } catch {
                printError("\(out): error: \(error)")
                throw ExitCode(Exit.failure)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
        printError("\(out.flatMap { $0 == "-" ? nil : $0 } ?? "stdout"): \(size)")
    }
}

extension GeneratorScale: ExpressibleByArgument {}
