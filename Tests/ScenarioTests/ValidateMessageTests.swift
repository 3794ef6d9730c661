import Domain
import Testing
import Texts

@testable import Scenario

/// The messages of issue 13's validate cases: one line of a small scenario replaced by a
/// snippet, and the one error it must give (message — hint, line, column), or none at all.
struct ValidateMessageCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// The line of `template` to replace, and what replaces it.
    var line: String
    var snippet: String
    /// `message — hint` of the one error expected, nil when the snippet must load cleanly.
    var expected: String?
    var at: (line: Int, column: Int)?
    var language: Language = .en
    /// A note the error must carry.
    var note: String? = nil
    var testDescription: String { name }
}

let validateTemplate = """
    format: paike/1
    calendar:
      start: 2025-03-10
      end: 2025-03-14
      weekdays: [mon, tue, wed, thu, fri]
      periods:
        - {id: am1, start: "10:00", end: "11:30"}
        - {id: am2, start: "11:45", end: "13:15"}
    sites:
      - {id: town, name: 温宿镇}
    venues:
      - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50}
    teachers:
      - {id: wang_li, name: 王丽, teaches: [xi, governance]}
    courses:
      - {id: xi, title: 习近平新时代中国特色社会主义思想, form: lecture, periods: 2}
      - {id: governance, title: 基层治理, form: case, periods: 2}
    groups:
      - {id: g1, name: 书记班, category: village_secretary, size: 40, required: [xi, governance]}

    """

let validateMessageCases: [ValidateMessageCase] = [
    // Full-width punctuation where YAML expects ASCII: named at its own line and column.
    .init(
        name: "full-width colon after a key", line: "  start: 2025-03-10", snippet: "  start：2025-03-10",
        expected: "full-width colon '：' after key 'start' — use ':'", at: (3, 8)),
    .init(
        name: "full-width comma between list items", line: "  weekdays: [mon, tue, wed, thu, fri]", snippet: "  weekdays: [mon，tue, wed, thu, fri]",
        expected: "full-width comma '，' between items — use ','", at: (5, 17)),
    .init(
        name: "full-width semicolon between list items",
        line: "  - {id: g1, name: 书记班, category: village_secretary, size: 40, required: [xi, governance]}",
        snippet: "  - {id: g1, name: 书记班, category: village_secretary, size: 40, required: [xi；governance]}",
        expected: "full-width semicolon '；' between items — use ','", at: (19, 77)),
    .init(
        name: "full-width comma between mapping entries", line: "    - {id: am1, start: \"10:00\", end: \"11:30\"}",
        snippet: "    - {id: am1，start: \"10:00\", end: \"11:30\"}", expected: "full-width comma '，' between items — use ','", at: (7, 15)),
    .init(
        name: "full-width quotes around a time", line: "    - {id: am1, start: \"10:00\", end: \"11:30\"}",
        snippet: "    - {id: am1, start: \"10:00\", end: “11:30”}",
        expected: "full-width quotation mark '“' in the value of 'end' — use '\"'", at: (7, 38)),
    .init(
        name: "ideographic space as indentation", line: "  end: 2025-03-14", snippet: "\u{3000}end: 2025-03-14",
        expected: "ideographic space U+3000 in the indentation — indent with ASCII spaces", at: (4, 1)),
    .init(
        name: "ideographic space after a colon", line: "  end: 2025-03-14", snippet: "  end:\u{3000}2025-03-14",
        expected: "ideographic space U+3000 after ':' — use ' '", at: (4, 7)),
    .init(
        name: "full-width parenthesis in a number",
        line: "  - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50}",
        snippet: "  - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50（人）}",
        expected: "'capacity' of venue 'hall' should be a whole number, found '50（人）'", at: (12, 70),
        note: "it contains a full-width parenthesis '（' at column 72: use '('"),
    .init(
        name: "full-width colon in Chinese", line: "  start: 2025-03-10", snippet: "  start：2025-03-10",
        expected: "键“start”后用了全角冒号「：」 — 请改用半角 ':'", at: (3, 8), language: .zh),
    // The same signs in text people read are content, not mistakes.
    .init(
        name: "full-width parentheses and colon in a title", line: "  - {id: xi, title: 习近平新时代中国特色社会主义思想, form: lecture, periods: 2}",
        snippet: "  - id: xi\n    title: 习近平新时代中国特色社会主义思想（专题）：第一讲\n    form: lecture\n    periods: 2", expected: nil),
    .init(
        name: "full-width comma inside a name in a flow mapping", line: "  - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50}",
        snippet: "  - {id: hall, name: 党校礼堂（主楼），一层, kind: party_school, site: town, capacity: 50}", expected: nil),
    // Chinese names of enumerated values are read as the values.
    .init(
        name: "Chinese venue kind, form, weekdays and category",
        line: "  - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50}",
        snippet: "  - {id: hall, name: 党校礼堂, kind: 党校, site: town, capacity: 50}", expected: nil),
    .init(name: "Chinese weekdays", line: "  weekdays: [mon, tue, wed, thu, fri]", snippet: "  weekdays: [星期一, 周二, 星期三, 周四, 星期五]", expected: nil),
    .init(
        name: "Chinese form", line: "  - {id: governance, title: 基层治理, form: case, periods: 2}",
        snippet: "  - {id: governance, title: 基层治理, form: 案例教学, periods: 2}", expected: nil),
    .init(
        name: "Chinese category", line: "  - {id: g1, name: 书记班, category: village_secretary, size: 40, required: [xi, governance]}",
        snippet: "  - {id: g1, name: 书记班, category: 村党组织书记, size: 40, required: [xi, governance]}", expected: nil),
    .init(
        name: "unknown Chinese venue kind", line: "  - {id: hall, name: 党校礼堂, kind: party_school, site: town, capacity: 50}",
        snippet: "  - {id: hall, name: 党校礼堂, kind: 田间教室, site: town, capacity: 50}",
        expected: "'田间教室' is not a valid 'kind' of venue 'hall'", at: (12, 34)),
    // Daily limits below every course a teacher alone (or every teacher) could teach.
    .init(
        name: "sole teacher's daily limit below the course", line: "  - {id: wang_li, name: 王丽, teaches: [xi, governance]}",
        snippet: "  - {id: wang_li, name: 王丽, teaches: [xi], max_periods_per_day: 1}\n  - {id: zhao, name: 赵强, teaches: [governance]}",
        expected:
            "teacher 'wang_li' may teach at most 1 period(s) a day but is the only teacher of course 'xi', and its sessions last 2 consecutive periods — raise 'max_periods_per_day' to 2, or add 'xi' to another teacher's 'teaches'",
        at: (14, 65)),
    .init(
        name: "every teacher's daily limit below the course", line: "  - {id: wang_li, name: 王丽, teaches: [xi, governance]}",
        snippet:
            "  - {id: wang_li, name: 王丽, teaches: [xi], max_periods_per_day: 1}\n  - {id: ma_li, name: 马丽, teaches: [xi], max_periods_per_day: 1}\n  - {id: zhao, name: 赵强, teaches: [governance]}",
        expected:
            "every teacher of course 'xi' may teach fewer periods a day than one session needs: its sessions last 2 consecutive periods — raise one teacher's 'max_periods_per_day' to 2, or add a teacher",
        at: (18, 63)),
    .init(
        name: "a second teacher with a lower limit is no problem", line: "  - {id: wang_li, name: 王丽, teaches: [xi, governance]}",
        snippet: "  - {id: wang_li, name: 王丽, teaches: [xi, governance]}\n  - {id: ma_li, name: 马丽, teaches: [governance], max_periods_per_day: 1}",
        expected: nil)
]

