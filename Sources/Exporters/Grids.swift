import Domain
import Foundation

/// The timetable seen from one kind of entity: one block per group, teacher or venue, each a grid
/// of teaching days × periods.
public enum GridView: String, CaseIterable, Sendable {
    case group, teacher, venue

    public var fileName: String { "by-\(rawValue).csv" }
}

/// One entity's grid: shared by the CSV grids and the HTML page.
struct GridBlock {
    var title: String
    /// Per teaching day, per period: the sessions this entity has there (normally zero or one).
    var cells: [[[ScheduledSession]]]
}

enum Grids {
    /// Title row, header row, a row per teaching day; a blank row between blocks.
    static func csv(_ view: GridView, scenario: TrainingScenario, timetable: Timetable) -> Data {
        let look = Lookup(scenario, timetable)
        var rows: [[String]] = []
        let header = ["date", "weekday"] + look.periods.map(look.periodHeading)
        for (n, block) in blocks(view, look).enumerated() {
            if n > 0 { rows.append([""]) }
            rows.append([block.title])
            rows.append(header)
            for (d, day) in look.days.enumerated() {
                rows.append([day.iso, day.weekday.chinese] + block.cells[d].map { sessions in
                    sessions.map { cellText(view, $0, look).joined(separator: " / ") }.joined(separator: " | ")
                })
            }
        }
        return CSV.document(rows)
    }

    /// Every entity of the view's kind, by id, including those with nothing scheduled.
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

    /// What a cell says, by view: the group sees course, venue, teacher; the teacher sees course,
    /// groups, venue; the venue sees course, groups, teacher. Empty parts are left out.
    static func cellText(_ view: GridView, _ s: ScheduledSession, _ look: Lookup) -> [String] {
        let parts: [String]
        switch view {
        case .group: parts = [look.courseLabel(s), look.venueName(s.venue), look.teacherName(s.teacher)]
        case .teacher: parts = [look.courseLabel(s), look.groupNames(s), look.venueName(s.venue)]
        case .venue: parts = [look.courseLabel(s), look.groupNames(s), look.teacherName(s.teacher)]
        }
        return parts.filter { !$0.isEmpty }
    }
}
