import Texts

/// The sheets of a scenario workbook, in the order they are written. `programme` and
/// `objective` are field/value lists; every other sheet is a table with one row per entry.
public enum SheetKind: String, CaseIterable, Sendable {
    case programme, periods, holidays, sites, travel, venues, teachers, courses, segments, groups, packages, cohorts, pins,
        unavailable, objective, cadres, mentors, teams

    /// Column keys (the scenario file's own key where there is one), in the order written.
    public var columns: [String] {
        switch self {
        case .programme, .objective: ["field", "value", "note"]
        case .periods: ["id", "name", "start", "end"]
        case .holidays: ["date"]
        case .sites: ["id", "name"]
        case .travel: ["from", "to", "minutes"]
        case .venues: ["id", "name", "kind", "site", "capacity", "host_capacity", "topics"]
        case .teachers: ["id", "name", "teaches", "site", "max_periods_per_day", "max_periods"]
        case .courses:
            [
                "id", "title", "form", "periods", "venue_kinds", "venues", "topics", "first", "joint", "sessions", "min_days", "within_days", "after", "days",
                "hosts"
            ]
        case .segments: ["course", "segment", "periods", "venue_kinds", "venues"]
        case .groups:
            [
                "id", "name", "category", "size", "site", "required", "required_add", "required_remove", "menu_from", "menu_periods", "needs",
                "mentoring_months", "mentoring_meetings"
            ]
        case .packages: ["category", "name", "required", "menu_from", "menu_periods"]
        case .cohorts: ["id", "name", "groups"]
        case .pins: ["group", "course", "occurrence", "segment", "date", "period", "venue", "teacher"]
        case .unavailable: ["owner", "id", "date", "from", "to", "periods"]
        case .cadres: ["id", "name", "group", "town", "post", "needs"]
        case .mentors: ["id", "name", "site", "topics", "capacity", "categories"]
        case .teams: ["id", "name", "site", "max_visits_per_day", "max_minutes_per_day"]
        }
    }

    /// Columns a table cannot do without (their cells may still be empty on some rows).
    public var requiredColumns: [String] {
        switch self {
        case .programme, .objective: ["field", "value"]
        case .periods: ["id", "start", "end"]
        case .holidays: ["date"]
        case .sites: ["id", "name"]
        case .travel: ["from", "to", "minutes"]
        case .venues: ["id", "name", "kind"]
        case .teachers: ["id", "name", "teaches"]
        case .courses: ["id", "title", "form"]
        case .segments: ["course", "segment", "periods"]
        case .groups: ["id", "name", "category", "size"]
        case .packages: ["category"]
        case .cohorts: ["id", "groups"]
        case .pins: ["group", "course"]
        case .unavailable: ["owner", "id"]
        case .cadres: ["id", "name", "group"]
        case .mentors: ["id", "name", "site", "capacity"]
        case .teams: ["id", "name", "site"]
        }
    }

    /// The rows of a field/value sheet, by key.
    public var fields: [String] {
        switch self {
        case .programme: ["format", "name", "language", "start", "end", "weekdays", "pass", "visit_minutes"]
        case .objective: ["needs", "travel", "compactness", "teacher_balance", "stability", "over_capacity", "spread", "isolated", "venue_changes"]
        default: []
        }
    }

    public var isFieldList: Bool { self == .programme || self == .objective }

    /// A workbook without these sheets cannot make a scenario.
    public var isRequired: Bool { self == .programme || self == .periods }

    public func name(_ w: Wording) -> String { w("workbook.sheet.\(rawValue)") }
    public func columnName(_ key: String, _ w: Wording) -> String { w("workbook.column.\(rawValue).\(key)") }
    /// What a column (or a field of a field/value sheet) holds, for the read-me sheet and the template's comments.
    public func note(_ key: String, _ w: Wording) -> String { w("workbook.note.\(rawValue).\(key)") }
    public func fieldName(_ key: String, _ w: Wording) -> String { w("workbook.field.\(rawValue).\(key)") }

    /// Every spelling a sheet or column may have, so a workbook in either language (or with the
    /// file format's own keys) reads back.
    public static func kind(named name: String) -> SheetKind? {
        let n = Aliases.normal(name)
        return allCases.first { k in
            Aliases.normal(k.rawValue) == n || Language.allCases.contains { Aliases.normal(k.name(Wording($0))) == n }
        }
    }

    public func columnKey(named name: String) -> String? {
        let n = Aliases.normal(name)
        return columns.first { key in
            Aliases.normal(key) == n || Language.allCases.contains { Aliases.normal(columnName(key, Wording($0))) == n }
        }
    }

    public func fieldKey(named name: String) -> String? {
        let n = Aliases.normal(name)
        return fields.first { key in
            Aliases.normal(key) == n || Language.allCases.contains { Aliases.normal(fieldName(key, Wording($0))) == n }
        }
    }
}
