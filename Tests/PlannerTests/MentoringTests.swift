import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// Mentor matching (导师帮带): the fit formula, the assignment program solved with GLPK, and the meeting dates.
struct MentorFitTests {
    @Test func fitIsTheNeedsTermsGainFromTheMentorsScores() {
        // h(0) − h(s) = 1.75·s for s ≤ 5: gap 4 × 1.75 × 3 + gap 2 × 1.75 × 0.
        let fit = MentorFit.fit(
            needs: [TopicScore(topic: "a", score: 4), TopicScore(topic: "b", score: 2)],
            expertise: [TopicScore(topic: "a", score: 3), TopicScore(topic: "c", score: 5)])
        #expect(abs(fit - 21) < 1e-9)
        #expect(MentorFit.fit(needs: [TopicScore(topic: "a", score: 4)], expertise: []) == 0)
        #expect(MentorFit.fit(needs: [], expertise: [TopicScore(topic: "a", score: 5)]) == 0)
    }

    @Test func moreExpertiseNeverLowersFit() {
        let needs = [TopicScore(topic: "a", score: 3)]
        let fits = (0...5).map { MentorFit.fit(needs: needs, expertise: [TopicScore(topic: "a", score: $0)]) }
        #expect(fits == fits.sorted())
        #expect(fits[5] > fits[4])
    }
}

struct MentorMatchingTests {
    static func scenario(capacities: [Int], categories: [[GroupCategory]] = [], cadres: Int = 3) -> TrainingScenario {
        var s = TrainingScenario(
            name: "m",
            calendar: TeachingCalendar(
                start: Day(iso: "2025-03-10")!, end: Day(iso: "2025-03-14")!,
                periods: [Period(id: "am", start: ClockTime("10:00")!, end: ClockTime("11:30")!)]))
        s.sites = [Site(id: "town", name: "镇"), Site(id: "far", name: "远乡")]
        s.travel = [Travel(from: "town", to: "far", minutes: 90)]
        var g = Group(id: "g", name: "青干班", category: .youngCadre, size: cadres, site: "town", needs: [TopicScore(topic: "law", score: 4)])
        g.mentoring = Mentoring(months: 3, meetings: 2)
        s.groups = [g]
        s.cadres = (1...cadres).map { Cadre(id: Cadre.ID("c\($0)"), name: "干部\($0)", group: "g") }
        s.mentors = capacities.enumerated().map { i, cap in
            Mentor(
                id: Mentor.ID("m\(i + 1)"), name: "导师\(i + 1)", site: i == 0 ? "town" : "far", topics: [TopicScore(topic: "law", score: 5 - i)],
                capacity: cap, categories: i < categories.count ? categories[i] : [])
        }
        return s
    }

    func solve(_ s: TrainingScenario) throws -> MentorPlan {
        let m = MentorMatching(s)
        let r = try GLPK.solve(m.program)
        return m.plan(values: try #require(r.values))
    }

    @Test func capacityIsKeptAndEveryoneMatchedWhenThereIsRoom() throws {
        let plan = try solve(Self.scenario(capacities: [2, 2]))
        #expect(plan.pairs.count == 3 && plan.problems.isEmpty)
        let load = Dictionary(grouping: plan.pairs, by: \.mentor).mapValues(\.count)
        #expect(load["m1"] == 2 && load["m2"] == 1)
    }

    @Test func theBetterNearerMentorIsFilledFirst() throws {
        // m1: law 5 in town; m2: law 4, 90 minutes away. Room for all with m1.
        let plan = try solve(Self.scenario(capacities: [3, 3]))
        #expect(plan.pairs.allSatisfy { $0.mentor == "m1" && $0.travelMinutes == 0 })
    }

    @Test func travelCanOutweighASmallFitGain() throws {
        var s = Self.scenario(capacities: [3, 3])
        // Now the far mentor knows more, but three 90-minute trips cost 270 against 10 × 1.75 × 4 = 70 of fit.
        s.mentors[0].topics = [TopicScore(topic: "law", score: 4)]
        s.mentors[1].topics = [TopicScore(topic: "law", score: 5)]
        #expect(try solve(s).pairs.allSatisfy { $0.mentor == "m1" })
        s.objective.travel = 0
        #expect(try solve(s).pairs.allSatisfy { $0.mentor == "m2" })
    }

    @Test func tooLittleCapacityNamesWhoIsLeftAndWhy() throws {
        let plan = try solve(Self.scenario(capacities: [1, 1]))
        #expect(plan.pairs.count == 2)
        #expect(plan.problems.count == 1)
        #expect(plan.problems.first?.shortfall == .capacityFull(capacity: 2, mentees: 3))
    }

    @Test func aCategoryNoMentorTakesLeavesEveryoneUnmatched() throws {
        let plan = try solve(Self.scenario(capacities: [5, 5], categories: [[.leadership], [.villageSecretary]]))
        #expect(plan.pairs.isEmpty)
        #expect(plan.problems.map(\.shortfall) == Array(repeating: .noMentorOfCategory(.youngCadre), count: 3))
        #expect(MentorMatching(Self.scenario(capacities: [5], categories: [[.leadership]])).candidates.isEmpty)
    }

    @Test func aMentorsCategoriesAreKept() throws {
        let plan = try solve(Self.scenario(capacities: [5, 5], categories: [[.leadership], [.youngCadre]]))
        #expect(plan.pairs.count == 3 && plan.pairs.allSatisfy { $0.mentor == "m2" })
    }
}

struct MeetingDatesTests {
    static let calendar = TeachingCalendar(
        start: Day(iso: "2025-03-10")!, end: Day(iso: "2025-03-21")!,
        holidays: [Day(iso: "2025-05-01")!], periods: [])
    static let mentor = Mentor(id: "m", name: "导师", site: "s", capacity: 1)

