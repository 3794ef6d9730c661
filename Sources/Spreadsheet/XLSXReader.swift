import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads an .xlsx workbook: its sheet names in order and each sheet's non-empty cells as text.
/// Shared and inline strings read as written; numbers without a needless `.0` (`3`, `2.5`);
/// booleans as `TRUE`/`FALSE`; a number in a date-formatted cell as `YYYY-MM-DD` (with ` HH:MM`
/// when it also holds a time), in a time-formatted cell as `HH:MM`; formulas as their last
/// computed value; error values (`#N/A`) as written. Problems are thrown as `SpreadsheetError`.
public struct XLSXReader: Sendable {
    public let sheets: [ReadSheet]

    public var sheetNames: [String] { sheets.map(\.name) }

    public func sheet(named name: String) throws(SpreadsheetError) -> ReadSheet {
        guard let sheet = sheets.first(where: { $0.name == name }) else { throw .noSuchSheet(name) }
        return sheet
    }

    public init(contentsOf url: URL) throws(SpreadsheetError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: data)
    }

    public init(data: Data) throws(SpreadsheetError) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAWorkbook
        }
        let parts = Parts(archive: archive)
        let workbookPath = try parts.workbookPath()
        let workbook = try parts.xml(workbookPath)
        let relations = try parts.relationships(of: workbookPath)
        let sharedStrings = try parts.sharedStrings(relations: relations, base: workbookPath)
        let styles = try parts.styles(relations: relations, base: workbookPath)
        let dateSystem1904 = workbook.child("workbookPr")?.attribute("date1904").map { $0 == "1" || $0 == "true" } ?? false

        var sheets: [ReadSheet] = []
        for entry in workbook.child("sheets")?.children("sheet") ?? [] {
            let name = entry.attribute("name") ?? ""
            guard let id = entry.attribute("id"), let target = relations[id] else {
                throw .missingPart("xl/worksheets (\(name))")
            }
            let path = Parts.resolve(target, against: workbookPath)
            // A chartsheet or dialog sheet has no cells; it keeps its place in the order.
            guard path.contains("worksheets/") || parts.has(path) else { throw .missingPart(path) }
            let sheet = try parts.xml(path)
            let reader = CellReader(sharedStrings: sharedStrings, styles: styles, dateSystem1904: dateSystem1904)
            sheets.append(ReadSheet(name: name, cells: sheet.name == "worksheet" ? try reader.cells(of: sheet, part: path) : []))
        }
        self.sheets = sheets
    }
}

/// The zip's parts, each read and parsed on request.
private struct Parts {
    let archive: Archive

    func has(_ path: String) -> Bool { archive[path] != nil }

    func bytes(_ path: String) throws(SpreadsheetError) -> Data {
        guard let entry = archive[path] else { throw .missingPart(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw .damagedPart(path)
        }
        return data
    }

    func xml(_ path: String) throws(SpreadsheetError) -> Node {
        let data = try bytes(path)
        let parsed = XMLHash.config { options in
            options.shouldProcessNamespaces = true
            options.detectParsingErrors = true
        }.parse(data)
        guard case .element(let root) = parsed, let top = Node(root).elements.first else { throw .damagedPart(path) }
        return top
    }

    /// The workbook part named by the package relationships (almost always `xl/workbook.xml`).
    func workbookPath() throws(SpreadsheetError) -> String {
        if has("_rels/.rels") {
            let rels = try xml("_rels/.rels")
            for relation in rels.children("Relationship")
            where relation.attribute("Type")?.hasSuffix("/officeDocument") == true {
                if let target = relation.attribute("Target") { return Parts.resolve(target, against: "") }
            }
        }
        return "xl/workbook.xml"
    }

    /// Relationship id → target of a part's relationships (`xl/_rels/workbook.xml.rels`).
    func relationships(of part: String) throws(SpreadsheetError) -> [String: String] {
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[..<$0]) + "/" } ?? ""
        let file = slash.map { String(part[part.index(after: $0)...]) } ?? part
        let path = folder + "_rels/" + file + ".rels"
        var result: [String: String] = [:]
        for relation in try xml(path).children("Relationship") {
            if let id = relation.attribute("Id"), let target = relation.attribute("Target") { result[id] = target }
        }
        return result
    }

    func sharedStrings(relations: [String: String], base: String) throws(SpreadsheetError) -> [String] {
        guard let path = target(endingWith: "sharedStrings.xml", relations, base) else { return [] }
        // A `<t>` directly under `<si>`, or the runs' `<t>`s; phonetic guides (`<rPh>`) left out.
        return try xml(path).children("si").map { item in
            let pieces = item.elements.flatMap { element -> [String] in
                switch element.name {
                case "t": [element.text]
                case "r": element.children("t").map(\.text)
                default: []
                }
            }
            return OOXMLText.unescaped(pieces.joined())
        }
    }

    func styles(relations: [String: String], base: String) throws(SpreadsheetError) -> [NumberFormats.Kind] {
        guard let path = target(endingWith: "styles.xml", relations, base) else { return [] }
        let styles = try xml(path)
        var custom: [Int: NumberFormats.Kind] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") {
                custom[id] = NumberFormats.custom(code)
            }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            return custom[id] ?? NumberFormats.builtIn(id)
        }
    }

    private func target(endingWith suffix: String, _ relations: [String: String], _ base: String) -> String? {
        let candidates = relations.values.filter { $0.hasSuffix(suffix) }.sorted()
        if let target = candidates.first { return Parts.resolve(target, against: base) }
        let fallback = Parts.resolve(suffix, against: base)
        return has(fallback) ? fallback : nil
    }

    /// A relationship target relative to the part that names it (or absolute, from `/`).
    static func resolve(_ target: String, against base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var folder = base.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = folder.popLast() } else if piece != "." { folder.append(String(piece)) }
        }
        return folder.joined(separator: "/")
    }
}

