import Domain
import Foundation

/// Every file `paike solve` writes, as bytes: the same inputs always give the same bytes.
public enum TimetableExport {
    /// Relative path → contents: `timetable.csv`, `by-group.csv`, `by-teacher.csv`, `by-venue.csv`,
    /// `calendars/<teacher id>.ics` (one per teacher of the scenario), `timetable.html`,
    /// `solution.json`, `report.txt`, `report.json`. `batch` adds a `batch` object to report.json.
    public static func files(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary,
                             batch: BatchEntry? = nil) -> [String: Data] {
        var files: [String: Data] = [:]
        files["timetable.csv"] = TimetableCSV.write(scenario: scenario, timetable: timetable)
        for view in GridView.allCases {
            files[view.fileName] = Grids.csv(view, scenario: scenario, timetable: timetable)
        }
        let look = Lookup(scenario, timetable)
        for teacher in look.sortedTeachers {
            files[ICalendar.fileName(for: teacher.id)] = ICalendar.calendar(for: teacher, look)
        }
        files["timetable.html"] = HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary)
        files["solution.json"] = SolutionJSON.encode(scenario: scenario, timetable: timetable, summary: summary)
        files["coverage.csv"] = NeedsCoverage.csv(scenario: scenario, timetable: timetable, summary: summary)
        if let moves = summary.moves {
            files["changes.csv"] = Changes.byGroup(moves, scenario: scenario)
            files["changes-by-teacher.csv"] = Changes.byTeacher(moves, scenario: scenario)
            files["changes-by-venue.csv"] = Changes.byVenue(moves, scenario: scenario)
        }
        let report = Report.build(scenario: scenario, timetable: timetable, summary: summary, batch: batch)
        files["report.txt"] = Data(report.text().utf8)
        files["report.json"] = report.json()
        return files
    }

    /// Builds the files and writes them all-or-nothing into `directory`.
    public static func write(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary,
                             to directory: URL) throws(OutputWriter.Failure) {
        try OutputWriter(directory: directory).write(files(scenario: scenario, timetable: timetable, summary: summary))
    }

    /// One grid view on its own (`by-group.csv` and the like).
    public static func grid(_ view: GridView, scenario: TrainingScenario, timetable: Timetable) -> Data {
        Grids.csv(view, scenario: scenario, timetable: timetable)
    }

    public static func html(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        HTMLPage.page(scenario: scenario, timetable: timetable, summary: summary)
    }

    public static func solutionJSON(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        SolutionJSON.encode(scenario: scenario, timetable: timetable, summary: summary)
    }

    public static func reportText(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> String {
        Report.build(scenario: scenario, timetable: timetable, summary: summary).text()
    }

    public static func reportJSON(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        Report.build(scenario: scenario, timetable: timetable, summary: summary).json()
    }
}
