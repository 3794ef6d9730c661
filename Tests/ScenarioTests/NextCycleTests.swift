import Domain
import Testing
import Texts

@testable import Scenario

/// Assessments and the next cycle: scores to gaps, grades, the pass mark, and the retraining
/// scenario's classes, needs, courses and calendar.
struct NextCycleTests {
    static let path = Fixture.path("valid/cycle.yaml")

    func scenario() throws -> TrainingScenario {
        let l = ScenarioLoader.load(path: Self.path)
        #expect(l.diagnostics.filter(\.isError).isEmpty, "\(l.renderedDiagnostics())")
        return try #require(l.scenario)
    }

    func score(_ x: Double) -> AssessmentScore { AssessmentScore(x)! }
    func cadre(_ id: String, _ topic: String, _ x: Double) -> AssessmentResult {
        AssessmentResult(subject: .cadre(Cadre.ID(id)), topic: topic, score: score(x))
    }
    func group(_ id: String, _ topic: String, _ x: Double) -> AssessmentResult {
        AssessmentResult(subject: .group(Group.ID(id)), topic: topic, score: score(x))
    }
    func build(_ s: TrainingScenario, _ results: [AssessmentResult], pass: Int? = nil, start: String = "2025-09-08", _ w: Wording = .english) -> NextCycle {
        NextCycle.build(s, results: results, pass: pass ?? s.passMark, start: Day(iso: start)!, wording: w)
    }

    @Test(arguments: [(100.0, 0), (95, 0), (90, 1), (80, 1), (70, 2), (60, 2), (50, 3), (55, 2), (30, 4), (10, 5), (0, 5)])
    func theGapAfterIsFiveTimesWhatWasMissedRounded(_ x: Double, _ gap: Int) {
        #expect(score(x).gapAfter == gap)
    }

    @Test func scoresOutsideZeroToHundredAreNoScores() {
        #expect(AssessmentScore(-1) == nil && AssessmentScore(100.5) == nil && AssessmentScore(.nan) == nil)
    }

    @Test func gradesMapToScores() {
        #expect(Grade(spelling: "优")?.score == 90 && Grade(spelling: "良")?.score == 80)
        #expect(Grade(spelling: "中")?.score == 70 && Grade(spelling: "差")?.score == 50)
        #expect(Grade(spelling: "Excellent") == .excellent && Grade(spelling: "good") == .good)
        #expect(Grade(spelling: "fair") == .fair && Grade(spelling: "POOR") == .poor)
        #expect(Grade(spelling: "A") == nil && Grade(spelling: "") == nil)
    }

    @Test func thePassMarkComesFromTheScenarioElseSixty() throws {
        let s = try scenario()
        #expect(s.assessment == AssessmentSettings(pass: 70) && s.passMark == 70)
        var plain = s
        plain.assessment = nil
        #expect(plain.passMark == 60)
        // Written back and read again.
        let back = try #require(ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "back.yaml").scenario)
        #expect(back.assessment == s.assessment)
    }

