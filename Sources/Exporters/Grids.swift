import Domain
import Foundation
import Texts

/// The timetable seen from one kind of entity: one block per group, teacher or venue, each a grid
/// of teaching days × periods.
public enum GridView: String, CaseIterable, Sendable {
    case group, teacher, venue

    public var fileName: String { "by-\(rawValue).csv" }
}

/// One entity's grid over every teaching day, as the HTML page lays it out until it moves to
/// `TimetableSheet`.
struct GridBlock {
    var title: String
    /// Per teaching day, per period: the sessions this entity has there (normally zero or one).
    var cells: [[[ScheduledSession]]]
}

enum Grids {
    /// `by-group.csv` and the like: per entity its 课程表 — a title row, a header row (the period
    /// column, then each of the entity's own dates with its weekday), a row per period — and a
    /// blank row between entities. An entity with nothing scheduled gets its title and a line
    /// saying so, not a grid of blanks.
    static func csv(_ view: GridView, scenario: TrainingScenario, timetable: Timetable, language: Language = .en) -> Data {
        let look = Lookup(scenario, timetable)
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
                rows.append([TimetableSheet.periodHeading(period)] + sheet.cells[p].map { sessions in
                    // Two sessions in one cell is a clash, shown as is.
                    sessions.map { TimetableSheet.cellLines(view, $0, look, wording).joined(separator: " / ") }.joined(separator: " | ")
                })
            }
        }
        return CSV.document(rows)
    }

    /// Every entity of the view's kind over every teaching day (the HTML page's layout).
    static func blocks(_ view: GridView, _ look: Lookup) -> [GridBlock] {
        let entities: [(title: String, has: (ScheduledSession) -> Bool)]
        switch view {
        case .group: entities = look.sortedGroups.map { g in ("\(g.name) (\(g.id))", { $0.groups.contains(g.id) }) }
        case .teacher: entities = look.sortedTeachers.map { t in ("\(t.name) (\(t.id))", { $0.teacher == t.id }) }
        case .venue: entities = look.sortedVenues.map { v in ("\(v.name) (\(v.id))", { $0.venue == v.id }) }
        }
        let dayIndex = Dictionary(look.days.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return entities.map { entity in
            var cells = Array(repeating: Array(repeating: [ScheduledSession](), count: look.periods.count), count: look.days.count)
            for s in look.sessions where entity.has(s) {
                guard let d = dayIndex[s.day] else { continue }
                for p in s.periodRange where look.periods.indices.contains(p) { cells[d][p].append(s) }
            }
            return GridBlock(title: entity.title, cells: cells)
        }
    }

    /// What a cell of the HTML page says (Chinese part names, as before the reader's language).
    static func cellText(_ view: GridView, _ s: ScheduledSession, _ look: Lookup) -> [String] {
        TimetableSheet.cellLines(view, s, look, .chinese)
    }
}
