import Foundation
import Texts

/// What `paike solve` prints after writing: the folder, then each file (or group of files) with
/// one line saying what it is for, the class timetables first. Built from the names actually
/// written, so a file that was not written is never announced.
public enum FileGuide {
    /// Files and groups of files in the order they are listed; `first` ones are what to open first.
    struct Entry {
        var key: String
        var names: [String]
        var first = false
    }

    static let known: [Entry] = [
        Entry(key: "timetable.xlsx", names: ["timetable.xlsx"], first: true),
        Entry(key: "timetable.html", names: ["timetable.html"], first: true),
        Entry(key: "grids", names: GridView.allCases.map(\.fileName)),
        Entry(key: "timetable.csv", names: ["timetable.csv"]),
        Entry(key: "changes", names: ["changes.csv", "changes-by-teacher.csv", "changes-by-venue.csv"]),
        Entry(key: "coverage.csv", names: ["coverage.csv"]),
        Entry(key: "placements.csv", names: ["placements.csv"]),
        Entry(key: "mentors.csv", names: ["mentors.csv"]),
        Entry(key: "report.txt", names: ["report.txt"]),
        Entry(key: "report.json", names: ["report.json"]),
        Entry(key: "solution.json", names: ["solution.json"])
    ]

    /// Lines for the terminal, for the written `names` (paths relative to `folder`).
    public static func lines(_ names: [String], folder: String, language: Language = .en) -> [String] {
        let w = Wording(language)
        let written = Set(names)
        var shown = Set<String>()
        var first: [String] = [], rest: [String] = []
        func line(_ files: [String], _ what: String) -> String { "  " + files.joined(separator: ", ") + " — " + what }
        for entry in known {
            let present = entry.names.filter(written.contains)
            guard !present.isEmpty else { continue }
            shown.formUnion(present)
            if entry.first { first.append(present[0]) }
            rest.append(line(present, w("files.\(entry.key)")))
        }
        // Calendars and any other folder: one line per folder with its file count.
        let folders = Dictionary(grouping: names.filter { $0.contains("/") }) { name in
            String(name[..<name.lastIndex(of: "/")!]) + "/"
        }
        for (dir, files) in folders.sorted(by: { $0.key < $1.key }) {
            shown.formUnion(files)
            // Whose calendars a folder holds is said, so the planner knows which to send to whom.
            let whose =
                [
                    "calendars/teachers/": "files.calendars.teachers", "calendars/classes/": "files.calendars.classes",
                    "calendars/mentors/": "files.calendars.mentors"
                ][dir] ?? "files.calendars"
            let what = files.allSatisfy { $0.hasSuffix(".ics") } ? w(whose, files.count) : w("files.folder", files.count)
            rest.append(line([dir], what))
        }
        // Anything else written is still listed, without a description.
        for name in names.sorted() where !shown.contains(name) { rest.append("  " + name) }

        var out = [w("files.heading", folder.hasSuffix("/") ? folder : folder + "/")]
        out += rest
        if !first.isEmpty { out.append(w("files.openFirst", first.joined(separator: w("files.or")))) }
        return out
    }
}
