import Domain

/// Reads `.ctt` instances and solution files strictly: the first problem stops the parse and is
/// reported at the offending token with a hint.
public enum ITCParser {
    static let headerKeys = ["Name", "Courses", "Rooms", "Days", "Periods_per_day", "Curricula", "Constraints"]
    static let sections = ["COURSES:", "ROOMS:", "CURRICULA:", "UNAVAILABILITY_CONSTRAINTS:", "END."]

    public static func parseInstance(_ text: String, file: String) throws(ITCParseError) -> ITCInstance {
        var reader = Reader(text: TokenizedText(text), file: file)
        let check = reader.check

        // Header: seven `Key: value` lines in the competition's order.
        var header: [String: (value: Token, line: Int)] = [:]
        for key in headerKeys {
            guard let line = reader.next() else {
                throw check.atEnd(
                    "file ends before the '\(key):' header line",
                    hint: "an instance starts with the headers \(headerKeys.map { "'\($0):'" }.joined(separator: ", "))")
            }
            let first = line.tokens[0]
            guard first.text == key + ":" else {
                let found = Spelling.closest(to: first.text, in: headerKeys.map { $0 + ":" })
                throw check.error(
                    line, first, "expected the '\(key):' header, found '\(first.text)'",
                    hint: found.map { "did you mean '\($0)'?" } ?? "the headers are \(headerKeys.map { "'\($0):'" }.joined(separator: ", ")), in this order")
            }
            guard line.tokens.count >= 2 else {
                throw check.error(line, line.endColumn, "'\(key):' has no value", hint: "write it as '\(key): VALUE' on one line")
            }
            guard line.tokens.count == 2 else {
                throw check.error(
                    line, line.tokens[2], "unexpected '\(line.tokens[2].text)' after '\(key): \(line.tokens[1].text)'",
                    hint: "a header line holds one value")
            }
            header[key] = (line.tokens[1], line.number)
        }
        func count(_ key: String, minimum: Int = 0) throws(ITCParseError) -> Int {
            let (token, number) = header[key]!
            let n = try check.integer(token, line: number, what: "'\(key):'")
            guard n >= minimum else {
                throw check.error(number, token.column, "'\(key):' must be at least \(minimum)", hint: "found \(n)")
            }
            return n
        }
        let name = header["Name"]!.value.text
        let courseCount = try count("Courses"), roomCount = try count("Rooms")
        let days = try count("Days", minimum: 1), periodsPerDay = try count("Periods_per_day", minimum: 1)
        let curriculumCount = try count("Curricula"), constraintCount = try count("Constraints")

        // COURSES: course teacher lectures min_working_days students
        var courses: [ITCCourse] = []
        var courseLine: [String: Int] = [:]
        try reader.section("COURSES:", expected: courseCount, header: "Courses", headerLine: header["Courses"]!.line, what: "course") {
            line throws(ITCParseError) in
            try check.fields(line, 5, "course teacher lectures min_working_days students")
            let id = line.tokens[0]
            if let first = courseLine[id.text] {
                throw check.error(line, id, "course '\(id.text)' is defined twice", hint: "first defined on line \(first)")
            }
            courseLine[id.text] = line.number
            courses.append(
                ITCCourse(
                    id: id.text, teacher: line.tokens[1].text,
                    lectures: try check.integer(line.tokens[2], line: line.number, what: "the number of lectures"),
                    minWorkingDays: try check.integer(line.tokens[3], line: line.number, what: "the minimum number of working days"),
                    students: try check.integer(line.tokens[4], line: line.number, what: "the number of students")))
        }
        let courseIDs = courses.map(\.id)

        // ROOMS: room capacity
        var rooms: [ITCRoom] = []
        var roomLine: [String: Int] = [:]
        try reader.section("ROOMS:", expected: roomCount, header: "Rooms", headerLine: header["Rooms"]!.line, what: "room") { line throws(ITCParseError) in
            try check.fields(line, 2, "room capacity")
            let id = line.tokens[0]
            if let first = roomLine[id.text] {
                throw check.error(line, id, "room '\(id.text)' is defined twice", hint: "first defined on line \(first)")
            }
            roomLine[id.text] = line.number
            rooms.append(ITCRoom(id: id.text, capacity: try check.integer(line.tokens[1], line: line.number, what: "the capacity")))
        }

        // CURRICULA: curriculum n course_1 … course_n
        var curricula: [ITCCurriculum] = []
        var curriculumLine: [String: Int] = [:]
        try reader.section("CURRICULA:", expected: curriculumCount, header: "Curricula", headerLine: header["Curricula"]!.line, what: "curriculum") {
            line throws(ITCParseError) in
            let id = line.tokens[0]
            guard line.tokens.count >= 2 else {
                throw check.error(line, line.endColumn, "curriculum '\(id.text)' has no course count", hint: "write 'curriculum n course_1 … course_n'")
            }
            let n = try check.integer(line.tokens[1], line: line.number, what: "the number of courses")
            let listed = line.tokens.count - 2
            if listed < n {
                throw check.error(
                    line, line.endColumn, "curriculum '\(id.text)' says \(n) courses but lists \(listed)",
                    hint: "add the missing course or correct the count \(n)")
            }
            if listed > n {
                throw check.error(
                    line, line.tokens[2 + n], "curriculum '\(id.text)' says \(n) courses but lists \(listed)",
                    hint: "remove the extra course or correct the count \(n)")
            }
            if let first = curriculumLine[id.text] {
                throw check.error(line, id, "curriculum '\(id.text)' is defined twice", hint: "first defined on line \(first)")
            }
            curriculumLine[id.text] = line.number
            var members: [String] = []
            for token in line.tokens.dropFirst(2) {
                try check.known(token, line: line.number, kind: "course", in: courseLine, ids: courseIDs)
                if members.contains(token.text) {
                    throw check.error(line, token, "course '\(token.text)' appears twice in curriculum '\(id.text)'", hint: "list each course once")
                }
                members.append(token.text)
            }
            curricula.append(ITCCurriculum(id: id.text, courses: members))
        }

        // UNAVAILABILITY_CONSTRAINTS: course day day_period
        var unavailable: [ITCUnavailability] = []
        try reader.section(
            "UNAVAILABILITY_CONSTRAINTS:", expected: constraintCount, header: "Constraints", headerLine: header["Constraints"]!.line,
            what: "unavailability constraint"
        ) { line throws(ITCParseError) in
            try check.fields(line, 3, "course day day_period")
            try check.known(line.tokens[0], line: line.number, kind: "course", in: courseLine, ids: courseIDs)
            let day = try check.index(line.tokens[1], line: line.number, what: "day", below: days, header: "Days")
            let period = try check.index(line.tokens[2], line: line.number, what: "period", below: periodsPerDay, header: "Periods_per_day")
            unavailable.append(ITCUnavailability(course: line.tokens[0].text, day: day, period: period))
        }

        guard let end = reader.next() else {
            throw check.atEnd("missing 'END.' at the end of the file", hint: "the file may be cut short; a complete instance ends with a line 'END.'")
        }
        guard end.tokens[0].text == "END." else {
            throw check.error(end, end.tokens[0], "expected 'END.', found '\(end.tokens[0].text)'", hint: "every section has been read; the file must end here")
        }
        if end.tokens.count > 1 {
            throw check.error(end, end.tokens[1], "unexpected '\(end.tokens[1].text)' after 'END.'", hint: "nothing may follow 'END.'")
        }
        if let extra = reader.next() {
            throw check.error(extra, extra.tokens[0], "unexpected '\(extra.tokens[0].text)' after 'END.'", hint: "nothing may follow 'END.'")
        }
        return ITCInstance(
            name: name, days: days, periodsPerDay: periodsPerDay, courses: courses, rooms: rooms,
            curricula: curricula, unavailable: unavailable)
    }
}