    @Test func theWindowIsTheMonthsAfterTheLastDay() {
        let w = MeetingDates.window(after: Day(iso: "2025-03-21")!, months: 6)
        #expect(w.lowerBound.iso == "2025-03-22" && w.upperBound.iso == "2025-09-21")
        // A month-end clamps: 31 January plus one month is the last day of February.
        #expect(MeetingDates.window(after: Day(iso: "2025-01-31")!, months: 1).upperBound.iso == "2025-02-28")
        #expect(MeetingDates.window(after: Day(iso: "2025-11-30")!, months: 3).upperBound.iso == "2026-02-28")
    }

    @Test func meetingsAreSpreadEvenlyOnWorkingDays() {
        let dates = MeetingDates.dates(count: 3, months: 6, calendar: Self.calendar, mentor: Self.mentor)
        #expect(dates.count == 3)
        #expect(dates.allSatisfy { [.mon, .tue, .wed, .thu, .fri].contains($0.weekday) })
        let w = MeetingDates.window(after: Self.calendar.end, months: 6)
        let gaps = zip(dates.dropFirst(), dates).map { $0.ordinal - $1.ordinal }
        // About a third of 184 days apart, each within a few days of its slice's middle.
        #expect(gaps.allSatisfy { abs($0 - 61) <= 4 }, "\(dates)")
        #expect(abs(dates[0].ordinal - (w.lowerBound.ordinal + 30)) <= 3)
    }

    @Test func holidaysAndTheMentorsDaysAwayAreSkipped() {
        // One meeting in a month: its target is mid-April; a mentor away all of April meets just outside it.
        var away = Self.mentor
        away.unavailable = [.range(from: Day(iso: "2025-04-01")!, to: Day(iso: "2025-04-30")!)]
        let free = MeetingDates.dates(count: 2, months: 2, calendar: Self.calendar, mentor: Self.mentor)
        let busy = MeetingDates.dates(count: 2, months: 2, calendar: Self.calendar, mentor: away)
        #expect(free.count == 2 && busy.count == 2)
        #expect(busy.allSatisfy { $0.month != 4 }, "\(busy)")
        #expect(free != busy)
        let mayDay = MeetingDates.dates(count: 60, months: 3, calendar: Self.calendar, mentor: Self.mentor)
        #expect(!mayDay.contains(Day(iso: "2025-05-01")!))
        #expect(Set(mayDay).count == mayDay.count)
    }

    @Test func fewerOpenDaysThanMeetingsGivesFewerDates() {
        var away = Self.mentor
        away.unavailable = [.range(from: Day(iso: "2025-03-24")!, to: Day(iso: "2025-04-18")!)]
        // Window 22 March – 21 April: open working days are only 21 April (Mon) — 19, 20 are a weekend.
        let dates = MeetingDates.dates(count: 3, months: 1, calendar: Self.calendar, mentor: away)
        #expect(dates.map(\.iso) == ["2025-04-21"])
    }

    @Test func theSameInputsGiveTheSameDates() {
        let a = MeetingDates.dates(count: 4, months: 5, calendar: Self.calendar, mentor: Self.mentor)
        let b = MeetingDates.dates(count: 4, months: 5, calendar: Self.calendar, mentor: Self.mentor)
        #expect(a == b && a == a.sorted())
    }
}
