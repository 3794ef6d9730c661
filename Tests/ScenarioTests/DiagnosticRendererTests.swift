import Testing

@testable import Scenario

/// The renderer splits each file into lines once; every line must be the one the single-line
/// lookup finds, whatever the line endings, a BOM or a missing last newline.
@Test(arguments: ["a\nb\nc", "a\r\nb\r\n", "\u{FEFF}first\nsecond", "x\ry\n\nz", "", "\n\n", "只有一行：中文"])
func linesAgreeWithTheSingleLineLookup(_ text: String) {
    let lines = DiagnosticRenderer.lines(of: text)
    for n in 1...(lines.count + 1) {
        #expect(DiagnosticRenderer.line(n, of: text) == (lines.indices.contains(n - 1) ? String(lines[n - 1]) : nil), "line \(n) of \(text.debugDescription)")
    }
}

@Test func manyDiagnosticsEachShowTheirOwnSourceLine() {
    let text = (1...300).map { "  - {from: a, to: b, minutes: \($0)}" }.joined(separator: "\n")
    let diagnostics = (1...300).map { Diagnostic(.error, at: SourceLocation(file: "f.yaml", line: $0, column: 5), "given twice", code: .duplicateID) }
    let out = DiagnosticRenderer(sources: ["f.yaml": text]).render(diagnostics)
    for n in [1, 150, 300] { #expect(out.contains("minutes: \(n)}\n    ^"), "line \(n) not shown under its diagnostic") }
}
