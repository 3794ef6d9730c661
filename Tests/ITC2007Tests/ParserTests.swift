import Foundation
import ITC2007
import Testing

@Suite struct InstanceParserTests {
    static var fixture: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/comp01.ctt").path
    }

    @Test func parsesComp01() throws {
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        let i = try ITCParser.parseInstance(text, file: "comp01.ctt")
        #expect(i.name == "Fis0506-1")
        #expect((i.days, i.periodsPerDay, i.slots) == (5, 6, 30))
        #expect((i.courses.count, i.rooms.count, i.curricula.count, i.unavailable.count) == (30, 6, 14, 53))
        #expect(i.courses.first == ITCCourse(id: "c0001", teacher: "t000", lectures: 6, minWorkingDays: 4, students: 130))
        #expect(i.courses.last == ITCCourse(id: "c0072", teacher: "t003", lectures: 6, minWorkingDays: 4, students: 9))
        #expect(i.rooms.last == ITCRoom(id: "rS", capacity: 30))
        #expect(i.curricula.last == ITCCurriculum(id: "q013", courses: ["c0062", "c0066", "c0071"]))
        #expect(i.unavailable.last == ITCUnavailability(course: "c0071", day: 4, period: 2))
        // Summed with awk over the COURSES section: 160 lectures, 106 minimum working days.
        #expect(i.courses.reduce(0) { $0 + $1.lectures } == 160)
        #expect(i.courses.reduce(0) { $0 + $1.minWorkingDays } == 106)
    }

    @Test func emptySolutionOnComp01MissesEveryLecture() throws {
        // Nothing placed: Lectures 160; every course short of all its days: 5 × 106 = 530.
        let i = try ITCParser.parseInstance(try String(contentsOfFile: Self.fixture, encoding: .utf8), file: "comp01.ctt")
        #expect(ITCScorer.score(ITCSolution(assignments: []), for: i) == ITCScore(lectures: 160, minWorkingDays: 530))
    }

    @Test func toleratesCRLFTrailingBlanksAndBlankLines() throws {
        let plain = try Tiny.instance()
        let messy = "\u{FEFF}" + Tiny.text.replacingOccurrences(of: "\n", with: "  \r\n\r\n") + "\r\n\t\r\n"
        #expect(try ITCParser.parseInstance(messy, file: "messy.ctt") == plain)
        #expect(try ITCParser.parseInstance(Tiny.text.replacingOccurrences(of: "\n", with: "\r"), file: "cr.ctt") == plain)
    }

    @Test func tinyInstanceContents() throws {
        let i = try Tiny.instance()
        #expect(i.courses.map(\.id) == ["a", "b", "c"])
        #expect(i.curricula == [ITCCurriculum(id: "q", courses: ["a", "b"])])
        #expect(i.unavailable == [ITCUnavailability(course: "b", day: 1, period: 2)])
        let wide = try Tiny.wide()
        #expect(wide.unavailable.isEmpty && wide.curricula.count == 2)
    }

    struct Broken: CustomTestStringConvertible, Sendable {
        var name: String
        var from: String
        var to: String
        var line: Int
        var column: Int
        var message: String
        var hint: String? = nil
        var testDescription: String { name }
    }

    // Line numbers refer to Tiny.text: header 1–7, COURSES: 9, a/b/c 10–12, ROOMS: 14,
    // big/small 15–16, CURRICULA: 18, q 19, UNAVAILABILITY_CONSTRAINTS: 21, b 1 2 22, END. 24.
    static let broken: [Broken] = [
        Broken(
            name: "too few course lines", from: "Courses: 3", to: "Courses: 4", line: 14, column: 1,
            message: "'Courses: 4' but the 'COURSES:' section has 3 course lines", hint: "line 2"),
        Broken(
            name: "too many course lines", from: "Courses: 3", to: "Courses: 2", line: 12, column: 1,
            message: "'Courses: 2' but the 'COURSES:' section has more course lines"),
        Broken(
            name: "too few unavailability lines before END.", from: "Constraints: 1", to: "Constraints: 2", line: 24, column: 1,
            message: "has 1 unavailability constraint line"),
        Broken(
            name: "unknown course in a curriculum", from: "q 2 a b", to: "q 2 a bb", line: 19, column: 7,
            message: "unknown course 'bb'", hint: "did you mean 'b'?"),
        Broken(
            name: "unknown course in an unavailability", from: "b 1 2\n", to: "bx 1 2\n", line: 22, column: 1,
            message: "unknown course 'bx'", hint: "did you mean 'b'?"),
        Broken(
            name: "day out of range", from: "b 1 2\n", to: "b 2 2\n", line: 22, column: 3,
            message: "day 2 is out of range", hint: "0 to 1"),
        Broken(
            name: "period out of range", from: "b 1 2\n", to: "b 1 3\n", line: 22, column: 5,
            message: "period 3 is out of range", hint: "0 to 2"),
        Broken(
            name: "negative lectures", from: "a t1 2 2 30", to: "a t1 -2 2 30", line: 10, column: 6,
            message: "the number of lectures must be a non-negative integer, found '-2'"),
        Broken(
            name: "header value not a number", from: "Days: 2", to: "Days: two", line: 4, column: 7,
            message: "'Days:' must be a non-negative integer, found 'two'"),
        Broken(
            name: "no days", from: "Days: 2", to: "Days: 0", line: 4, column: 7,
            message: "'Days:' must be at least 1"),
        Broken(
            name: "missing END.", from: "\nEND.\n", to: "\n", line: 22, column: 6,
            message: "missing 'END.' at the end of the file"),
        Broken(
            name: "misspelt header", from: "Courses: 3", to: "Course: 3", line: 2, column: 1,
            message: "expected the 'Courses:' header, found 'Course:'", hint: "did you mean 'Courses:'?"),
        Broken(
            name: "curriculum lists fewer courses than it says", from: "q 2 a b", to: "q 3 a b", line: 19, column: 8,
            message: "curriculum 'q' says 3 courses but lists 2"),
        Broken(
            name: "curriculum lists more courses than it says", from: "q 2 a b", to: "q 1 a b", line: 19, column: 7,
            message: "curriculum 'q' says 1 courses but lists 2"),
        Broken(
            name: "course line missing a field", from: "c t1 1 1 5", to: "c t1 1 1", line: 12, column: 9,
            message: "expected 5 fields", hint: "'students' field is missing"),
        Broken(
            name: "room defined twice", from: "small 10", to: "big 10", line: 16, column: 1,
            message: "room 'big' is defined twice", hint: "line 15"),
        Broken(
            name: "misspelt section", from: "ROOMS:", to: "ROOM:", line: 14, column: 1,
            message: "unknown section 'ROOM:'", hint: "did you mean 'ROOMS:'?"),
        Broken(
            name: "text after END.", from: "END.\n", to: "END.\nmore\n", line: 25, column: 1,
            message: "unexpected 'more' after 'END.'"),
        Broken(
            name: "sections out of order", from: "ROOMS:\nbig 30\nsmall 10\n\nCURRICULA:\nq 2 a b",
            to: "CURRICULA:\nq 2 a b\n\nROOMS:\nbig 30\nsmall 10", line: 14, column: 1,
            message: "expected the 'ROOMS:' section, found 'CURRICULA:'"),
        Broken(
            name: "file cut in the header", from: Tiny.text, to: "Name: Tiny\nCourses: 3\n", line: 2, column: 11,
            message: "file ends before the 'Rooms:' header line")
    ]

    @Test(arguments: broken) func reportsBrokenInstance(_ c: Broken) {
        #expect(Tiny.text.contains(c.from), "the case must change the text")
        let text = Tiny.text.replacingOccurrences(of: c.from, with: c.to)
        #expect(throws: ITCParseError.self) { try ITCParser.parseInstance(text, file: "tiny.ctt") }
        do {
            _ = try ITCParser.parseInstance(text, file: "tiny.ctt")
        } catch {
            #expect((error.line, error.column) == (c.line, c.column), "\(error)")
            #expect(error.message.contains(c.message), "\(error)")
            if let hint = c.hint { #expect(error.hint?.contains(hint) == true, "\(error)") }
            #expect(error.file == "tiny.ctt")
        }
    }

    @Test func descriptionIsTheHouseHeadline() {
        let e = ITCParseError(file: "f.ctt", line: 19, column: 7, message: "unknown course 'bb'", hint: "did you mean 'b'?")
        #expect(e.description == "f.ctt:19:7: error: unknown course 'bb' — did you mean 'b'?")
        #expect(ITCParseError(file: "f.ctt", line: 1, column: 2, message: "m").description == "f.ctt:1:2: error: m")
    }
}

