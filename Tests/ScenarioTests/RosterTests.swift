import Domain
import Testing
import Texts

@testable import Scenario

/// Cadres by name (干部名册): decoding, the needs and town that apply to each, the size check, writing back.
struct RosterTests {
    static let valid = Fixture.path("valid/roster.yaml")

    @Test func cadresDecodeWithTheirOptionalFields() throws {
        let l = ScenarioLoader.load(path: Self.valid)
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.cadres.map(\.id) == ["c1", "c2", "c3"])
        #expect(s.cadre("c1") == Cadre(id: "c1", name: "艾力", group: "g2", town: "kekeya", post: "乡镇组织委员"))
        #expect(s.cadre("c2")?.needs == [TopicScore(topic: "industry", score: 5)])
        #expect(s.cadre("c3")?.town == nil && s.cadre("c3")?.needs == nil)
        #expect(s.cadres(of: "g2").count == 3 && s.cadres(of: "g1").isEmpty)
        #expect(l.sourceMap.location(of: "cadres", id: "c2") == SourceLocation(file: Self.valid, line: 30, column: 5))
    }

    @Test func ownNeedsAndTownReplaceTheGroups() throws {
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        let c1 = try #require(s.cadre("c1")), c2 = try #require(s.cadre("c2")), c3 = try #require(s.cadre("c3"))
        #expect(s.needs(of: c1) == s.group("g2")?.needs)
        #expect(s.needs(of: c2) == [TopicScore(topic: "industry", score: 5)])
        #expect(s.town(of: c1) == "kekeya")
        #expect(s.town(of: c3) == "town")
    }

    @Test func anEmptyNeedsMappingMeansNoGaps() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "{industry: 5}", with: "{}")
        let s = try #require(ScenarioLoader.load(text: text, path: Self.valid).scenario)
        #expect(s.cadre("c2")?.needs == [])
        #expect(s.needs(of: try #require(s.cadre("c2"))).isEmpty)
    }

    @Test(arguments: [Language.en, .zh])
    func sizeMismatchNamesBothNumbersInEitherLanguage(_ language: Language) throws {
        let l = ScenarioLoader.load(path: Fixture.path("broken/roster-size.yaml"), wording: Wording(language))
        let e = try #require(l.errors.first)
        #expect(e.message.contains("4") && e.message.contains("3") && e.message.contains("g2"))
        #expect(e.hint?.contains("3") == true)
        #expect(e.notes.first?.contains("c1") == true)
        if language == .zh { #expect(e.message.contains("名册")) }
    }

    @Test func groupsWithoutCadresKeepTheirSize() throws {
        // g1 (size 20) lists nobody: planned as a whole, no error.
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        #expect(s.group("g1")?.size == 20)
    }

    @Test func theWriterKeepsTheRoster() throws {
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        let text = ScenarioWriter.yaml(s)
        #expect(text.contains("\ncadres:\n"))
        let back = ScenarioLoader.load(text: text, path: "roster-written.yaml")
        #expect(back.diagnostics.isEmpty, "\(back.renderedDiagnostics())")
        #expect(back.scenario?.cadres == s.cadres)
    }

    @Test func aVariantAddsAndRemovesCadres() throws {
        let variant = """
            format: paike/1
            base: roster.yaml
            changes:
              remove: {cadres: [c3]}
              add: {cadres: [{id: c4, name: 马丽, group: g2, town: tuohe}]}
            """
        let l = ScenarioLoader.load(text: variant, path: Fixture.path("valid/roster-variant.yaml"))
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.cadres.map(\.id) == ["c1", "c2", "c4"])
    }
}

/// Mentors (导师帮带) and a group's `mentoring`.
struct MentorScenarioTests {
    static let valid = Fixture.path("valid/roster.yaml")

    @Test func mentorsAndMentoringDecode() throws {
        let l = ScenarioLoader.load(path: Self.valid)
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        #expect(s.group("g2")?.mentoring == Mentoring(months: 3, meetings: 2))
        #expect(s.group("g1")?.mentoring == nil)
        let m1 = try #require(s.mentor("m1"))
        #expect(
            m1
                == Mentor(
                    id: "m1", name: "阿不都拉", site: "kekeya", topics: [TopicScore(topic: "governance", score: 5), TopicScore(topic: "theory", score: 2)],
                    capacity: 2, categories: [.youngCadre]))
        let m2 = try #require(s.mentor("m2"))
        #expect(m2.categories.isEmpty && m2.takes(.leadership))
        #expect(m2.isAway(on: Day(iso: "2025-04-15")!) && !m2.isAway(on: Day(iso: "2025-05-01")!))
        // A cadre group with mentoring gives one mentee per cadre.
        #expect(s.mentees.map(\.cadre) == ["c1", "c2", "c3"])
    }

    @Test func mentorDaysOffAfterTheProgrammeAreNoWarning() {
        // m2 is away in April, after the calendar's March week: that is when mentoring happens.
        #expect(ScenarioLoader.load(path: Self.valid).warnings.isEmpty)
    }

    @Test func aGroupWithoutRosterIsOneMentee() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
            .replacingOccurrences(
                of: "required: [xi], needs: {governance: 3}}", with: "required: [xi], needs: {governance: 3}, mentoring: {months: 2, meetings: 1}}")
        let s = try #require(ScenarioLoader.load(text: text, path: Self.valid).scenario)
        #expect(s.mentees.first == Mentee(group: "g1"))
        #expect(s.needs(of: Mentee(group: "g1")) == [TopicScore(topic: "governance", score: 3)])
        #expect(s.town(of: Mentee(group: "g1")) == "town")
    }

    @Test func theWriterKeepsMentorsAndMentoring() throws {
        let s = try #require(ScenarioLoader.load(path: Self.valid).scenario)
        let back = ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "written.yaml")
        #expect(back.diagnostics.isEmpty, "\(back.renderedDiagnostics())")
        #expect(back.scenario == s)
    }

    @Test(arguments: [Language.en, .zh])
    func noMentorsAtAllIsNamedInEitherLanguage(_ language: Language) throws {
        let l = ScenarioLoader.load(path: Fixture.path("broken/mentoring-without-mentors.yaml"), wording: Wording(language))
        let e = try #require(l.errors.first)
        #expect(e.message.contains("g2"))
        #expect(e.hint?.contains("mentors") == true)
        if language == .zh { #expect(e.message.contains("导师")) }
    }
}
