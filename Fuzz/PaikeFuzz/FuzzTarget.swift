import Domain
import Exporters
import Foundation
import Scenario

/// What the fuzzer checks on any bytes: read as a scenario file, the loader either gives a
/// scenario or at least one located error (the CLI then exits 0 or 2), and rendering its
/// diagnostics works; read as a timetable.csv of a small programme, the reader gives a
/// timetable or located problems. Anything else (a trap, a hang, an error without a place)
/// stops the process, which libFuzzer keeps as a crash input.
enum FuzzTarget {
    /// A small valid programme for the timetable reader: its ids are what a mutated CSV refers to.
    static let programme: TrainingScenario = {
        let text = """
            format: paike/1
            name: 模糊测试
            calendar: {start: 2025-03-10, end: 2025-03-14, periods: [{id: am1, start: "08:30", end: "10:00"}, {id: am2, start: "10:15", end: "11:45"}]}
            sites: [{id: s, name: 党校}]
            venues: [{id: v, name: 报告厅, kind: party_school, site: s, capacity: 60}]
            teachers: [{id: t, name: 王芳, teaches: [c], site: s}]
            courses: [{id: c, title: 专题, form: lecture, periods: 2}]
            groups: [{id: g, name: 一班, category: other, size: 30, site: s, required: [c]}]
            objective: {needs: 1, travel: 1, compactness: 1, teacher_balance: 1}
            """
        guard let s = ScenarioLoader.load(text: text, path: "fuzz-programme.yaml").scenario else { fatalError("the fuzz programme must load") }
        return s
    }()

    static func check(_ bytes: Data) {
        // A private folder as the scenario's, so `base:` in a mutated file finds nothing of ours.
        let loaded = ScenarioLoader.load(data: bytes, path: "/nonexistent-paike-fuzz/scenario.yaml")
        if loaded.scenario == nil {
            guard loaded.errors.contains(where: { !$0.file.isEmpty && $0.line >= 0 }) else {
                fatalError("no scenario and no located error")
            }
        }
        _ = loaded.renderedDiagnostics()

        do {
            let t = try TimetableCSV.read(data: bytes, scenario: programme, strict: true)
            _ = TimetableCSV.write(scenario: programme, timetable: t)
        } catch {
            guard !error.problems.isEmpty, error.problems.allSatisfy({ $0.line >= 1 }) else { fatalError("a timetable problem without a line") }
        }
    }
}
