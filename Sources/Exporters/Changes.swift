import Domain
import Foundation
import Texts

/// `changes.csv`: what moved between a published timetable and a new one, one row per group's
/// session, so the planner can send notices; `changes-by-teacher.csv` lists the same moves under
/// every teacher they concern (the one who had it and the one who has it now), and
/// `changes-by-venue.csv` under every venue (the one it left and the one it moved to).
public enum Changes {
    public static let columns = [
        "group_id", "group_name", "course_id", "course_title", "occurrence", "segment", "change",
        "before_date", "before_period", "before_venue", "before_teacher",
        "after_date", "after_period", "after_venue", "after_teacher"
    ]

    /// Header cells in the reader's language: English keeps the column ids (scripts read them).
    static func header(_ ids: [String], _ language: Language) -> [String] {
        language == .en ? ids : ids.map { Wording(language)("changes.col.\($0)") }
    }

    static func cells(_ m: SessionMove, _ s: TrainingScenario, _ language: Language) -> [String] {
        func place(_ p: SessionPlace?) -> [String] {
            guard let p else { return ["", "", "", ""] }
            let period = s.calendar.periods.indices.contains(p.firstPeriod) ? s.calendar.periods[p.firstPeriod].id.rawValue : String(p.firstPeriod)
            return [p.day.iso, period, p.venue.rawValue, p.teacher?.rawValue ?? ""]
        }
        // English keeps the ids scripts compare against; Chinese names the part and the change.
        let w = Wording(language)
        let segment = m.segment.map { language == .en ? $0.rawValue : w("segment.\($0.rawValue)") } ?? ""
        let change = w.change(m.changed.joined(separator: "+"))
        return [
            m.group.rawValue, s.group(m.group)?.name ?? "", m.course.rawValue, s.course(m.course)?.title ?? "", String(m.occurrence),
            segment, change
        ] + place(m.before) + place(m.after)
    }

    public static func byGroup(_ moves: [SessionMove], scenario: TrainingScenario, language: Language = .en) -> Data {
        let rows = moves.sorted {
            ($0.group, $0.course, $0.occurrence, $0.segment?.order ?? -1) < ($1.group, $1.course, $1.occurrence, $1.segment?.order ?? -1)
        }
        .map { cells($0, scenario, language) }
        return CSV.document([header(columns, language)] + rows)
    }

    public static func byTeacher(_ moves: [SessionMove], scenario: TrainingScenario, language: Language = .en) -> Data {
        var rows: [[String]] = []
        for m in moves {
            for t in Set([m.before?.teacher, m.after?.teacher].compactMap { $0 }).sorted() {
                rows.append([t.rawValue, scenario.teacher(t)?.name ?? ""] + cells(m, scenario, language))
            }
        }
        rows.sort { ($0[0], $0[2], $0[4], $0[6]) < ($1[0], $1[2], $1[4], $1[6]) }
        return CSV.document([header(["teacher_id", "teacher_name"] + columns, language)] + rows)
    }

    public static func byVenue(_ moves: [SessionMove], scenario: TrainingScenario, language: Language = .en) -> Data {
        var rows: [[String]] = []
        for m in moves {
            for v in Set([m.before?.venue, m.after?.venue].compactMap { $0 }).sorted() {
                rows.append([v.rawValue, scenario.venue(v)?.name ?? ""] + cells(m, scenario, language))
            }
        }
        rows.sort { ($0[0], $0[2], $0[4], $0[6]) < ($1[0], $1[2], $1[4], $1[6]) }
        return CSV.document([header(["venue_id", "venue_name"] + columns, language)] + rows)
    }
}
