import Foundation
import Testing

@testable import Exporters

@Suite struct OutputWriterTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paike-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func listing(_ dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        return (e.allObjects as? [String] ?? []).sorted()
    }

    @Test func writesNestedFilesAndReplacesOldOnes() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("timetables/run1")
        try OutputWriter(directory: out).write(["a.txt": Data("old".utf8)])
        try OutputWriter(directory: out).write(["a.txt": Data("new".utf8), "calendars/t.ics": Data("ics".utf8)])
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: out.appendingPathComponent("calendars/t.ics"), encoding: .utf8) == "ics")
        #expect(Self.listing(out) == ["a.txt", "calendars", "calendars/t.ics"])
    }

    @Test func failureMidwayLeavesPreviousFilesIntact() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        try OutputWriter(directory: out).write(["a.txt": Data("old a".utf8), "z.txt": Data("old z".utf8)])
        // "m" is a file, so "m/x.txt" cannot be written; "a.txt" sorts before it and is written first.
        try Data("blocker".utf8).write(to: out.appendingPathComponent("m"))
        let files = ["a.txt": Data("new a".utf8), "m/x.txt": Data("x".utf8), "z.txt": Data("new z".utf8), "n/deep/y.txt": Data()]
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(directory: out).write(files) }
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "old a")
        #expect(try String(contentsOf: out.appendingPathComponent("z.txt"), encoding: .utf8) == "old z")
        // No temporaries and no directories left behind.
        #expect(Self.listing(out) == ["a.txt", "m", "z.txt"])
    }

    @Test func failureWhenTargetIsADirectoryChangesNothing() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        try OutputWriter(directory: out).write(["a.txt": Data("old".utf8)])
        try FileManager.default.createDirectory(at: out.appendingPathComponent("b.txt"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("b.txt/inner"), withIntermediateDirectories: false)
        let error = #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter(directory: out).write(["a.txt": Data("new".utf8), "b.txt": Data("b".utf8)])
        }
        if case let .cannotRename(path, _, renamed) = error {
            // a.txt was already moved into place before b.txt failed: the error says so.
            #expect(path == "b.txt" && renamed == ["a.txt"])
        } else {
            Issue.record("expected cannotRename, got \(String(describing: error))")
        }
        #expect(!Self.listing(out).contains { $0.contains(".tmp-") })
    }

    @Test(arguments: ["/etc/passwd", "../x", "a/../../x", "a//b", "./a", ""])
    func rejectsPathsOutsideTheDirectory(_ path: String) throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(throws: OutputWriter.Failure.badPath(path)) { try OutputWriter(directory: out).write([path: Data()]) }
        #expect(Self.listing(out).isEmpty)
    }
}
