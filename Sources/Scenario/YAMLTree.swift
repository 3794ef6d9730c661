import Foundation
import Texts
import Yams

/// A YAML value with the file position of its first character. Our own tree (rather than
/// Yams' `Node`) so that a variant can splice nodes from several files and every value still
/// knows which file it came from.
struct YNode: Sendable {
    enum Kind: Sendable {
        /// The raw text as written (never Yams' resolved type: `2025-03-10` stays a string, `10:00`
        /// is not read as a sexagesimal number); `plain` is false for quoted and block scalars.
        case scalar(String, plain: Bool)
        case sequence([YNode])
        case mapping([YPair])
    }
    var kind: Kind
    var location: SourceLocation

    var text: String? { if case let .scalar(s, _) = kind { s } else { nil } }
    var items: [YNode]? { if case let .sequence(a) = kind { a } else { nil } }
    var pairs: [YPair]? { if case let .mapping(p) = kind { p } else { nil } }
    var isNull: Bool {
        if case let .scalar(s, plain) = kind { plain && ["", "~", "null", "Null", "NULL"].contains(s) } else { false }
    }
    /// How a message names what was found instead of what was expected.
    var found: String {
        switch kind {
        case .scalar: isNull ? "nothing" : "'\(Self.clip(text ?? ""))'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
    static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }

    func value(forKey key: String) -> YNode? { pairs?.first { $0.key.text == key }?.value }
}

struct YPair: Sendable {
    var key: YNode
    var value: YNode
}

/// Turns text into a `YNode` tree, or diagnostics saying why it cannot. Never traps: sizes and
/// nesting are bounded before Yams (whose composer recurses per level) sees the text.
enum YAMLReader {
    static let maxBytes = 16 << 20
    static let maxDepth = 200
    static let maxNodes = 1_000_000