/// A cursor over the non-blank lines of one file, with the checks both parsers share.
struct Reader {
    let text: TokenizedText
    let check: Checker
    var position = 0

    init(text: TokenizedText, file: String) {
        self.text = text
        check = Checker(file: file, end: text.end)
    }

    mutating func next() -> TokenLine? {
        guard position < text.lines.count else { return nil }
        defer { position += 1 }
        return text.lines[position]
    }
    func peek() -> TokenLine? { position < text.lines.count ? text.lines[position] : nil }

    /// True for a line that is, or looks like a misspelling of, a section marker.
    static func looksLikeSection(_ line: TokenLine) -> Bool {
        guard line.tokens.count == 1 else { return ITCParser.sections.contains(line.tokens[0].text) }
        let t = line.tokens[0].text
        return t.hasSuffix(":") || t.uppercased() == "END." || t.uppercased() == "END"
    }

    /// Reads the marker `name` then exactly `expected` entry lines, each handed to `entry`.
    mutating func section(
        _ name: String, expected: Int, header: String, headerLine: Int, what: String,
        entry: (TokenLine) throws(ITCParseError) -> Void
    ) throws(ITCParseError) {
        guard let marker = next() else {
            throw check.atEnd(
                "file ends before the '\(name)' section",
                hint: "the sections are \(ITCParser.sections.map { "'\($0)'" }.joined(separator: ", ")), in this order")
        }
        let first = marker.tokens[0]
        guard first.text == name else {
            let close = Spelling.closest(to: first.text, in: ITCParser.sections)
            let hint =
                close.flatMap { $0 == name ? "did you mean '\(name)'?" : nil }
                ?? "the sections are \(ITCParser.sections.map { "'\($0)'" }.joined(separator: ", ")), in this order"
            throw check.error(marker, first, "expected the '\(name)' section, found '\(first.text)'", hint: hint)
        }
        if marker.tokens.count > 1 {
            throw check.error(marker, marker.tokens[1], "unexpected '\(marker.tokens[1].text)' after '\(name)'", hint: "entries start on the next line")
        }
        var read = 0
        while let line = peek() {
            if Self.looksLikeSection(line) {
                let t = line.tokens[0].text
                if !ITCParser.sections.contains(t) {
                    let close = Spelling.closest(to: t, in: ITCParser.sections)
                    throw check.error(
                        line, line.tokens[0], "unknown section '\(t)'",
                        hint: close.map { "did you mean '\($0)'?" } ?? "the sections are \(ITCParser.sections.map { "'\($0)'" }.joined(separator: ", "))")
                }
                break
            }
            if read == expected {
                throw check.error(
                    line, line.tokens[0], "'\(header): \(expected)' but the '\(name)' section has more \(what) lines",
                    hint: "correct the header on line \(headerLine) or remove the extra line")
            }
            position += 1
            try entry(line)
            read += 1
        }
        if read < expected {
            let at: (Int, Int) = peek().map { ($0.number, 1) } ?? (text.end.line, text.end.column)
            throw check.error(
                at.0, at.1, "'\(header): \(expected)' but the '\(name)' section has \(read) \(what) line\(read == 1 ? "" : "s")",
                hint: "correct the header on line \(headerLine) or add the missing \(expected - read)")
        }
    }
}

