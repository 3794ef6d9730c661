/// Where something is in a scenario file: 1-based line and column, columns counted in Unicode
/// scalars (as libyaml counts them). Line 0 means the file as a whole (e.g. it could not be read).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    public static func wholeFile(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 0, column: 0) }
    public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
    public static func < (a: Self, b: Self) -> Bool { (a.file, a.line, a.column) < (b.file, b.line, b.column) }
}

public enum Severity: String, Sendable, Comparable {
    case error, warning, note
    var rank: Int {
        switch self {
        case .error: 0;
        case .warning: 1;
        case .note: 2
        }
    }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// One problem found in a scenario, pointing at a file position. `id` is a stable short code
/// (see `DiagnosticCode`); later layers may add their own codes.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var id: String
    /// A short fix, printed after the message as `— hint` (the contract's `WHAT — HINT`).
    public var hint: String?
    /// Printed as `note: …` lines below the caret: did-you-mean, accepted values, related places.
    public var notes: [String]

    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, id: String,
        hint: String? = nil, notes: [String] = []
    ) {
        self.severity = severity; self.file = location.file; self.line = location.line; self.column = location.column
        self.message = message; self.id = id; self.hint = hint; self.notes = notes
    }
    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, code: DiagnosticCode,
        hint: String? = nil, notes: [String] = []
    ) {
        self.init(severity, at: location, message, id: code.rawValue, hint: hint, notes: notes)
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    public var isError: Bool { severity == .error }

    /// The first line of the rendered form: `FILE:LINE:COLUMN: error: message — hint [id]`.
    public var headline: String {
        let text = hint.map { "\(message) — \($0)" } ?? message
        return "\(location): \(severity.rawValue): \(text) [\(id)]"
    }

    /// Stable order: file, line, column, then severity, id and message so equal positions never shuffle.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity < b.severity }
        return (a.id, a.message) < (b.id, b.message)
    }
}

/// Every code this layer emits. Raw values are what users see in brackets and may search for.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // The file itself
    case fileUnreadable = "file-unreadable"
    case badEncoding = "bad-encoding"
    case yamlSyntax = "yaml-syntax"
    case controlCharacter = "control-character"
    case tooLarge = "too-large"
    case tooDeep = "too-deep"
    case fullWidthPunctuation = "full-width-punctuation"
    // Shape
    case badFormat = "bad-format"
    case unknownKey = "unknown-key"
    case duplicateKey = "duplicate-key"
    case wrongType = "wrong-type"
    case missingField = "missing-field"
    case badValue = "bad-value"
    case badID = "bad-id"
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    // Values
    case badDate = "bad-date"
    case badTime = "bad-time"
    case endBeforeStart = "end-before-start"
    case overlappingPeriods = "overlapping-periods"
    case nonPositive = "non-positive"
    case outOfRange = "out-of-range"
    case negativeWeight = "negative-weight"
    case menuTooSmall = "menu-too-small"
    case packageFirstRemoved = "package-first-removed"
    case fiveHavesSegment = "five-haves-segment"
    case fiveHavesForm = "five-haves-form"
    case fiveHavesPeriods = "five-haves-periods"
    case placementHost = "placement-host"
    case onlineVenueField = "online-venue-field"
    case outsideCalendar = "outside-calendar"
    case pinOutsideCalendar = "pin-outside-calendar"
    case pinNotTaken = "pin-not-taken"
    case cohortTooSmall = "cohort-too-small"
    case cohortRepeatedGroup = "cohort-repeated-group"
    case orderCycle = "order-cycle"
    case rosterSize = "roster-size"
    case mentoringWithoutMentors = "mentoring-without-mentors"
    case teamDayTooShort = "team-day-too-short"
    // Variants
    case unknownBase = "unknown-base"
    case variantCycle = "variant-cycle"
    case unknownCollection = "unknown-collection"
    // Proven impossible before any solve
    case impossibleNoTeachingDays = "impossible-no-teaching-days"
    case impossibleHours = "impossible-hours"
    case impossibleNoTeacher = "impossible-no-teacher"
    case impossibleNoVenue = "impossible-no-venue"
    case impossibleTeacherLoad = "impossible-teacher-load"
    case impossibleSessionLength = "impossible-session-length"
    case impossibleFirst = "impossible-first"
    case impossibleMinDays = "impossible-min-days"
    case impossibleDailyLimit = "impossible-daily-limit"
    case impossibleOrder = "impossible-order"
    case impossiblePlacement = "impossible-placement"
    // Warnings
    case unusedVenue = "unused-venue"
    case idleTeacher = "idle-teacher"
    case untaughtCourse = "untaught-course"
}

/// Turns diagnostics into the text users read: headline, the source line, a caret under the
/// column, then the notes. `sources` maps each file path to its text.
public struct DiagnosticRenderer: Sendable {
    public var sources: [String: String]
    public init(sources: [String: String]) { self.sources = sources }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        // Each file split into lines once: 2,000 diagnostics must not each scan the file from the top.
        var lines: [String: [Substring]] = [:]
        for d in diagnostics where d.line > 0 && lines[d.file] == nil { lines[d.file] = sources[d.file].map(Self.lines) }
        return diagnostics.sorted(by: Diagnostic.ordered).map { render($0, lines: lines[$0.file] ?? nil) }.joined()
    }

    public func render(_ d: Diagnostic) -> String {
        render(d, lines: d.line > 0 ? sources[d.file].map(Self.lines) : nil)
    }

    func render(_ d: Diagnostic, lines: [Substring]?) -> String {
        var out = Self.printable(d.headline) + "\n"
        if d.line > 0, let lines, lines.indices.contains(d.line - 1), case let sourceLine = String(lines[d.line - 1]),
            !sourceLine.allSatisfy(\.isWhitespace)
        {
            out += Self.printable(sourceLine) + "\n" + Self.caret(under: d.column, in: sourceLine) + "\n"
        }
        for note in d.notes { out += "note: \(Self.printable(note))\n" }
        return out
    }

    /// Control characters from a file must not reach the terminal (escape sequences); each
    /// becomes one '?' so the caret still lines up.
    static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(isControl(c) ? "?" : c) }
        return String(out)
    }
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        c != "\t" && (c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c == "\u{FEFF}")
    }

    /// The lines of a text as `line(_:of:)` counts them (`\n`, `\r\n` or `\r` end one; a BOM is not part of line 1).
    static func lines(of text: String) -> [Substring] {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
        return body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    static func line(_ n: Int, of text: String) -> String? {
        if n == 1, text.unicodeScalars.first == "\u{FEFF}" { return line(1, of: String(text.unicodeScalars.dropFirst())) }
        var current = 1
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\n" || text[i] == "\r\n" || text[i] == "\r" {
                if current == n { return String(text[start..<i]) }
                current += 1
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return current == n ? String(text[start..<text.endIndex]) : nil
    }

    /// Pads with what the terminal shows before the column: tabs stay tabs and wide (CJK)
    /// characters take two cells, so the caret lands under the right character.
    static func caret(under column: Int, in line: String) -> String {
        var pad = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" { pad += "\t" } else { pad += isWide(scalar) ? "  " : " " }
        }
        let missing = max(0, column - 1 - line.unicodeScalars.count)
        return pad + String(repeating: " ", count: missing) + "^"
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}
