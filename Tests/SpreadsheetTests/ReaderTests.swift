import Foundation
import Testing
import Texts
import ZIPFoundation

@testable import Spreadsheet

/// The reader on workbooks other programs make, and on files that are not workbooks.
@Suite struct ReaderTests {
    /// A minimal workbook written by hand, in the shapes Excel and other programs use: shared
    /// strings with runs and phonetic guides, inline strings, booleans, errors, formulas, cells
    /// without `r`, prefixed elements, dates under built-in and custom formats, times.
    static func handMade(sheetXML: String, styles: String? = nil, date1904: Bool = false) throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { (position: Int64, size: Int) in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        try add(
            "_rels/.rels",
            #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        )
        try add(
            "xl/workbook.xml",
            """
            <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="名单" sheetId="1" r:id="rId7"/></sheets></workbook>
            """)
        var relations =
            #"<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>"#
        relations +=
            #"<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        if styles != nil {
            relations += #"<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        }
        try add(
            "xl/_rels/workbook.xml.rels",
            #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relations + "</Relationships>")
        try add(
            "xl/sharedStrings.xml",
            """
            <?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <si><t>姓名</t></si><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh><t>ちょう</t></rPh></si>\
            <si><t>a_x000D_b</t></si></sst>
            """)
        if let styles { try add("xl/styles.xml", styles) }
        try add(
            "xl/worksheets/sheet1.xml",
            """
            <?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            \(sheetXML)</x:sheetData></x:worksheet>
            """)
        return try #require(archive.data)
    }

    @Test func readsStringsNumbersBooleansAndFormulas() throws {
        let data = try Self.handMade(
            sheetXML: """
                <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>\
                <x:row><x:c r="B2"><x:v>42.0</x:v></x:c><x:c><x:v>0.1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>\
                <x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c r="B5" t="str"><x:f>A5</x:f><x:v>内联</x:v></x:c>\
                <x:c r="C5" t="e"><x:v>#N/A</x:v></x:c><x:c r="D5"/><x:c r="E5" t="s"><x:v></x:v></x:c><x:c r="F5"><x:v>-3</x:v></x:c></x:row>
                """)
        let reader = try XLSXReader(data: data)
        #expect(reader.sheetNames == ["名单"])
        let sheet = try reader.sheet(named: "名单")
        #expect(sheet.cells.map(\.reference) == ["A1", "B1", "C1", "B2", "C2", "D2", "A5", "B5", "C5", "F5"])
        #expect(sheet["A1"] == "姓名")
        #expect(sheet["B1"] == "张三 ", "runs joined, phonetic guide left out, spaces kept")
        #expect(sheet["C1"] == "a\rb")
        #expect(sheet["B2"] == "42")
        #expect(sheet["C2"] == "0.1")
        #expect(sheet["D2"] == "FALSE")
        #expect(sheet["A5"] == "内联")
        #expect(sheet["B5"] == "内联")
        #expect(sheet["C5"] == "#N/A")
        #expect(sheet["F5"] == "-3")
    }

    @Test func datesAndTimesFollowTheCellsFormat() throws {
        let styles = """
            <?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
            <numFmt numFmtId="165" formatCode="[$-F400]h:mm:ss\\ AM/PM"/><numFmt numFmtId="166" formatCode="0.00&quot;天&quot;"/></numFmts>\
            <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs></styleSheet>
            """
        let data = try Self.handMade(
            sheetXML: """
                <x:row r="1"><x:c r="A1" s="1"><x:v>46083</x:v></x:c><x:c r="B1" s="2"><x:v>46084</x:v></x:c>\
                <x:c r="C1" s="3"><x:v>0.35416666666666669</x:v></x:c><x:c r="D1" s="4"><x:v>46083</x:v></x:c>\
                <x:c r="E1" s="5"><x:v>46083.5</x:v></x:c><x:c r="F1" s="0"><x:v>46083</x:v></x:c></x:row>
                """, styles: styles)
        let sheet = try XLSXReader(data: data).sheet(named: "名单")
        #expect(sheet["A1"] == "2026-03-02")
        #expect(sheet["B1"] == "2026-03-03")
        #expect(sheet["C1"] == "08:30")
        #expect(sheet["D1"] == "46083", "a number format that is not a date")
        #expect(sheet["E1"] == "2026-03-02 12:00")
        #expect(sheet["F1"] == "46083")
    }

    @Test func customFormatsAreToldApartByTheirDateAndTimeLetters() {
        #expect(NumberFormats.custom("yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(NumberFormats.custom("[$-804]aaaa") == .date)
        #expect(NumberFormats.custom("mmm") == .date)
        #expect(NumberFormats.custom("h:mm AM/PM") == .time)
        #expect(NumberFormats.custom("[h]:mm") == .time)
        #expect(NumberFormats.custom("General") == .other)
        #expect(NumberFormats.custom("0.00E+00") == .other)
        #expect(NumberFormats.custom("#,##0.00_);[Red](#,##0.00)") == .other)
        #expect(NumberFormats.custom("0\" days\"") == .other)
        #expect(NumberFormats.builtIn(14) == .date && NumberFormats.builtIn(20) == .time && NumberFormats.builtIn(2) == .other)
    }

    @Test func the1904DateSystem() throws {
        let styles =
            #"<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
        let data = try Self.handMade(
            sheetXML: #"<x:row r="1"><x:c r="A1" s="1"><x:v>44621</x:v></x:c></x:row>"#,
            styles: styles, date1904: true)
        #expect(try XLSXReader(data: data).sheet(named: "名单")["A1"] == "2026-03-02")
    }

    @Test func excelSerialsBothWays() {
        #expect(ExcelDates.serial(year: 1900, month: 1, day: 1) == 1)
        #expect(ExcelDates.serial(year: 1900, month: 3, day: 1) == 61)
        #expect(ExcelDates.serial(year: 2026, month: 3, day: 2) == 46083)
        #expect(ExcelDates.serial(year: 2026, month: 2, day: 29) == nil)
        #expect(ExcelDates.isoDate(serial: 1) == "1900-01-01")
        #expect(ExcelDates.isoDate(serial: 59) == "1900-02-28")
        #expect(ExcelDates.isoDate(serial: 61) == "1900-03-01")
        #expect(ExcelDates.isoDate(serial: 46083) == "2026-03-02")
    }

    @Test func notAZipIsAPlainError() {
        #expect(throws: SpreadsheetError.notAWorkbook) { try XLSXReader(data: Data("date,period\n".utf8)) }
        #expect(throws: SpreadsheetError.notAWorkbook) { try XLSXReader(data: Data()) }
        #expect(SpreadsheetError.notAWorkbook.message(.chinese).contains("工作簿"))
    }

    @Test func missingAndDamagedPartsArePlainErrors() throws {
        let empty = try Archive(accessMode: .create)
        try empty.addEntry(with: "hello.txt", type: .file, uncompressedSize: Int64(2)) { (_: Int64, _: Int) in Data("hi".utf8) }
        #expect(throws: SpreadsheetError.missingPart("xl/workbook.xml")) { try XLSXReader(data: try #require(empty.data)) }

        let damaged = try Self.handMade(sheetXML: "<x:row><x:c t=\"s\"><x:v>99</x:v></x:c></x:row>")
        #expect(throws: SpreadsheetError.damagedPart("xl/worksheets/sheet1.xml")) { try XLSXReader(data: damaged) }
        let broken = try Self.handMade(sheetXML: "<x:row><x:c>")
        #expect(throws: SpreadsheetError.damagedPart("xl/worksheets/sheet1.xml")) { try XLSXReader(data: broken) }
        #expect(throws: SpreadsheetError.noSuchSheet("课程表")) {
            try XLSXReader(data: damaged.isEmpty ? damaged : Self.handMade(sheetXML: "")).sheet(named: "课程表")
        }
    }

    @Test func aMissingFileIsAPlainError() {
        #expect(throws: SpreadsheetError.self) { try XLSXReader(contentsOf: URL(fileURLWithPath: "/nonexistent/名单.xlsx")) }
    }
}
