import Domain
import Foundation
import Texts

/// Every file `paike solve` writes, as bytes: the same inputs always give the same bytes.
public enum TimetableExport {
    /// Relative path → contents: `timetable.csv`, `by-group.csv`, `by-teacher.csv`, `by-venue.csv`,
    /// `calendars/teachers/<id>.ics` and `calendars/classes/<id>.ics` (one per teacher and class with
    /// sessions), `timetable.html`, `solution.json`, `report.txt`, `report.json`, `timetable.xlsx`.
    /// `batch` adds a `batch` object to report.json. `language` is what people read the grids, the
    /// workbook, the HTML page, the calendars, report.txt and people's CSV headers in;
    /// timetable.csv, solution.json, report.json and the file names are the same in every language.
    public static func files(
        scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary,
        batch: BatchEntry? = nil, language: Language = .en
    ) -> [String: Data] {
        var files: [String: Data] = [:]
        // One lookup and one report for every file.
        let look = Lookup(scenario, timetable)
        let report = Report.build(scenario: scenario, timetable: timetable, summary: summary, batch: batch, look: look)
        // The workbook and the printable page are half the writing of a large programme: they
        // take the second core (the search is over) while this thread writes the rest.
        let printable = Background {
            (
                workbook: TimetableWorkbook.data(scenario: scenario, timetable: timetable, language: language, look: look),
                page: HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary, language: language, look: look, report: report)
            )
        }
        files["timetable.csv"] = TimetableCSV.write(scenario: scenario, timetable: timetable)
        for view in GridView.allCases {
            files[view.fileName] = Grids.csv(view, scenario: scenario, timetable: timetable, language: language, look: look)
        }
        let wording = Wording(language)
        for teacher in look.sortedTeachers where !look.sessions(of: teacher.id).isEmpty {
            files[ICalendar.fileName(for: teacher.id)] = ICalendar.calendar(for: teacher, look, wording)
        }
        let placed = Set(timetable.placements.map(\.group))
        for group in look.sortedGroups where !look.sessions(of: group.id).isEmpty || placed.contains(group.id) {
            files[ICalendar.fileName(for: group.id)] = ICalendar.calendar(for: group, look, wording)
        }
        files["solution.json"] = SolutionJSON.encode(scenario: scenario, timetable: timetable, summary: summary, look: look, report: report)
        files["coverage.csv"] = NeedsCoverage.csv(scenario: scenario, timetable: timetable, summary: summary, language: language)
        if scenario.courses.contains(where: { $0.form == .placement }) {
            files["placements.csv"] = PlacementsCSV.write(scenario: scenario, timetable: timetable)
        }
        if let moves = summary.moves {
            files["changes.csv"] = Changes.byGroup(moves, scenario: scenario, language: language)
            files["changes-by-teacher.csv"] = Changes.byTeacher(moves, scenario: scenario, language: language)
            files["changes-by-venue.csv"] = Changes.byVenue(moves, scenario: scenario, language: language)
        }
        if let plan = summary.mentoring { files.merge(MentorsExport.files(scenario: scenario, plan: plan, language: language)) { a, _ in a } }
        files["report.txt"] = Data(report.text(Wording(language)).utf8)
        files["report.json"] = report.json()
        // Left out only if the C library cannot write at all (no temporary space): the text
        // files matter more than the workbook.
        let (workbook, page) = printable.value
        files["timetable.xlsx"] = workbook
        files["timetable.html"] = page
        return files
    }

    /// Builds the files and writes them all-or-nothing into `directory`.
    public static func write(
        scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary,
        to directory: URL, language: Language = .en
    ) throws(OutputWriter.Failure) {
        try OutputWriter(directory: directory).write(files(scenario: scenario, timetable: timetable, summary: summary, language: language))
    }

    /// `timetable.xlsx` on its own; nil only when the workbook cannot be written at all.
    public static func workbook(scenario: TrainingScenario, timetable: Timetable, language: Language = .en) -> Data? {
        TimetableWorkbook.data(scenario: scenario, timetable: timetable, language: language)
    }

    /// One grid view on its own (`by-group.csv` and the like).
    public static func grid(_ view: GridView, scenario: TrainingScenario, timetable: Timetable, language: Language = .en) -> Data {
        Grids.csv(view, scenario: scenario, timetable: timetable, language: language)
    }

    public static func html(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, language: Language = .en) -> Data {
        HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary, language: language)
    }

    public static func solutionJSON(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        SolutionJSON.encode(scenario: scenario, timetable: timetable, summary: summary)
    }

    public static func reportText(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, language: Language = .en) -> String {
        Report.build(scenario: scenario, timetable: timetable, summary: summary).text(Wording(language))
    }

    public static func reportJSON(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        Report.build(scenario: scenario, timetable: timetable, summary: summary).json()
    }
}
