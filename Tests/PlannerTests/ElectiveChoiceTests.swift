import Domain
import GLPK
import Testing

@testable import Planner

/// Electives are chosen inside the same integer program as the timetable, by the groups' gaps.
@Suite struct ElectiveChoiceTests {
    /// Tiny without the on-site unit, plus a menu of 2-period electives with one topic each.
    static func menuScenario(
        electives: [(Course.ID, String, Int)], teachers: [Teacher] = [], menuPeriods: Int = 2,
        needs: [[TopicScore]]
    ) -> TrainingScenario {
        var s = Tiny.scenario()
        s.groups[0].required = ["xi", "policy"]
        for (id, topic, score) in electives {
            s.courses.append(
                Course(
                    id: id, title: "选修 \(id)", form: .lecture, periods: 2, venueRule: VenueRule(kinds: [.partySchool]),
                    topics: [TopicScore(topic: topic, score: score)]))
        }
        s.teachers += teachers.isEmpty ? [Teacher(id: "t3", name: "赵老师", teaches: electives.map(\.0))] : teachers
        for i in s.groups.indices {
            s.groups[i].menu = Menu(from: electives.map(\.0), periods: menuPeriods)
            s.groups[i].needs = needs[i]
        }
        return s
    }

    func electives(of g: Group.ID, in t: Timetable, _ s: TrainingScenario) -> Set<Course.ID> {
        let menu = Set(s.group(g)?.menu?.from ?? [])
        return Set(t.sessions.filter { $0.groups.contains(g) && menu.contains($0.course) }.map(\.course))
    }

    @Test func oppositeGapProfilesGetDifferentElectives() throws {
        let s = Self.menuScenario(
            electives: [("law", "rule_of_law", 5), ("mediation", "petitions", 5)],
            needs: [
                [TopicScore(topic: "rule_of_law", score: 5), TopicScore(topic: "petitions", score: 1)],
                [TopicScore(topic: "rule_of_law", score: 1), TopicScore(topic: "petitions", score: 5)]
            ])
        let (t, r, _) = try solve(s)
        #expect(r.status == .optimal && t.unmet.isEmpty)
        #expect(electives(of: "g1", in: t, s) == ["law"])
        #expect(electives(of: "g2", in: t, s) == ["mediation"])
    }

    @Test func scarceTeacherGoesToTheLargerGap() throws {
        // Only 赵老师 teaches e-commerce, and only 2 periods: one class can have it.
        let s = Self.menuScenario(
            electives: [("ecommerce", "industry", 5), ("law", "rule_of_law", 2)],
            teachers: [
                Teacher(id: "t3", name: "赵老师", teaches: ["ecommerce"], maxPeriods: 2),
                Teacher(id: "t4", name: "钱老师", teaches: ["law"])
            ],
            needs: [
                [TopicScore(topic: "industry", score: 2), TopicScore(topic: "rule_of_law", score: 1)],
                [TopicScore(topic: "industry", score: 5), TopicScore(topic: "rule_of_law", score: 1)]
            ])
        let (t, r, _) = try solve(s)
        #expect(r.status == .optimal && t.unmet.isEmpty)
        #expect(electives(of: "g2", in: t, s) == ["ecommerce"])
        #expect(electives(of: "g1", in: t, s) == ["law"])
    }

    @Test func diminishingReturnsSpreadElectivesOverTopics() throws {
        // Two rural courses would add more points in a straight sum (5 + 5 against 5 + 3), but a
        // second course on a covered topic is worth less than a first on an open one.
        let s = Self.menuScenario(
            electives: [("rural_a", "rural", 5), ("rural_b", "rural", 5), ("law_a", "law", 3)], menuPeriods: 4,
            needs: [[TopicScore(topic: "rural", score: 5), TopicScore(topic: "law", score: 5)], []])
        var scenario = s
        scenario.groups[1].menu = nil
        scenario.courses.removeAll { $0.id == "policy" }  // no required rural coverage to blur the picture
        scenario.groups = scenario.groups.map {
            var g = $0; g.required.removeAll { $0 == "policy" }; return g
        }
        let (t, r, plan) = try solve(scenario)
        #expect(r.status == .optimal && t.unmet.isEmpty)
        let chosen = electives(of: "g1", in: t, scenario)
        #expect(chosen.contains("law_a") && chosen.intersection(["rural_a", "rural_b"]).count == 1, "\(chosen)")
        #expect(plan.bestMenuChoice(for: scenario.groups[0]) == ["rural_a", "law_a"])
    }

    @Test func indicatorsReportMetShareAgainstPotentialAndWhy() throws {
        let s = Self.menuScenario(
            electives: [("ecommerce", "industry", 5), ("law", "rule_of_law", 2)],
            teachers: [
                Teacher(id: "t3", name: "赵老师", teaches: ["ecommerce"], maxPeriods: 2),
                Teacher(id: "t4", name: "钱老师", teaches: ["law"])
            ],
            needs: [[TopicScore(topic: "industry", score: 4)], [TopicScore(topic: "industry", score: 5)]])
        let (t, _, plan) = try solve(s)
        let (lines, shares) = plan.needIndicators(t)
        let g1 = try #require(shares.first { $0.group == "g1" }), g2 = try #require(shares.first { $0.group == "g2" })
        #expect(g2.met == 1 && g2.potential == 1 && g2.heldBackBy.isEmpty)
        // g1 would take e-commerce with unlimited teachers; its only teacher is spent on g2
        #expect(g1.potential == 1 && g1.met == 0)
        #expect(g1.heldBackBy.contains("'ecommerce' has no qualified teacher free"), "\(g1.heldBackBy)")
        let line = try #require(lines.first { $0.group == "g1" && $0.topic == "industry" })
        #expect(line.coverage == 0 && line.potential == 5 && line.reason.contains("TeacherLoad"))
        // The same reasons as phrases, for wording in the reader's language.
        #expect(line.because == [Phrase("need.noTeacher", "ecommerce", "TeacherLoad")])
        #expect(g1.heldBackBecause == line.because && g2.heldBackBecause.isEmpty)
    }
}