    /// Reads a file as UTF-8 (or UTF-16 with a byte-order mark).
    static func readFile(_ path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, at: .wholeFile(path), "cannot read file '\(path)'", code: .fileUnreadable)])
        }
        return decode(data, path: path)
    }

    /// The bytes of a file as text, or why they are not.
    static func decode(_ data: Data, path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        if data.count > maxBytes {
            return (nil, [tooManyBytes(data.prefix(maxBytes + 1), total: data.count, file: path)])
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]), let s = String(data: data, encoding: .utf16) {
            return (s, [])
        }
        if let s = String(validating: bytes, as: UTF8.self) { return (s, []) }
        // Point at the first byte that is not UTF-8.
        var valid = 0
        var decoder = UTF8()
        var it = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&it) {
            case let .scalarValue(s): valid += UTF8.width(s)
            case .emptyInput, .error: break loop
            }
        }
        let prefix = String(decoding: bytes[..<min(valid, bytes.count)], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        let loc = SourceLocation(file: path, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
        return (
            nil,
            [
                Diagnostic(
                    .error, at: loc, "file is not UTF-8 text", code: .badEncoding,
                    hint: "save it as UTF-8 (Excel: 'CSV UTF-8'; editors: 'UTF-8')")
            ]
        )
    }

    static func parse(_ text: String, file: String, wording: Wording = .english) -> (YNode?, [Diagnostic]) {
        // Editors on Windows add a byte-order mark; libyaml, fed a Swift string as UTF-8, would read it as content.
        if text.unicodeScalars.first == "\u{FEFF}" { return parse(String(text.unicodeScalars.dropFirst()), file: file, wording: wording) }
        if text.utf8.count > maxBytes {
            return (nil, [tooManyBytes(Data(text.utf8.prefix(maxBytes + 1)), total: text.utf8.count, file: file)])
        }
        if let at = tooDeep(text, file: file) {
            return (nil, [Diagnostic(.error, at: at, "values are nested more than \(maxDepth) levels deep", code: .tooDeep)])
        }
        // Named where they stand, before the parser reports them as something else elsewhere.
        let controls = ControlCharacters.scan(text, file: file)
        if !controls.isEmpty { return (nil, controls) }
        let fullWidth = FullWidthPunctuation.scan(text, file: file, wording: wording)
        if !fullWidth.isEmpty { return (nil, fullWidth) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return (nil, [syntaxDiagnostic(error, text: text, file: file)])
        } catch {
            return (nil, [Diagnostic(.error, at: .wholeFile(file), "cannot parse file: \(error)", code: .yamlSyntax)])
        }
        guard let node else { return (nil, []) }
        var budget = maxNodes
        var exhaustedAt: SourceLocation?
        guard let tree = convert(node, file: file, budget: &budget, exhaustedAt: &exhaustedAt) else {
            return (
                nil,
                [
                    Diagnostic(
                        .error, at: exhaustedAt ?? SourceLocation(file: file, line: 1, column: 1),
                        "file expands to more than \(maxNodes) values; the limit is reached by the value here", code: .tooLarge,
                        hint: "aliases (*name) may repeat large parts; write them out or split the file")
                ]
            )
        }
        return (tree, [])
    }

    static func syntaxDiagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
        func located(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> Diagnostic {
            var notes: [String] = []
            if let context { notes.append("\(context.text) that starts at \(file):\(context.mark.line):\(context.mark.column)") }
            if problem.contains("found character that cannot start any token"), let l = DiagnosticRenderer.line(mark.line, of: text),
                l.unicodeScalars.dropFirst(max(0, mark.column - 1)).first == "\t"
            {
                notes.append("YAML does not allow tabs for indentation; use spaces")
            }
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: mark.line, column: mark.column),
                "invalid YAML: \(problem)", code: .yamlSyntax, notes: notes)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return located(context, problem, mark)
        case let .reader(problem, offset, _, _):
            var loc = SourceLocation(file: file, line: 1, column: 1)
            if let offset, offset >= 0 {
                let prefix = text.prefix(offset)
                let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
                loc = SourceLocation(file: file, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
            }
            return Diagnostic(.error, at: loc, "invalid YAML: \(problem)", code: .yamlSyntax)
        default:
            return Diagnostic(.error, at: .wholeFile(file), "invalid YAML: \(error)", code: .yamlSyntax)
        }
    }

    /// Converts Yams' tree, applying merge keys (`<<: *defaults`) and bounding the total size,
    /// since aliases can make a small file expand enormously.
    /// The byte limit's place in the file: the line and column of its first byte past the limit.
    static func tooManyBytes(_ head: Data, total: Int, file: String) -> Diagnostic {
        let before = head.prefix(maxBytes)
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column),
            "file is \(total) bytes, more than the \(maxBytes) a scenario may have; the limit is passed here", code: .tooLarge,
            hint: "a scenario this large is usually something pasted in by mistake: look at what the file holds around this line")
    }

    static func convert(_ node: Node, file: String, budget: inout Int, exhaustedAt: inout SourceLocation?) -> YNode? {
        budget -= 1
        let loc = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard budget >= 0 else {
            if exhaustedAt == nil { exhaustedAt = loc }
            return nil
        }
        switch node {
        case let .scalar(s):
            return YNode(kind: .scalar(s.string, plain: s.style == .plain || s.style == .any), location: loc)
        case let .sequence(seq):
            var out: [YNode] = []
            for item in seq { guard let c = convert(item, file: file, budget: &budget, exhaustedAt: &exhaustedAt) else { return nil }; out.append(c) }
            return YNode(kind: .sequence(out), location: loc)
        case let .mapping(map):
            var out: [YPair] = []
            var merged: [YPair] = []
            for (k, v) in map {
                guard let key = convert(k, file: file, budget: &budget, exhaustedAt: &exhaustedAt),
                    let value = convert(v, file: file, budget: &budget, exhaustedAt: &exhaustedAt)
                else { return nil }
                if case let .scalar(s, plain) = key.kind, plain, s == "<<" {
                    let sources = value.items ?? [value]
                    for src in sources { merged += src.pairs ?? [] }
                    if sources.allSatisfy({ $0.pairs != nil }) { continue }
                }
                out.append(YPair(key: key, value: value))
            }
            // Keys written here win over merged ones; the first merged source wins among merges.
            var seen = Set(out.compactMap { $0.key.text })
            for p in merged { if let k = p.key.text, !seen.contains(k) { seen.insert(k); out.append(p) } }
            return YNode(kind: .mapping(out), location: loc)
        }
    }

    /// A cheap upper bound of the nesting depth, so pathological input is refused before the
    /// recursive composer runs. Real scenarios stay below 20; the bound overestimates a little.
    static func tooDeep(_ text: String, file: String) -> SourceLocation? {
        var flow = 0
        var indents: [Int] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(rawLine.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " { i += 1 }
            if flow == 0, i < scalars.count, scalars[i] != "#", scalars[i] != "\r" {
                while let last = indents.last, last > i { indents.removeLast() }
                if indents.last != i { indents.append(i) }
            }
            var indicators = 0
            var quote: Unicode.Scalar?
            var j = i
            while j < scalars.count {
                let c = scalars[j]
                let next: Unicode.Scalar? = j + 1 < scalars.count ? scalars[j + 1] : nil
                if let q = quote {
                    if c == q { quote = nil }
                } else {
                    switch c {
                    case "\"", "'": quote = c
                    case "#" where j == 0 || scalars[j - 1] == " " || scalars[j - 1] == "\t": j = scalars.count; continue
                    case "[", "{": flow += 1
                    case "]", "}": flow = max(0, flow - 1)
                    case "-", "?", ":": if next == nil || next == " " || next == "\t" { indicators += 1 }
                    default: break
                    }
                }
                if 2 * indents.count + indicators + flow > maxDepth {
                    return SourceLocation(file: file, line: lineNumber, column: j + 1)
                }
                j += 1
            }
        }
        return nil
    }
}
