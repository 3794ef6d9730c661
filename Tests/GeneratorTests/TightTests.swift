import Domain
import Exporters
import Foundation
import Planner
import Scenario
import Testing

@testable import Generator

/// `paike generate --tight`: the scenario loads clean, the planted timetable meets every hard
/// rule and holds every required session, groups are nearly full and teachers nearly at their
/// limits, and the same seed gives the same bytes.
@Suite struct TightTests {
    struct Tightness: CustomStringConvertible {
        var groups = 0, sessions = 0, rows = 0
        var minFill = 1.0, meanFill = 0.0
        var minLoad = 1.0, meanLoad = 0.0
        var description: String {
            String(
                format: "%d groups, %d sessions, %d rows, filled %.1f %% (min %.1f %%), teacher load/max %.1f %% (min %.1f %%)",
                groups, sessions, rows, meanFill * 100, minFill * 100, meanLoad * 100, minLoad * 100)
        }
    }

    static func measure(_ p: PlantedScenario) -> Tightness {
        let s = p.scenario
        var m = Tightness(groups: s.groups.count, sessions: p.planted.sessions.count)
        let days = s.calendar.teachingDays
        var ofGroup: [Group.ID: Int] = [:], ofTeacher: [Teacher.ID: Int] = [:]
        for x in p.planted.sessions {
            for g in x.groups { ofGroup[g, default: 0] += x.periodCount }
            if let t = x.teacher { ofTeacher[t, default: 0] += x.periodCount }
        }
        var fills: [Double] = []
        for g in s.groups {
            let usable = days.reduce(0) { n, d in n + s.calendar.periods.filter { !g.unavailable.covers(d, $0.id) }.count }
            let planted = ofGroup[g.id] ?? 0
            fills.append(Double(planted) / Double(usable))
            m.rows += planted
        }
        var loads: [Double] = []
        for t in s.teachers {
            let load = ofTeacher[t.id] ?? 0
            loads.append(Double(load) / Double(t.maxPeriods!))
        }
        m.minFill = fills.min()!; m.meanFill = fills.reduce(0, +) / Double(fills.count)
        m.minLoad = loads.min()!; m.meanLoad = loads.reduce(0, +) / Double(loads.count)
        return m
    }

    @Test(arguments: [(GeneratorScale.county, 1), (.county, 2), (.county, 7), (.prefecture, 1)])
    func plantedTimetableIsValidAndTight(scale: GeneratorScale, seed: Int) throws {
        let g = ScenarioGenerator(scale: scale, seed: seed)
        let p = g.generateTight()
        let loaded = ScenarioLoader.load(text: g.tightYAML(p), path: "tight.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics())")
        let scenario = try #require(loaded.scenario)
        #expect(scenario == p.scenario)

        let facts = TimetableFacts(context: PlanningContext(scenario), timetable: p.planted)
        let violations = facts.allViolations()
        #expect(violations.isEmpty, "\(violations.prefix(10).map(\.description).joined(separator: "\n"))")
        // Every requirement is held (there are no electives, so every requirement is required).
        #expect(scenario.groups.allSatisfy { $0.menu == nil })
        var held = Set<String>()
        for s in p.planted.sessions { for gid in s.groups { held.insert("\(gid)|\(s.course)|\(s.occurrence)|\(s.segment?.rawValue ?? "")") } }
        let missing = facts.requirements.filter { !held.contains("\($0.group)|\($0.course)|\($0.occurrence)|\($0.segment?.rawValue ?? "")") }
        #expect(missing.isEmpty, "\(missing.count) requirements unheld")
        #expect(p.planted.unmet.isEmpty)

        let m = Self.measure(p)
        print("tight \(scale.rawValue) seed \(seed): \(m)")
        #expect(m.minFill >= 0.90, "\(m)")
        #expect(m.minLoad >= 0.85, "\(m)")
        if scale == .county {
            #expect(m.groups >= 12 && m.rows >= 200, "\(m)")
        } else {
            #expect(m.groups >= 96, "\(m)")
        }
        // The planted timetable reads back from its CSV as the same timetable.
        let csv = g.plantedCSV(p)
        let back = try TimetableCSV.read(data: csv, scenario: scenario)
        #expect(back.sessions.count == p.planted.sessions.count)
        #expect(TimetableFacts(context: PlanningContext(scenario), timetable: back).allViolations().isEmpty)
    }

    /// A province is ten tight prefectures; only its size and tightness here (the full check of
    /// its planted timetable takes minutes in a debug build).
    @Test func provinceIsTightToo() {
        let p = ScenarioGenerator(scale: .province, seed: 1).generateTight()
        let m = Self.measure(p)
        print("tight province seed 1: \(m)")
        #expect(m.groups > 900 && m.minFill >= 0.90 && m.minLoad >= 0.85, "\(m)")
        #expect(p.scenario.groups.allSatisfy { $0.id.rawValue.hasPrefix("p") && $0.menu == nil })
        #expect(p.scenario.groups.allSatisfy { $0.required.first.map { $0.rawValue.hasSuffix("xi_thought") } == true })
    }

    @Test(arguments: [GeneratorScale.county, .prefecture])
    func sameSeedSameBytes(scale: GeneratorScale) {
        let a = ScenarioGenerator(scale: scale, seed: 3), b = ScenarioGenerator(scale: scale, seed: 3)
        let pa = a.generateTight(), pb = b.generateTight()
        #expect(a.tightYAML(pa) == b.tightYAML(pb))
        #expect(a.plantedCSV(pa) == b.plantedCSV(pb))
        let c = ScenarioGenerator(scale: scale, seed: 4)
        #expect(a.tightYAML(pa) != c.tightYAML(c.generateTight()))
    }

    @Test func plantedPathSitsBesideTheScenario() {
        #expect(ScenarioGenerator.plantedPath(beside: "out/x.yaml") == "out/x.planted.csv")
        #expect(ScenarioGenerator.plantedPath(beside: "x.yml") == "x.planted.csv")
        #expect(ScenarioGenerator.plantedPath(beside: "x") == "x.planted.csv")
    }
}
