import Domain
import Foundation
import Testing

@testable import Exporters

/// Compares every exported file with its golden copy. `PAIKE_UPDATE_GOLDEN=1 swift test` rewrites
/// the golden copies instead; without it any difference fails.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["PAIKE_UPDATE_GOLDEN"] == "1" }
    static let files = TimetableExport.files(scenario: Fixture.scenario, timetable: Fixture.timetable, summary: Fixture.summary)

    static func stored() -> [String] {
        guard let e = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        for case let url as URL in e where !url.hasDirectoryPath {
            out.append(String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1)))
        }
        return out.sorted()
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let la = String(decoding: a, as: UTF8.self).components(separatedBy: "\n")
        let lb = String(decoding: b, as: UTF8.self).components(separatedBy: "\n")
        for i in 0..<max(la.count, lb.count) where (i < la.count ? la[i] : nil) != (i < lb.count ? lb[i] : nil) {
            return "line \(i + 1):\n  got:      \(i < la.count ? la[i] : "<end>")\n  expected: \(i < lb.count ? lb[i] : "<end>")"
        }
        return "same text, different bytes"
    }
}

@Suite(.serialized) struct GoldenTests {
    @Test(arguments: Golden.files.keys.sorted())
    func matchesGolden(_ path: String) throws {
        let got = Golden.files[path]!
        let url = Golden.directory.appendingPathComponent(path)
        if Golden.updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try got.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(got == expected, "\(path) differs from its golden copy at \(Golden.firstDifference(got, expected))")
    }

    @Test func noStaleGoldenFiles() {
        if Golden.updating { return }
        #expect(Golden.stored() == Golden.files.keys.sorted())
    }

    @Test func exportsTheContractsFileSet() {
        #expect(
            Golden.files.keys.sorted() == [
                "by-group.csv", "by-teacher.csv", "by-venue.csv", "calendars/classes/g_sec.ics", "calendars/classes/g_young.ics",
                "calendars/teachers/t_li.ics", "calendars/teachers/t_wang.ics", "coverage.csv",
                "report.json", "report.txt", "solution.json", "timetable.csv", "timetable.html", "timetable.xlsx"
            ])
    }
}
