import Domain
import Foundation
import Testing

@testable import Scenario

@Suite struct ValidScenarioTests {
    let loaded = ScenarioLoader.load(path: Fixture.path("valid/small.yaml"))

    @Test func loadsWithoutDiagnostics() throws {
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics())")
        let s = try #require(loaded.scenario)
        #expect(s.format == "paike/1")
        #expect(s.name == "温宿县乡镇干部培训（小样）")
    }

    @Test func calendarReadsUnquotedDatesAndTimes() throws {
        let cal = try #require(loaded.scenario).calendar
        #expect(cal.start == Day(year: 2025, month: 3, day: 10))
        #expect(cal.end == Day(year: 2025, month: 3, day: 14))
        #expect(cal.weekdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(cal.holidays == [Day(iso: "2025-03-12")!])
        #expect(cal.periods.map(\.id.rawValue) == ["am1", "am2", "pm1", "pm2"])
        // `10:00` unquoted would be the YAML 1.1 integer 600; the raw text must win.
        #expect(cal.periods[0].start == ClockTime("10:00"))
        #expect(cal.periods[0].name == "上午一")
        #expect(cal.periods[1].end == ClockTime("13:15"))
        #expect(cal.teachingDays.count == 4)
    }

    @Test func venuesAndUnavailability() throws {
        let s = try #require(loaded.scenario)
        let online = try #require(s.venue("fingertip"))
        #expect(online.kind == .online && online.site == nil && online.capacity == nil)
        #expect(online.name == "指尖课堂")
        let field = try #require(s.venue("walnut_field"))
        #expect(field.capacity == 60 && field.site == "park")
        #expect(field.unavailable == [.date(Day(iso: "2025-03-11")!, periods: ["am1", "am2"])])
        #expect(s.teacher("guide_1")?.unavailable == [.range(from: Day(iso: "2025-03-14")!, to: Day(iso: "2025-03-14")!)])
        #expect(s.group("young")?.unavailable == [.date(Day(iso: "2025-03-14")!, periods: nil)])
        #expect(s.travelMinutes(from: "park", to: "town") == 40)
    }

    @Test func coursesWithDefaultsAndFiveHaves() throws {
        let s = try #require(loaded.scenario)
        let xi = try #require(s.course("xi_thought"))
        #expect(xi.title == "习近平新时代中国特色社会主义思想")
        #expect(xi.first && xi.joint && xi.sessions == 1 && xi.periods == 2)
        #expect(xi.venueRule == VenueRule(kinds: [.partySchool]))
        #expect(s.course("governance")?.totalPeriods == 2)
        let unit = try #require(s.course("walnut_unit"))
        let fh = try #require(unit.fiveHaves)
        // Written with `summary` first; S7 order regardless.
        #expect(fh.segments.map(\.kind) == SegmentKind.allCases)
        #expect(fh.withinDays == 2)
        #expect(unit.periods == 6 && unit.totalPeriods == 6)
        #expect(fh.segments[1].venueRule == VenueRule(venues: ["walnut_field"]))
        #expect(fh.segments[3].venueRule == VenueRule(kinds: [.fieldClassroom, .partySchool]))
    }

    @Test func groupsTeachersAndObjective() throws {
        let s = try #require(loaded.scenario)
        let g = try #require(s.group("secretaries"))
        #expect(g.name == "村（社区）党组织书记班")
        #expect(g.category == .villageSecretary && g.size == 45 && g.site == "town")
        #expect(g.required == ["xi_thought", "walnut_unit"])
        #expect(g.menu == Menu(from: ["governance", "policy_micro"], periods: 2))
        #expect(g.needs == [TopicScore(topic: "rural_revitalisation", score: 4), TopicScore(topic: "governance", score: 3)])
        let t = try #require(s.teacher("wang_li"))
        #expect(t.name == "王丽" && t.maxPeriodsPerDay == 4 && t.maxPeriods == 16 && t.site == nil)
        #expect(s.objective == Objective(needs: 8, travel: 1, compactness: 5, teacherBalance: 2))
    }

    @Test func sourceMapPointsAtEntitiesAndFields() {
        let file = Fixture.path("valid/small.yaml")
        #expect(loaded.sourceMap.files == [file])
        #expect(loaded.sourceMap.location(of: "teachers", id: "wang_li") == SourceLocation(file: file, line: 33, column: 5))
        #expect(loaded.sourceMap.location(of: "teachers", id: "wang_li", field: "max_periods") == SourceLocation(file: file, line: 37, column: 18))
        #expect(
            loaded.sourceMap.location(of: "groups", id: "secretaries", field: "required", item: "walnut_unit")
                == SourceLocation(file: file, line: 81, column: 28))
        #expect(loaded.sourceMap.location(of: "courses", id: "walnut_unit", field: "five_haves.summary")?.line == 65)
        #expect(loaded.sourceMap.location(of: "venues", id: "ps_hall")?.line == 19)
        #expect(loaded.sourceMap.location(of: "periods", id: "am1")?.line == 9)
        #expect(loaded.sourceMap.location(ofSingleton: "calendar", field: "end")?.line == 6)
        #expect(loaded.sourceMap.location(of: "teachers", id: "nobody") == nil)
    }

    @Test func jsonWithTabsIsAccepted() throws {
        let json = ScenarioLoader.load(path: Fixture.path("valid/minimal.json"))
        #expect(json.diagnostics.isEmpty, "\(json.renderedDiagnostics())")
        let s = try #require(json.scenario)
        #expect(s.name == "最小的场景")
        #expect(s.calendar.weekdays == [.mon, .tue])
        #expect(s.objective.travel == 2 && s.objective.needs == Objective().needs)
    }
}

