import Foundation
import MIP
import Testing

@testable import GLPK

/// Writing GLPK's file formats and reading MPS back.
@Suite struct FileTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "glpk-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// A minimising program with Chinese names, a constant and every bound shape.
    static func richProgram() -> IntegerProgram {
        var p = IntegerProgram(name: "排课 round trip", objectiveConstant: 7)
        let a = p.addColumn("上午 王丽", kind: .binary, cost: -3)
        let b = p.addColumn("下午 王丽", kind: .binary, cost: -2)
        let n = p.addColumn("hours", kind: .integer, bounds: .between(1, 6), cost: 1)
        let s = p.addColumn("slack", kind: .continuous, bounds: .atLeast(0), cost: 0.5)
        let f = p.addColumn("free", kind: .continuous, bounds: .free, cost: 0)
        p.addRow("one session", [(a, 1), (b, 1)], .atMost(1))
        p.addRow("hours needed", [(n, 1), (s, 1), (a, -2)], .atLeast(2.5))
        p.addRow("link", [(f, 1), (n, -1)], .equal(0))
        p.addRow("cap", [(f, 1)], .atMost(4))
        return p
    }

    @Test(arguments: [MPSFormat.free, .fixed])
    func mpsRoundTripKeepsTheOptimum(format: MPSFormat) throws {
        let p = Self.richProgram()
        let path = directory + "/model.mps"
        try GLPK.write(p, format == .free ? .freeMPS : .fixedMPS, to: path)
        let back = try GLPK.readMPS(path, format: format)
        #expect(back.columns.count == p.columns.count)
        #expect(back.rows.count == p.rows.count)
        #expect(back.entries.count == p.entries.count)
        #expect(back.objectiveConstant == p.objectiveConstant)
        #expect(back.columns.map(\.kind) == p.columns.map(\.kind))
        let original = try GLPK.solve(p), reread = try GLPK.solve(back)
        #expect(original.status == .optimal)
        #expect(reread.objective == original.objective)
        #expect(reread.values == original.values)
    }

    @Test func freeMPSKeepsSanitisedNames() throws {
        let path = directory + "/names.mps"
        try GLPK.write(Self.richProgram(), .freeMPS, to: path)
        let back = try GLPK.readMPS(path)
        #expect(back.columns[0].name == "u4E0Au5348_u738Bu4E3D")
        #expect(back.rows.map(\.name) == ["one_session", "hours_needed", "link", "cap"])
    }

    @Test func lpFormatKeepsTheSense() throws {
        let path = directory + "/model.lp"
        try GLPK.write(Programs.smallMaximum(), .cplexLP, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Maximize"))
        #expect(text.contains("r1:"))
        #expect(text.contains("General"))
    }

    @Test func glpkFormatIsWritten() throws {
        let path = directory + "/model.glpk"
        try GLPK.write(Programs.smallMaximum(), .glpk, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Problem line: 3 rows, 3 columns, 9 nonzeros.
        #expect(text.hasPrefix("p mip max 3 3 9"))
    }

    @Test func maximisingMPSIsRefused() throws {
        let error = #expect(throws: GLPKError.self) { try GLPK.write(Programs.smallMaximum(), .freeMPS, to: directory + "/max.mps") }
        #expect(error?.description.contains("maximize") == true)
        #expect(!FileManager.default.fileExists(atPath: directory + "/max.mps"))
    }

    @Test func missingDirectoryIsAnError() throws {
        let path = directory + "/no/such/dir/model.lp"
        #expect(throws: GLPKError.fileFailed(path: path, reason: "directory '\(directory)/no/such/dir' does not exist")) {
            try GLPK.write(Programs.smallMaximum(), .cplexLP, to: path)
        }
    }

    @Test func unwritableFileIsAnError() throws {
        // A directory standing where the file should go: GLPK's fopen fails, we throw.
        let path = directory + "/taken"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: GLPKError.self) { try GLPK.write(Programs.smallMaximum(), .glpk, to: path) }
    }

    @Test func readingMissingOrBrokenFilesThrows() throws {
        #expect(throws: GLPKError.fileFailed(path: directory + "/none.mps", reason: "no such file")) {
            try GLPK.readMPS(directory + "/none.mps")
        }
        let broken = directory + "/broken.mps"
        try "NAME x\nROWS\n what is this\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let error = #expect(throws: GLPKError.self) { try GLPK.readMPS(broken) }
        #expect(error?.description.contains("broken.mps") == true)
    }
}
