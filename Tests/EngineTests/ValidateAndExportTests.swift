import Foundation
import Testing

@Suite struct ValidateAndExportTests {
    @Test(arguments: ["Scenarios/wensu/wensu.yaml", "Scenarios/wensu/hall_closed_week1.yaml", "Scenarios/wensu/extra_guides.yaml"])
    func bundledScenariosValidate(_ path: String) throws {
        let r = try CLI.run(["validate", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ok"))
    }

    @Test func everyBrokenFixtureIsRejectedWithALocation() throws {
        let dir = CLI.repo.appendingPathComponent("Tests/ScenarioTests/Fixtures/broken")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 10)
        for f in files {
            let r = try CLI.run(["validate", "Tests/ScenarioTests/Fixtures/broken/\(f)"])
            #expect(r.status == 2, "\(f): \(r.status)")
            #expect(r.stderr.contains("\(f):") && r.stderr.contains(" error: "), "\(f): \(r.stderr)")
        }
    }

    @Test func missingFileIsAnInvalidScenario() throws {
        let r = try CLI.run(["validate", "no/such/file.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no/such/file.yaml"))
    }

    /// The MathProg model lacks cohorts, min_days, soft capacity and venue changes: exporting
    /// such a scenario for it fails by name and writes nothing; MPS still works.
    @Test func mathprogExportRefusesWhatTheModelLacks() throws {
        let dir = CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("model.dat")
        let scenario = "Tests/ScenarioTests/Fixtures/valid/cohorts.yaml"
        let r = try CLI.run(["export", scenario, "--format", "mathprog", "--out", file.path])
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix(
                "\(scenario): error: the MathProg model (Models/paike.mod) does not model cohorts ('cadres'), min_days (course 'governance'), objective.over_capacity (1), objective.venue_changes (1)"
            ), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let mps = try CLI.run(["export", scenario, "--format", "mps", "--out", dir.appendingPathComponent("model.mps").path])
        #expect(mps.status == 0, "\(mps.stderr)")
    }

    /// The exported MPS and LP files are read by glpsol; the MathProg data works with Models/paike.mod.
    @Test(arguments: ["mps", "lp", "mathprog"])
    func exportIsReadByGlpsol(_ format: String) throws {
        let dir = CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("model.\(format)")
        let r = try CLI.run(["export", "Tests/EngineTests/Fixtures/two-classes.yaml", "--format", format, "--out", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let glpsol = Process()
        glpsol.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
        switch format {
        case "mps": glpsol.arguments = ["--check", "--freemps", file.path]
        case "lp": glpsol.arguments = ["--check", "--lp", file.path]
        default: glpsol.arguments = ["--check", "--math", CLI.repo.appendingPathComponent("Models/paike.mod").path, "--data", file.path]
        }
        glpsol.standardOutput = Pipe()
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol"), "install Debian's glpk-utils")
        try glpsol.run()
        _ = (glpsol.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        glpsol.waitUntilExit()
        #expect(glpsol.terminationStatus == 0)
    }
}