    @Test func aPassMarkOutsideZeroToHundredIsAnError() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8).replacingOccurrences(of: "{pass: 70}", with: "{pass: 120}")
        let l = ScenarioLoader.load(text: text, path: "bad.yaml")
        #expect(l.errors.contains { $0.line == 46 }, "\(l.renderedDiagnostics())")
    }

    @Test func theAssessmentTableAveragesTheCadresGaps() throws {
        let s = try scenario()
        let t = AssessmentTable(s, [cadre("c1", "industry", 90), cadre("c2", "industry", 50), group("g3", "rule_of_law", 65)], pass: 70)
        let row = try #require(t.rows.first { $0.group == "g1" && $0.topic == "industry" })
        #expect(row.assessed == 2 && row.meanScore == 70 && row.belowPass == 0.5)
        // c1 keeps the group's 2, c2 has its own 5; gaps after 1 and 3.
        #expect(row.gapBefore == 3.5 && row.gapAfter == 2)
        let whole = try #require(t.rows.first { $0.group == "g3" })
        #expect(whole.assessed == 3 && whole.belowPass == 1 && whole.gapBefore == 2 && whole.gapAfter == 2)
        #expect(t.people == 5 && t.peopleBelow == 4)
        // The pass mark moves who is below it.
        #expect(AssessmentTable(s, [group("g3", "rule_of_law", 65)], pass: 60).peopleBelow == 0)
    }

    @Test func theCalendarKeepsItsTeachingDaysAndWeekdays() throws {
        let c = try scenario().calendar
        #expect(c.teachingDays.count == 9)
        let (moved, dropped) = NextCycle.movedCalendar(c, to: Day(iso: "2025-04-28")!)
        // 2025-05-01 stays a holiday (inside the new span), 2025-03-12 does not.
        #expect(moved.holidays == [Day(iso: "2025-05-01")!] && dropped == [Day(iso: "2025-03-12")!])
        #expect(moved.teachingDays.count == 9 && moved.weekdays == c.weekdays)
        #expect(moved.start == Day(iso: "2025-04-28")! && moved.end == Day(iso: "2025-05-09")!)
        #expect(Set(moved.teachingDays.map(\.weekday)).isSubset(of: Set(c.weekdays)))
        // Starting on a Saturday: the first teaching day is the Monday after.
        let weekend = NextCycle.movedCalendar(c, to: Day(iso: "2025-09-06")!).calendar
        #expect(weekend.teachingDays.first == Day(iso: "2025-09-08")! && weekend.teachingDays.count == 9)
    }

    @Test func cadresBelowThePassAreRegroupedByCategoryAndTown() throws {
        let s = try scenario()
        let cycle = build(
            s,
            [
                cadre("c1", "rule_of_law", 60), cadre("c2", "rule_of_law", 90), cadre("c3", "industry", 40),
                cadre("c4", "rule_of_law", 50), cadre("c5", "governance", 55), cadre("c6", "governance", 95)
            ])
        let n = cycle.scenario
        // c1, c3 (g1) and c5 (g2) are young cadres of kekeya; c4 of tuohe; c2 and c6 passed.
        #expect(n.groups.map(\.id) == ["re_young_cadre_kekeya", "re_young_cadre_tuohe"])
        #expect(n.cadres.map(\.id) == ["c1", "c3", "c5", "c4"])
        #expect(n.cadres.allSatisfy { c in n.groups.contains { $0.id == c.group } })
        #expect(n.group("re_young_cadre_kekeya")?.size == 3 && cycle.origins[0].sources == ["g1", "g2"])
        // Needs are the gaps after: c1's rule_of_law 60 gives 2; topics not assessed keep theirs.
        #expect(n.cadre("c1")?.needs == [TopicScore(topic: "rule_of_law", score: 2), TopicScore(topic: "industry", score: 2)])
        #expect(n.cadre("c3")?.needs == [TopicScore(topic: "rule_of_law", score: 3), TopicScore(topic: "industry", score: 3)])
        #expect(n.groups.allSatisfy { $0.size <= 4 && $0.mentoring == nil && $0.unavailable.isEmpty })
        #expect(cycle.droppedMentoring && n.pins.isEmpty)
    }

    @Test func aBucketLargerThanTheLargestVenueIsSplit() throws {
        var s = try scenario()
        // Six young cadres of kekeya, the largest venue holds 4: two classes of 3.
        for i in s.cadres.indices { s.cadres[i].town = "kekeya" }
        let cycle = build(s, s.cadres.map { cadre($0.id.rawValue, "rule_of_law", 40) })
        #expect(cycle.classLimit == 4)
        #expect(cycle.scenario.groups.map(\.size) == [3, 3])
        #expect(cycle.scenario.groups.map(\.id) == ["re_young_cadre_kekeya_1", "re_young_cadre_kekeya_2"])
        #expect(cycle.origins.map { $0.part?.index } == [1, 2])
        #expect(cycle.scenario.groups.allSatisfy { $0.size <= cycle.classLimit })
    }

    @Test func aCourseIsDroppedOnlyWhenEveryCadrePassedAllItsTopics() throws {
        let s = try scenario()
        // c1 and c3 fail industry; both pass rule_of_law: 'law' goes, 'industry' (rule_of_law and industry) stays.
        let cycle = build(s, [cadre("c1", "rule_of_law", 80), cadre("c1", "industry", 40), cadre("c3", "rule_of_law", 75), cadre("c3", "industry", 65)])
        let g = try #require(cycle.scenario.groups.first)
        #expect(g.required == ["opening", "industry"] && cycle.origins[0].droppedCourses == ["law"])
        // One cadre not assessed on rule_of_law keeps 'law' for the class.
        let partial = build(s, [cadre("c1", "rule_of_law", 80), cadre("c1", "industry", 40), cadre("c3", "industry", 65)])
        #expect(partial.scenario.groups.first?.required == ["opening", "law", "industry"])
    }

    @Test func placementsThatNoLongerFitAndLostOrdersAreSaid() throws {
        var s = try scenario()
        for i in s.cadres.indices where s.cadres[i].group == "g2" { s.cadres[i].town = "kekeya" }
        // g2's research passed by both, the seminar not: the seminar stays, no longer after research.
        var results = [cadre("c5", "governance", 80), cadre("c6", "governance", 90), cadre("c5", "party_building", 40), cadre("c6", "party_building", 40)]
        var cycle = build(s, results)
        var g = try #require(cycle.scenario.groups.first)
        #expect(g.required == ["opening", "seminar", "shadow"])
        #expect(cycle.origins[0].orderLost.map { "\($0.course)<\($0.after)" } == ["seminar<research"])
        // Four young cadres of kekeya exceed the host's 3 places: the placement is dropped and said.
        results += [cadre("c1", "governance", 40), cadre("c3", "governance", 40)]
        cycle = build(s, results)
        g = try #require(cycle.scenario.groups.first)
        #expect(g.size == 4 && !g.required.contains("shadow"))
        #expect(cycle.origins[0].droppedPlacements.map(\.course) == ["shadow"])
        let text = ScenarioWriter.yaml(cycle.scenario, comments: cycle.comments(.english, original: s, resultsName: "r.csv"))
        #expect(text.contains("# Shadowing placement shadow dropped: its hosts take 3 at once, fewer than 4."), "\(text)")
    }

    @Test func aClassWithoutARosterIsRetrainedWhole() throws {
        let s = try scenario()
        let cycle = build(s, [group("g3", "rule_of_law", 65), group("g3", "industry", 90), group("g4", "rule_of_law", 80)])
        #expect(cycle.scenario.groups.map(\.id) == ["re_g3"])
        let g = try #require(cycle.scenario.group("re_g3"))
        #expect(g.size == 3 && g.category == .villageSecretary)
        #expect(g.needs == [TopicScore(topic: "rule_of_law", score: 2), TopicScore(topic: "industry", score: 1)])
        // With a pass of 60 nobody is below it: no class at all.
        #expect(build(s, [group("g3", "rule_of_law", 65)], pass: 60).scenario.groups.isEmpty)
    }

    @Test func theFileCarriesCommentsAndLoadsCleanly() throws {
        let s = try scenario()
        let cycle = build(s, [cadre("c1", "rule_of_law", 60), cadre("c4", "rule_of_law", 50), group("g3", "industry", 30)], Wording.chinese)
        let text = ScenarioWriter.yaml(cycle.scenario, comments: cycle.comments(.chinese, original: s, resultsName: "成绩.csv"))
        #expect(text.hasPrefix("# 小样轮训 的下一轮"))
        #expect(text.contains("  # 来自 原班 g1 的 1 名干部，镇 kekeya\n  - id: re_young_cadre_kekeya\n"), "\(text)")
        #expect(text.contains("  # 原班 g3 整班复训（3 人）"))
        #expect(text.contains("# 原日历中不在新日历内的节假日已删去：2025-03-12、2025-05-01。\n"), "\(text)")
        #expect(text.contains("# 教师和场地的 1 条不可用时间已删去"))
        let back = ScenarioLoader.load(text: text, path: "next.yaml")
        #expect(back.errors.isEmpty, "\(back.renderedDiagnostics())")
        #expect(back.scenario?.groups == cycle.scenario.groups && back.scenario?.cadres == cycle.scenario.cadres)
        #expect(back.scenario?.calendar == cycle.scenario.calendar)
    }

    @Test func withoutCommentsTheWriterKeepsItsBytes() throws {
        let s = try scenario()
        #expect(ScenarioWriter.yaml(s) == ScenarioWriter.yaml(s, comments: ScenarioComments()))
        #expect(!ScenarioWriter.yaml(s).contains("#"))
    }
}