@Test(arguments: validateMessageCases)
func validateNamesTheProblem(_ c: ValidateMessageCase) throws {
    #expect(validateTemplate.contains(c.line + "\n"), "the template has no line '\(c.line)'")
    let text = validateTemplate.replacingOccurrences(of: c.line + "\n", with: c.snippet + "\n")
    let loaded = ScenarioLoader.load(text: text, path: "case.yaml", wording: Wording(c.language))
    guard let expected = c.expected else {
        #expect(loaded.diagnostics.filter(\.isError).isEmpty, "\(loaded.renderedDiagnostics())")
        #expect(loaded.scenario != nil)
        return
    }
    #expect(loaded.errors.count == 1, "\(loaded.renderedDiagnostics())")
    let e = try #require(loaded.errors.first)
    let said = e.hint.map { "\(e.message) — \($0)" } ?? e.message
    #expect(said == expected)
    #expect(e.line == c.at?.line && e.column == c.at?.column, "at \(e.line):\(e.column)")
    if let note = c.note { #expect(e.notes.contains(note), "\(e.notes)") }
}

@Test func fullWidthColonIsFoundInWindowsLineEndings() throws {
    let text = validateTemplate.replacingOccurrences(of: "  start: 2025-03-10", with: "  start：2025-03-10")
        .replacingOccurrences(of: "\n", with: "\r\n")
    let e = try #require(ScenarioLoader.load(text: text, path: "crlf.yaml").errors.first)
    #expect(e.id == "full-width-punctuation" && e.line == 3 && e.column == 8)
}

@Test func chineseNamesAreReadAsTheirValues() throws {
    let text =
        validateTemplate
        .replacingOccurrences(of: "kind: party_school", with: "kind: 党校")
        .replacingOccurrences(of: "form: case", with: "form: 案例")
        .replacingOccurrences(of: "category: village_secretary", with: "category: 村（社区）党组织书记")
        .replacingOccurrences(of: "[mon, tue, wed, thu, fri]", with: "[周一, 星期二, 星期三, 周四, 星期五]")
    let s = try #require(ScenarioLoader.load(text: text, path: "zh.yaml").scenario)
    #expect(s.venues[0].kind == .partySchool)
    #expect(s.courses[1].form == .case)
    #expect(s.groups[0].category == .villageSecretary)
    #expect(s.calendar.weekdays == [.mon, .tue, .wed, .thu, .fri])
    #expect(EnumAliases.value("现场教学", as: CourseForm.self) == .onsite)
    #expect(EnumAliases.value("网络", as: VenueKind.self) == .online)
    #expect(EnumAliases.value("理论导入", as: SegmentKind.self) == .theory)
}

@Test func unknownChineseNameSuggestsTheNearest() throws {
    let text = validateTemplate.replacingOccurrences(of: "kind: party_school", with: "kind: 田间教室")
    let e = try #require(ScenarioLoader.load(text: text, path: "zh.yaml").errors.first)
    #expect(e.notes.first == "did you mean '田间课堂' (field_classroom)?")
}
