import Foundation
import Testing

@testable import Exporters

@Suite struct CSVTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+86 138", "'+86 138"), ("-1", "'-1"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\r\nx", "'\r\nx"), ("'=x", "''=x"), ("''+", "'''+"), ("'plain", "'plain"), ("'", "'"), ("a=b", "a=b"),
        ("", ""), ("党校", "党校"), ("1-2", "1-2")
    ])
    func formulaGuardIsReversible(_ cell: String, _ written: String) {
        #expect(CSV.guarded(cell) == written)
        #expect(CSV.unguarded(written) == cell)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("中文，全角逗号", "中文，全角逗号")
    ])
    func quotesOnlyWhenNeeded(_ cell: String, _ written: String) { #expect(CSV.quoted(cell) == written) }

    @Test func parsesWhatItWrites() throws {
        let rows = [["a", "b,c", "\"q\"", ""], ["=1", "x\r\ny", "'@", "末尾"], [""], ["-"]]
        let parsed = try CSV.parse(CSV.document(rows))
        #expect(parsed.map { $0.cells.map(CSV.unguarded) } == rows)
        // A quoted cell spanning two lines pushes later records' line numbers down.
        #expect(parsed.map(\.line) == [1, 2, 4, 5])
    }

    @Test(arguments: [
        ("a,\"b\nc", 1, "quoted cell is never closed"),
        ("a\nb,\"c\"d", 2, "unexpected text after a closing quote"),
        ("a\nb\nc\"d", 3, "quote inside an unquoted cell")
    ])
    func parseErrorsNameTheLine(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: CSV.ParseError(line: line, message: message)) { try CSV.parse(Data(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: CSV.ParseError(line: 1, message: "file is not UTF-8")) { try CSV.parse(Data([0x61, 0xFF, 0x62])) }
    }
}
