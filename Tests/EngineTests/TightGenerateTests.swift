import Foundation
import Testing

/// `paike generate --tight` from the shell: both files written, the planted timetable checks clean.
@Suite struct TightGenerateTests {
    @Test func plantedTimetableChecksClean() throws {
        let dir = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = dir.appendingPathComponent("tight.yaml").path
        let csv = dir.appendingPathComponent("tight.planted.csv").path
        let gen = try CLI.run(["generate", "--scale", "county", "--tight", "--seed", "2", "--out", yaml])
        #expect(gen.status == 0, "\(gen.stderr)")
        #expect(FileManager.default.fileExists(atPath: yaml))
        #expect(FileManager.default.fileExists(atPath: csv))
        #expect(gen.stderr.contains("tight.planted.csv"))
        let check = try CLI.run(["check", yaml, csv])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 listed unmet, 0 violations"))
    }

    @Test func tightNeedsAnOutputFile() throws {
        let r = try CLI.run(["generate", "--scale", "county", "--tight"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--out"))
    }
}
