import Domain
import Foundation
import Texts

/// The timetable seen from one kind of entity: one block per group, teacher or venue, each a grid
/// of teaching days × periods.
public enum GridView: String, CaseIterable, Sendable {
    case group, teacher, venue

    public var fileName: String { "by-\(rawValue).csv" }
}

enum Grids {
    /// `by-group.csv` and the like: per entity its 课程表 — a title row, a header row (the period
    /// column, then each of the entity's own dates with its weekday), a row per period — and a
    /// blank row between entities. An entity with nothing scheduled gets its title and a line
    /// saying so, not a grid of blanks.
    static func csv(_ view: GridView, scenario: TrainingScenario, timetable: Timetable, language: Language = .en, look: Lookup? = nil) -> Data {
        let look = look ?? Lookup(scenario, timetable)
        let wording = Wording(language)
        var rows: [[String]] = []
        for (n, sheet) in TimetableSheet.sheets(view, look).enumerated() {
            if n > 0 { rows.append([""]) }
            rows.append([sheet.title])
            if sheet.isEmpty {
                rows.append([wording("grid.empty.\(view.rawValue)")])
                continue
            }
            rows.append([wording("grid.period")] + sheet.days.map { TimetableSheet.dayHeading($0, wording) })
            for (p, period) in sheet.periods.enumerated() {
                rows.append(
                    [TimetableSheet.periodHeading(period)]
                        + sheet.cells[p].map { sessions in
                            // Two sessions in one cell is a clash, shown as is.
                            sessions.map { TimetableSheet.cellLines(view, $0, look, wording).joined(separator: " / ") }.joined(separator: " | ")
                        })
            }
        }
        return CSV.document(rows)
    }
}