/// YAML's surprises that planners will write without thinking.
struct YAMLQuirkTests {
    static let head = """
        format: paike/1
        calendar:
          start: 2025-03-10
          end: 2025-03-14
          periods: [{id: am1, start: 9:00, end: 10:30}]

        """

    @Test func mergeKeysAndAnchorsShareFields() throws {
        let text =
            Self.head + """
                sites: [{id: town, name: 温宿镇}]
                venues:
                  - &hall {id: a, name: 甲, kind: party_school, site: town, capacity: 40}
                  - {<<: *hall, id: b, name: 乙}
                courses: [{id: c, title: 课, form: lecture, periods: 1}]
                """
        let l = ScenarioLoader.load(text: text, path: "m.yaml")
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let b = try #require(l.scenario?.venue("b"))
        #expect(b.name == "乙" && b.capacity == 40 && b.kind == .partySchool)
        #expect(l.scenario?.calendar.periods.first?.start == ClockTime("9:00"))
    }

    @Test func crlfAndByteOrderMarkKeepPositions() {
        let text = "\u{FEFF}" + (Self.head + "sites: [{id: town, nam: 温宿镇}]\n").replacingOccurrences(of: "\n", with: "\r\n")
        let l = ScenarioLoader.load(text: text, path: "w.yaml")
        #expect(l.errors.map(\.id) == ["unknown-key"], "\(l.renderedDiagnostics())")
        #expect(l.errors.first?.line == 6)
        #expect(l.errors.first?.column == 20)
    }

    @Test func nullMeansAbsentForOptionalFields() throws {
        let l = ScenarioLoader.load(text: Self.head + "name: ~\nobjective:\n", path: "n.yaml")
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.name == "n")
        #expect(l.scenario?.objective == Objective())
    }

    @Test func quotedNumbersAndDatesAreStillRead() throws {
        let text =
            Self.head.replacingOccurrences(of: "2025-03-10", with: "\"2025-03-10\"")
            + "groups: [{id: g, name: 组, category: other, size: \"30\"}]\n"
        let l = ScenarioLoader.load(text: text, path: "q.yaml")
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.group("g")?.size == 30)
    }
}