/// Turns a worksheet's `<c>` elements into texts.
private struct CellReader {
    let sharedStrings: [String]
    let styles: [NumberFormats.Kind]
    let dateSystem1904: Bool

    func cells(of sheet: Node, part: String) throws(SpreadsheetError) -> [ReadCell] {
        var cells: [ReadCell] = []
        var rowNumber = 0
        for row in sheet.child("sheetData")?.children("row") ?? [] {
            // `r` may be left out; then the row (or cell) follows the previous one.
            rowNumber = row.attribute("r").flatMap(Int.init) ?? rowNumber + 1
            var columnNumber = 0
            for cell in row.children("c") {
                if let reference = cell.attribute("r") {
                    guard let place = CellReference.parse(reference) else { throw .damagedPart(part) }
                    columnNumber = place.column
                } else {
                    columnNumber += 1
                }
                guard let value = try text(of: cell, part: part), !value.isEmpty else { continue }
                cells.append(
                    ReadCell(
                        reference: CellReference.name(row: rowNumber, column: columnNumber),
                        row: rowNumber, column: columnNumber, value: value))
            }
        }
        return cells
    }

    private func text(of cell: Node, part: String) throws(SpreadsheetError) -> String? {
        let stored = cell.child("v")?.text
        switch cell.attribute("t") ?? "n" {
        case "s":
            guard let stored, !stored.isEmpty else { return nil }
            guard let n = Int(stored.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(n) else {
                throw .damagedPart(part)
            }
            return sharedStrings[n]
        case "inlineStr":
            guard let inline = cell.child("is") else { return stored.map(OOXMLText.unescaped) }
            let pieces = inline.elements.flatMap { element -> [String] in
                switch element.name {
                case "t": [element.text]
                case "r": element.children("t").map(\.text)
                default: []
                }
            }
            return OOXMLText.unescaped(pieces.joined())
        case "str", "e":
            return stored.map(OOXMLText.unescaped)
        case "b":
            return stored.map { $0.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE" }
        case "d":
            // An ISO 8601 date written as text (rare; Strict files): keep the date part.
            return stored.map { String($0.prefix(while: { $0 != "T" })) }
        default:
            guard let stored = stored?.trimmingCharacters(in: .whitespaces), !stored.isEmpty else { return nil }
            guard let number = Double(stored) else { throw .damagedPart(part) }
            let style = cell.attribute("s").flatMap(Int.init) ?? 0
            return formatted(number, kind: styles.indices.contains(style) ? styles[style] : .other)
        }
    }

    private func formatted(_ number: Double, kind: NumberFormats.Kind) -> String {
        switch kind {
        case .date:
            guard let date = ExcelDates.isoDate(serial: number, dateSystem1904: dateSystem1904) else { break }
            let hasTime = number != number.rounded(.down)
            return hasTime ? date + " " + (ExcelDates.clockTime(serial: number) ?? "") : date
        case .time:
            if let time = ExcelDates.clockTime(serial: number), number < 1 { return time }
        case .other:
            break
        }
        return NumberText.plain(number)
    }
}

/// Numbers as a person writes them: `3` not `3.0`, `2.5`, `0.1`.
enum NumberText {
    static func plain(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}

/// OOXML escapes characters XML cannot hold as `_xHHHH_` (and a literal `_xHHHH_` as
/// `_x005F_xHHHH_`).
enum OOXMLText {
    /// Text as the writer must hand it over so it reads back the same: libxlsxwriter escapes
    /// control characters but not a literal `_xHHHH_`, so that is escaped here.
    static func escapedLiterals(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", UInt32(hex, radix: 16) != nil {
                result += "_x005F"
            }
            result += "_x"
            rest = after
        }
        return result + rest
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// A parsed XML element, looked at by local names (prefixes such as `x:` or `r:` ignored).
struct Node {
    let element: SWXMLHash.XMLElement

    init(_ element: SWXMLHash.XMLElement) { self.element = element }

    var name: String { Node.local(element.name) }
    var elements: [Node] { element.children.compactMap { ($0 as? SWXMLHash.XMLElement).map(Node.init) } }
    var text: String { element.recursiveText }

    func children(_ name: String) -> [Node] { elements.filter { $0.name == name } }
    func child(_ name: String) -> Node? { elements.first { $0.name == name } }

    func attribute(_ name: String) -> String? {
        if let exact = element.allAttributes[name] { return exact.text }
        return element.allAttributes.first { Node.local($0.key) == name }?.value.text
    }

    static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}
