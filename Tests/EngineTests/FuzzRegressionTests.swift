import Foundation
import Testing

/// Every input the fuzzer ever stopped on (Fuzz/regressions), and the seeds it starts from,
/// replayed through the fuzzer's own checks by its ordinary build (see Fuzz/run.sh).
@Suite struct FuzzRegressionTests {
    @Test func earlierCrashesAndTheSeedsReplayCleanly() throws {
        let binary = CLI.executable.deletingLastPathComponent().appendingPathComponent("paike-fuzz")
        let fm = FileManager.default
        var inputs: [String] = []
        for folder in ["Fuzz/regressions", "Scenarios/wensu", "Tests/ScenarioTests/Fixtures/broken", "Tests/ScenarioTests/Fixtures/valid"] {
            let dir = CLI.repo.appendingPathComponent(folder)
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where !name.hasPrefix(".") {
                inputs.append(dir.appendingPathComponent(name).path)
            }
        }
        #expect(inputs.filter { $0.contains("/Fuzz/regressions/") }.count >= 2)
        let p = Process()
        p.executableURL = binary
        p.arguments = inputs.sorted()
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("\(inputs.count) input(s) replayed"), "\(text)")
    }
}
