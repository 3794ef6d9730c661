import Domain
import Testing

@testable import Scenario

struct RendererTests {
    @Test func rendersHeadlineSourceCaretAndNotes() {
        let text = """
            format: paike/1
            calendar:
              start: 2025-03-10
              end: 2025-03-14
              periods: [{id: am1, start: "10:00", end: "11:30"}]
            sites:
              - {id: town, name: 温宿镇}
            venues:
              - {id: hall, name: 党校礼堂, kind: party_school, site: twon, capacity: 50}
            courses: [{id: c, title: 课, form: lecture, periods: 1}]

            """
        let l = ScenarioLoader.load(text: text, path: "demo.yaml")
        // 53 characters precede column 54; the four Chinese ones are two cells wide each.
        let expected =
            "demo.yaml:9:54: error: unknown site 'twon' in 'site' of venue 'hall' [unknown-reference]\n"
            + "  - {id: hall, name: 党校礼堂, kind: party_school, site: twon, capacity: 50}\n"
            + String(repeating: " ", count: 53 + 4) + "^\n"
            + "note: did you mean 'town'?\n"
        #expect(l.renderedDiagnostics() == expected)
    }

    @Test func hintTabsAndOrder() {
        let r = DiagnosticRenderer(sources: ["a.yaml": "x: 1\n\tkey: 2\n"])
        let later = Diagnostic(.warning, at: SourceLocation(file: "a.yaml", line: 2, column: 3), "later", code: .idleTeacher)
        let first = Diagnostic(
            .error, at: SourceLocation(file: "a.yaml", line: 2, column: 2), "bad thing", code: .badTime,
            hint: "write HH:MM", notes: ["one", "two"])
        let missing = Diagnostic(.error, at: .wholeFile("b.yaml"), "cannot read file 'b.yaml'", code: .fileUnreadable)
        #expect(
            r.render([missing, later, first]) == """
                a.yaml:2:2: error: bad thing — write HH:MM [bad-time]
                \tkey: 2
                \t^
                note: one
                note: two
                a.yaml:2:3: warning: later [idle-teacher]
                \tkey: 2
                \t ^
                b.yaml: error: cannot read file 'b.yaml' [file-unreadable]

                """)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let l = ScenarioLoader.load(text: "format: paike/1\n\u{1B}[31mred: 1\n", path: "e.yaml")
        let out = l.renderedDiagnostics()
        #expect(!out.unicodeScalars.contains("\u{1B}"))
        #expect(out.contains("?[31mred"))
    }

    @Test func didYouMeanPicksCloseWordsOnly() {
        #expect(Spelling.closest(to: "capcity", in: ["capacity", "site"]) == "capacity")
        #expect(Spelling.closest(to: "venue", in: ["venues", "sites"]) == "venues")
        #expect(Spelling.closest(to: "wang_lee", in: ["wang_li", "li_na"]) == "wang_li")
        #expect(Spelling.closest(to: "xyz", in: ["capacity", "site"]) == nil)
        #expect(Spelling.closest(to: "ab", in: ["cd"]) == nil)
        #expect(Spelling.distance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    }

    @Test func fileThatDoesNotExist() {
        let l = ScenarioLoader.load(path: "/nonexistent/paike.yaml")
        #expect(l.scenario == nil)
        #expect(l.errors.map(\.id) == ["file-unreadable"])
        #expect(l.renderedDiagnostics() == "/nonexistent/paike.yaml: error: cannot read file '/nonexistent/paike.yaml' [file-unreadable]\n")
    }
}