/// Located errors and the value checks both parsers share.
struct Checker {
    let file: String
    let end: (line: Int, column: Int)

    func error(_ line: Int, _ column: Int, _ message: String, hint: String? = nil) -> ITCParseError {
        ITCParseError(file: file, line: line, column: column, message: message, hint: hint)
    }
    func error(_ line: TokenLine, _ token: Token, _ message: String, hint: String? = nil) -> ITCParseError {
        error(line.number, token.column, message, hint: hint)
    }
    func error(_ line: TokenLine, _ column: Int, _ message: String, hint: String? = nil) -> ITCParseError {
        error(line.number, column, message, hint: hint)
    }
    func atEnd(_ message: String, hint: String? = nil) -> ITCParseError {
        error(end.line, end.column, message, hint: hint)
    }

    /// A non-negative decimal integer.
    func integer(_ token: Token, line: Int, what: String) throws(ITCParseError) -> Int {
        guard !token.text.isEmpty, token.text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw error(line, token.column, "\(what) must be a non-negative integer, found '\(token.text)'")
        }
        guard let n = Int(token.text) else {
            throw error(line, token.column, "\(what) '\(token.text)' is too large")
        }
        return n
    }

    /// A 0-based day or period index below `limit`.
    func index(_ token: Token, line: Int, what: String, below limit: Int, header: String) throws(ITCParseError) -> Int {
        let n = try integer(token, line: line, what: "the \(what)")
        guard n < limit else {
            throw error(
                line, token.column, "\(what) \(n) is out of range",
                hint: "\(what)s are numbered from 0 to \(limit - 1) ('\(header): \(limit)')")
        }
        return n
    }

    func known(_ token: Token, line: Int, kind: String, in defined: [String: Int], ids: [String]) throws(ITCParseError) {
        guard defined[token.text] == nil else { return }
        let hint = Spelling.closest(to: token.text, in: ids).map { "did you mean '\($0)'?" } ?? "no \(kind) with this id is defined"
        throw error(line, token.column, "unknown \(kind) '\(token.text)'", hint: hint)
    }

    /// Exactly `count` fields; a short line is reported at its end, a long one at the first extra field.
    func fields(_ line: TokenLine, _ count: Int, _ layout: String) throws(ITCParseError) {
        if line.tokens.count < count {
            throw error(
                line, line.endColumn, "expected \(count) fields '\(layout)', found \(line.tokens.count)",
                hint: "the '\(layout.split(separator: " ")[line.tokens.count])' field is missing")
        }
        if line.tokens.count > count {
            throw error(line, line.tokens[count], "unexpected '\(line.tokens[count].text)' after \(count) fields '\(layout)'")
        }
    }

}
