import Foundation
import Testing

/// Issue 16: Ctrl-C killed a solve at once and threw away a timetable already found; SIGTERM
/// exited silently. Now either stops the search, writes the best timetable so far with the
/// report saying so, and exits as the shell expects (130, 143).
@Suite struct InterruptTests {
    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
    func aSignalStopsTheSolveAndWritesWhatWasFound(_ signal: Int32, _ code: Int32, _ name: String) throws {
        let root = CLI.temporaryDirectory()
        let out = root.appendingPathComponent("timetables")
        let p = Process()
        p.executableURL = CLI.executable
        p.arguments = ["solve", "Tests/EngineTests/Fixtures/two-classes.yaml", "--out", out.path, "--time-limit", "600", "--progress"]
        p.currentDirectoryURL = CLI.repo
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // The first line with an objective comes once a timetable exists (the phase lines before
        // it say what is being done); the handlers are in place by then.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("objective") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        let sent = Date()
        kill(p.processIdentifier, signal)
        let rest = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let stderr = String(decoding: seen + rest, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == code, "\(p.terminationReason) \(p.terminationStatus): \(stderr)")
        #expect(Date().timeIntervalSince(sent) < 60, "the search must stop at its next check, not run on to the limit")
        #expect(stderr.contains("\(name) received: the solve was stopped"))
        let files = try CLI.files(in: out)
        #expect(files["timetable.csv"] != nil)
        let json = try #require(files["report.json"])
        let report = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(report["interrupted"] as? String == name)
        #expect(report["exit_code"] as? Int == Int(code))
        let text = String(decoding: try #require(files["report.txt"]), as: UTF8.self)
        #expect(text.contains("\(name) received: the solve was stopped and the best timetable found by then written"))
        // Nothing half-written beside the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["timetables"])
    }
}
