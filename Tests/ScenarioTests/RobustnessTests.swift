import Foundation
import Testing

@testable import Scenario

/// No input may crash or hang the loader: each nasty input ends with an error diagnostic
/// (never a scenario), and rendering it works too.
struct NastyInput: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// The code we expect, when one is certain.
    var id: String?
    var testDescription: String { name }
}

let calendarHead = "format: paike/1\ncalendar: {start: 2025-03-10, end: 2025-03-14, periods: [{id: a, start: '10:00', end: '11:00'}]}\n"

let nastyInputs: [NastyInput] = {
    var laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { laughs += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    var deepBlock = ""
    for i in 0..<300 { deepBlock += String(repeating: " ", count: i) + "k:\n" }
    var bytes = ""
    var seed: UInt64 = 42
    for _ in 0..<2000 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: seed >> 33)))
    }
    return [
        .init(name: "empty", text: "", id: "wrong-type"),
        .init(name: "only a comment", text: "# nothing here\n", id: "wrong-type"),
        .init(name: "scalar root", text: "42", id: "wrong-type"),
        .init(name: "list root", text: "- a\n- b\n", id: "wrong-type"),
        .init(name: "100000 open brackets", text: String(repeating: "[", count: 100_000), id: "too-deep"),
        .init(name: "300 nested block mappings", text: deepBlock, id: "too-deep"),
        .init(name: "1000 compact sequences", text: String(repeating: "- ", count: 1000) + "x\n", id: "too-deep"),
        .init(name: "billion laughs", text: laughs, id: "too-large"),
        .init(name: "random bytes", text: bytes, id: nil),
        .init(name: "nul character", text: "format: \u{0}\n", id: "control-character"),
        .init(name: "escape sequence in a name", text: calendarHead + "name: \"\u{1B}[2J課程\"\n", id: "control-character"),
        .init(name: "C1 control", text: calendarHead + "name: a\u{85}b\n", id: "control-character"),
        .init(name: "tab indentation", text: "calendar:\n\tstart: 2025-03-10\n", id: "yaml-syntax"),
        .init(name: "two documents", text: calendarHead + "---\nname: x\n", id: "yaml-syntax"),
        .init(name: "undefined alias", text: calendarHead + "name: *nope\n", id: "yaml-syntax"),
        .init(name: "mapping as key", text: calendarHead + "? {a: 1}\n: 2\n", id: "wrong-type"),
        .init(name: "huge integer", text: calendarHead + "groups: [{id: g, name: 组, category: other, size: 99999999999999999999999}]\n", id: "out-of-range"),
        // Issue 16's probe: abs() of the smallest Int trapped (SIGILL) in validate and solve.
        .init(
            name: "smallest whole number", text: calendarHead + "groups: [{id: g, name: 组, category: other, size: -9223372036854775808}]\n", id: "out-of-range"),
        .init(name: "group of a million", text: calendarHead + "groups: [{id: g, name: 组, category: other, size: 1000000}]\n", id: "out-of-range"),
        .init(name: "weight of 1e308", text: calendarHead + "objective: {needs: 1e308}\n", id: "out-of-range"),
        .init(
            name: "negative capacity", text: calendarHead + "sites: [{id: s, name: 站}]\nvenues: [{id: v, name: 场, kind: other, site: s, capacity: -5}]\n",
            id: "non-positive"),
        .init(name: "float where int", text: calendarHead + "groups: [{id: g, name: 组, category: other, size: 2.5}]\n", id: "wrong-type"),
        .init(
            name: "calendar of eight thousand years", text: "format: paike/1\ncalendar: {start: 0001-01-01, end: 9999-12-31, periods: []}\n", id: "out-of-range"
        ),
        .init(name: "list where mapping", text: calendarHead + "objective: [1, 2]\n", id: "wrong-type"),
        .init(name: "mapping where list", text: calendarHead + "groups: {id: g}\n", id: "wrong-type"),
        .init(name: "infinite weight", text: calendarHead + "objective: {needs: .inf}\n", id: "wrong-type"),
        .init(name: "variant pointing at itself", text: "format: paike/1\nbase: self.yaml\nchanges: {}\n", id: "variant-cycle"),
        .init(name: "variant base is a directory", text: "format: paike/1\nbase: .\nchanges: {}\n", id: nil)
    ]
}()

@Test(arguments: nastyInputs)
func nastyInputEndsInAnError(_ input: NastyInput) {
    let clock = ContinuousClock()
    let start = clock.now
    let dir = FileManager.default.temporaryDirectory.path
    let l = ScenarioLoader.load(text: input.text, path: dir + "/self.yaml")
    #expect(clock.now - start < .seconds(5))
    #expect(l.scenario == nil)
    #expect(l.hasErrors)
    if let id = input.id { #expect(l.errors.map(\.id).contains(id), "\(l.renderedDiagnostics())") }
    #expect(!l.renderedDiagnostics().isEmpty)
}

@Test func binaryFileOnDiskIsRefusedWithItsPosition() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("paike-binary-\(UInt32.random(in: 0...UInt32.max)).yaml").path
    try Data([0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x3a, 0x0a, 0x20, 0xff, 0xfe, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let l = ScenarioLoader.load(path: path)
    #expect(l.errors.map(\.id) == ["bad-encoding"])
    #expect(l.errors.first?.line == 2 && l.errors.first?.column == 2)
}

@Test func tooDeepCheckLeavesRealFilesAlone() throws {
    let text = try String(contentsOfFile: Fixture.path("valid/small.yaml"), encoding: .utf8)
    #expect(YAMLReader.tooDeep(text, file: "x") == nil)
}

@Test func tooLargeSaysWhereTheLimitIsPassed() throws {
    // Bytes: the first byte past the limit, counted in lines and characters.
    let line = "# " + String(repeating: "字", count: 1000) + "\n"
    let lines = YAMLReader.maxBytes / line.utf8.count + 2
    let big = calendarHead + String(repeating: line, count: lines)
    let l = ScenarioLoader.load(text: big, path: "big.yaml")
    let e = try #require(l.errors.first { $0.id == "too-large" })
    let head = Array(big.utf8.prefix(YAMLReader.maxBytes))
    let expectedLine = head.filter { $0 == 0x0A }.count + 1
    #expect(e.line == expectedLine)
    #expect(e.column > 1 && e.column <= 1002)
    // Values: the place where the expansion passes the limit, not the top of the file.
    var laughs = calendarHead + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { laughs += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    let expanded = try #require(ScenarioLoader.load(text: laughs, path: "laughs.yaml").errors.first { $0.id == "too-large" })
    #expect(expanded.line > 1)
}
