import Domain
import Foundation
import Testing
import Texts

@testable import Exporters

@Suite struct DeterminismTests {
    @Test func twoCallsGiveEqualBytes() {
        let a = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)
        let b = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)
        #expect(a == b)
    }

    @Test(arguments: [1, 2, 3])
    func inputOrderDoesNotMatter(_ seed: UInt64) {
        var rng = SeededRandom(seed: Int(seed))
        var scenario = Fixture.scenario
        scenario.groups.shuffle(using: &rng); scenario.teachers.shuffle(using: &rng); scenario.venues.shuffle(using: &rng)
        var timetable = Fixture.timetable
        timetable.sessions.shuffle(using: &rng)
        for i in timetable.sessions.indices { timetable.sessions[i].groups.shuffle(using: &rng) }
        #expect(
            TimetableExport.files(scenario: scenario, timetable: timetable, summary: Fixture.summary)
                == TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary))
    }

    @Test(arguments: [(Language.zh, "zh-CN"), (.en, "en")])
    func htmlIsSelfContainedAndEscaped(_ language: Language, _ tag: String) {
        let html = String(
            decoding: TimetableExport.html(
                scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary,
                language: language), as: UTF8.self)
        #expect(html.contains("<html lang=\"\(tag)\">") && html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("http") && !html.contains("<script") && !html.contains("<link"))
        #expect(html.contains("&quot;枫桥经验&quot;与基层治理"))
    }

    @Test func writesEverythingToADirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("paike-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try TimetableExport.write(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary, to: dir)
        let files = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)
        for (path, data) in files { #expect(try Data(contentsOf: dir.appendingPathComponent(path)) == data) }
    }
}