@Suite struct SolutionFileTests {
    let tiny = try! Tiny.instance()

    @Test func parsesLinesInOrder() throws {
        let s = try ITCParser.parseSolution("a big 0 0\r\n\r\nb small 1 2  \n", file: "s.sol", instance: tiny)
        #expect(
            s.assignments == [
                ITCAssignment(course: "a", room: "big", day: 0, period: 0),
                ITCAssignment(course: "b", room: "small", day: 1, period: 2)
            ])
    }

    struct Broken: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var hint: String? = nil
        var testDescription: String { text }
    }

    static let broken: [Broken] = [
        Broken(text: "a big 0 0\nb smal 0 1", line: 2, column: 3, message: "unknown room 'smal'", hint: "did you mean 'small'?"),
        Broken(text: "\n\nzz big 0 0", line: 3, column: 1, message: "unknown course 'zz'"),
        Broken(text: "a big 2 0", line: 1, column: 7, message: "day 2 is out of range", hint: "0 to 1"),
        Broken(text: "a big 0 3", line: 1, column: 9, message: "period 3 is out of range", hint: "0 to 2"),
        Broken(text: "a big 0", line: 1, column: 8, message: "expected 4 fields", hint: "'day_period' field is missing"),
        Broken(text: "a big 0 0 x", line: 1, column: 11, message: "unexpected 'x'"),
        Broken(text: "a big x 0", line: 1, column: 7, message: "the day must be a non-negative integer, found 'x'"),
        Broken(text: "  a big 0 -1", line: 1, column: 11, message: "the period must be a non-negative integer, found '-1'")
    ]

    @Test(arguments: broken) func reportsBrokenSolution(_ c: Broken) {
        do {
            _ = try ITCParser.parseSolution(c.text, file: "s.sol", instance: tiny)
            Issue.record("no error for \(c.text)")
        } catch {
            #expect((error.line, error.column) == (c.line, c.column), "\(error)")
            #expect(error.message.contains(c.message), "\(error)")
            if let hint = c.hint { #expect(error.hint?.contains(hint) == true, "\(error)") }
        }
    }

    @Test func writerOrdersDeterministicallyAndRoundTrips() throws {
        let s = Tiny.solution("c small 0 2,b small 1 1,a big 1 0,b small 0 1,a big 0 0")
        let text = ITCSolutionWriter.text(s)
        #expect(text == "a big 0 0\na big 1 0\nb small 0 1\nb small 1 1\nc small 0 2\n")
        #expect(ITCSolutionWriter.text(ITCSolution(assignments: s.assignments.reversed())) == text)
        let back = try ITCParser.parseSolution(text, file: "s.sol", instance: tiny)
        #expect(ITCSolutionWriter.text(back) == text)
        #expect(ITCScorer.score(back, for: tiny) == ITCScorer.score(s, for: tiny))
    }
}