extension NextCycleTests {
    @Test func aVariantMayChangeThePassMark() throws {
        let text = "format: paike/1\nbase: cycle.yaml\nchanges:\n  modify:\n    assessment: {pass: 50}\n"
        let l = ScenarioLoader.load(text: text, path: Fixture.path("valid/cycle-pass50.yaml"))
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.passMark == 50)
    }
}

extension NextCycleTests {
    @Test func aCadreWithoutATownKeepsWhereItCameFromAndElectivesNeverRepeatRequiredCourses() throws {
        var s = try scenario()
        let c5 = try #require(s.cadres.firstIndex { $0.id == "c5" })
        s.cadres[c5].town = nil
        s.groups[1].site = "tuohe"
        s.groups[0].menu = Menu(from: ["research", "seminar"], periods: 1)
        // c4 (g1, town tuohe) and c5 (g2, sited at tuohe) share a class that sits at g1's site.
        let cycle = build(s, [cadre("c4", "governance", 40), cadre("c5", "governance", 40)])
        let g = try #require(cycle.scenario.groups.first)
        #expect(cycle.scenario.groups.count == 1 && g.site == "town" && g.size == 2)
        #expect(cycle.scenario.cadre("c5")?.town == "tuohe")
        #expect(g.required.contains("research") && g.menu == nil)
    }
}
