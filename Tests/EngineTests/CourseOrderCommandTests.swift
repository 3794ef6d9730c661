import Foundation
import Testing

/// Order rules end to end: `solve` keeps the seminar after the research, and `check` finds a
/// hand-edited timetable where it is not.
@Suite struct CourseOrderCommandTests {
    static let scenario = "Tests/EngineTests/Fixtures/ordered.yaml"

    @Test func solveKeepsTheOrderAndCheckFindsItBrokenInAHandEditedTimetable() throws {
        let out = CLI.temporaryDirectory()
        let solve = try CLI.run(["solve", Self.scenario, "--out", out.path])
        #expect(solve.status == 0, "\(solve.stdout)\(solve.stderr)")
        let csvURL = out.appendingPathComponent("timetable.csv")
        let clean = try CLI.run(["check", Self.scenario, csvURL.path])
        #expect(clean.status == 0 && clean.stdout.contains(" 0 violations"), "\(clean.stdout)")

        // The leaders' research and seminar exchange times (date, weekday, period, start, end):
        // the seminar now comes first.
        let text = String(decoding: try Data(contentsOf: csvURL).dropFirst(3), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        func rows(_ course: String) -> [Int] { lines.indices.filter { lines[$0].contains(",leaders,") && lines[$0].contains(",\(course),") } }
        let research = rows("field_research"), seminar = rows("research_seminar")
        try #require(research.count == 2 && seminar.count == 2)
        func split(_ line: String) -> (String, String) {
            var commas = 0
            let i = line.firstIndex { c in
                if c == "," { commas += 1 }; return commas == 5
            }!
            return (String(line[..<i]), String(line[i...]))
        }
        for (r, s) in zip(research, seminar) {
            let (rt, rRest) = split(lines[r]), (st, sRest) = split(lines[s])
            lines[r] = st + rRest
            lines[s] = rt + sRest
        }
        let edited = CLI.temporaryDirectory().appendingPathComponent("timetable.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(lines.joined(separator: "\r\n").utf8)).write(to: edited)
        let broken = try CLI.run(["check", Self.scenario, edited.path])
        #expect(broken.status == 3, "\(broken.stdout)\(broken.stderr)")
        let said = broken.stdout.split(separator: "\n").filter { $0.contains("CourseOrder") }
        // each of the seminar's periods… one session each: one pair out of order
        #expect(said.count == 1, "\(broken.stdout)")
        #expect(said.first?.contains("group 'leaders' starts '调研成果集中研讨'") == true, "\(broken.stdout)")
        #expect(said.first?.contains("'research_seminar' comes after 'field_research'") == true)
    }

    @Test func mathProgExportNamesTheOrderItCannotModel() throws {
        let r = try CLI.run(["export", Self.scenario, "--format", "mathprog"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("after (course 'research_seminar')"), "\(r.stderr)")
        #expect(try CLI.run(["export", Self.scenario, "--format", "lp"]).stdout.contains("after"))
    }
}
