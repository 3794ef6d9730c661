import Foundation
import Testing

@testable import Exporters

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct OutputFolderTests {
    let root: URL
    let out: URL
    var folder: OutputFolder { OutputFolder(directory: out) }

    init() throws {
        root = try OutputWriterTests.scratch()
        out = root.appendingPathComponent("timetables")
    }

    func text(_ path: String) -> String? {
        (try? Data(contentsOf: out.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }
    /// Everything beside the output folder: a cut or failed run must leave nothing there.
    var siblings: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted() }

    @Test func aNewSetReplacesTheOldOneWhole() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try folder.replace(with: ["a.txt": Data("old".utf8), "calendars/teachers/gone.ics": Data("x".utf8)])
        try folder.replace(with: ["a.txt": Data("new".utf8), "calendars/teachers/t.ics": Data("y".utf8)])
        #expect(text("a.txt") == "new")
        #expect(text("calendars/teachers/gone.ics") == nil, "a calendar of the earlier run must not reach anyone")
        #expect(OutputWriterTests.listing(out) == [".paike-output", "a.txt", "calendars", "calendars/teachers", "calendars/teachers/t.ics"])
        #expect(siblings == ["timetables"])
    }

    @Test func aFolderPaikeDidNotWriteIsRefusedAndLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.docx"))
        #expect(throws: OutputFolder.Failure.notPaikes(out.path, sample: ["notes.docx"])) {
            try folder.replace(with: ["a.txt": Data()])
        }
        #expect(OutputWriterTests.listing(out) == ["notes.docx"])
        #expect(siblings == ["timetables"])
    }

    @Test func anEmptyFolderIsTaken() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try folder.replace(with: ["a.txt": Data("a".utf8)])
        #expect(text("a.txt") == "a")
    }

    @Test func aSwapCutBetweenItsRenamesIsFinishedByTheNextRun() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try folder.replace(with: ["a.txt": Data("first".utf8)])
        // As if killed after moving the old set aside and before moving the complete new one in.
        try folder.writeStaging(["a.txt": Data("second".utf8)])
        #expect(rename(out.path, folder.aside.path) == 0)
        try folder.recoverCutSwap()
        #expect(text("a.txt") == "second")
        #expect(siblings == ["timetables"])
    }

    @Test func aSwapCutWhileWritingIsRolledBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try folder.replace(with: ["a.txt": Data("first".utf8)])
        // The new set never got its marker: it is incomplete, so the old set comes back.
        try FileManager.default.createDirectory(at: folder.staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: folder.staging.appendingPathComponent("a.txt"))
        #expect(rename(out.path, folder.aside.path) == 0)
        try folder.replace(with: ["b.txt": Data("third".utf8)])
        #expect(text("b.txt") == "third")
        #expect(siblings == ["timetables"])
    }

    @Test func aSecondRunIntoTheSameFolderFailsClearly() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try folder.replace(with: ["a.txt": Data("first".utf8)])
        let held = open(folder.lockFile.path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
        #expect(throws: OutputFolder.Failure.busy(out.path)) { try folder.replace(with: ["a.txt": Data("second".utf8)]) }
        #expect(FileManager.default.fileExists(atPath: folder.lockFile.path), "the other run's lock stays")
        flock(held, LOCK_UN); close(held); unlink(folder.lockFile.path)
        #expect(text("a.txt") == "first")
    }

    @Test func aFailedWriteLeavesTheOldSetAndNoTemporaries() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try folder.replace(with: ["a.txt": Data("first".utf8)])
        // "x" as a file and as a folder cannot both be written.
        #expect(throws: OutputFolder.Failure.self) { try folder.replace(with: ["x": Data(), "x/y": Data()]) }
        #expect(text("a.txt") == "first")
        #expect(siblings == ["timetables"])
    }
}
