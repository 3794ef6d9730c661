import Domain
import Foundation
import Scenario
import Texts

/// A scenario file built from sheets: its YAML text, what went wrong at which cell, and, once
/// checked by the loader, the scenario itself.
public struct ImportedScenario: Sendable {
    public var yaml: String
    /// Problems with the cells themselves, then (after `checked`) the loader's, pointed back at cells.
    public var diagnostics: [WorkbookDiagnostic]
    /// nil until checked, and when anything is wrong.
    public var scenario: TrainingScenario?
    public var sheetsRead: Int
    let text: YAMLText
    let badCells: Set<CellLocation>

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    public var rendered: String { diagnostics.map(\.rendered).joined() }

    /// Loads the YAML as `path` would be loaded and adds the loader's diagnostics, each at the
    /// cell its value came from (a problem at a cell already reported is not repeated).
    /// `noteFile`: add a note with the line of the written file (when it is written at all).
    public func checked(as path: String, _ w: Wording, noteFile: Bool = true) -> ImportedScenario {
        let loaded = ScenarioLoader.load(text: yaml, path: path)
        var out = self
        for d in loaded.diagnostics {
            let at = d.file == path ? text.cell(line: d.line, column: d.column) : nil
            if let at, badCells.contains(at) { continue }
            let message = d.hint.map { "\(d.message) — \($0)" } ?? d.message
            let notes = d.notes + (d.line > 0 && noteFile ? [w("workbook.note.cell", "\(d.file):\(d.line):\(d.column)")] : [])
            if let at {
                out.diagnostics.append(WorkbookDiagnostic(d.severity, at: at, message, id: d.id, notes: notes))
            } else {
                out.diagnostics.append(
                    WorkbookDiagnostic(d.severity, file: d.line > 0 ? "\(d.file):\(d.line):\(d.column)" : d.file, message, id: d.id, notes: d.notes))
            }
        }
        // A cell that did not read was written through as it stood or left out: never a scenario.
        out.scenario = out.hasErrors ? nil : loaded.scenario
        return out
    }
}

/// Reads the sheets of a scenario workbook (or a folder of CSV files) into a `paike/1`
/// scenario file. Sheets and columns are found by name in either language (or by the file's
/// own keys); values are read as planners type them (`2025/3/10`, 党校, 是). Every problem is
/// reported at its cell; a bad cell is written through as it stands, so the loader's message
/// about it can be recognised and left out rather than said twice.
public final class WorkbookImport {
    let w: Wording
    var diagnostics: [WorkbookDiagnostic] = []
    var badCells = Set<CellLocation>()
    var tables: [SheetKind: Table] = [:]
    var out = YAMLText()
    let comments: Bool

    init(_ w: Wording, comments: Bool) { self.w = w; self.comments = comments }

    /// `comments`: explain each section above it (for `paike init`'s template).
    public static func read(_ sheets: [Sheet], wording w: Wording, comments: Bool = false, header: String? = nil) -> ImportedScenario {
        let importer = WorkbookImport(w, comments: comments)
        importer.find(sheets)
        if let header { importer.out.comment(header) }
        importer.write()
        return ImportedScenario(
            yaml: importer.out.text, diagnostics: importer.ordered(sheets), scenario: nil,
            sheetsRead: importer.tables.count, text: importer.out, badCells: importer.badCells)
    }

    /// The `language` a workbook's programme sheet declares, to choose the language of messages.
    public static func declaredLanguage(_ sheets: [Sheet]) -> Language? {
        guard let sheet = sheets.first(where: { SheetKind.kind(named: $0.name) == .programme }) else { return nil }
        for row in sheet.rows where row.count >= 2 && SheetKind.programme.fieldKey(named: row[0]) == "language" {
            return Language(spelling: row[1])
        }
        return nil
    }

    /// The workbook's own order: whole-file problems, then sheet by sheet as the workbook
    /// has them, row by row, column by column.
    func ordered(_ sheets: [Sheet]) -> [WorkbookDiagnostic] {
        let position = Dictionary(sheets.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        return diagnostics.enumerated().sorted { a, b in
            func key(_ d: WorkbookDiagnostic) -> [Int] { d.cell.map { [1, position[$0.sheet] ?? 0, $0.row, $0.column] } ?? [0, 0, 0, 0] }
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.offset < b.offset
        }.map(\.element)
    }

    // MARK: Sheets

    func find(_ sheets: [Sheet]) {
        for sheet in sheets {
            guard let kind = SheetKind.kind(named: sheet.name) else {
                let readme = Language.allCases.contains { Aliases.normal(Wording($0)("workbook.sheet.readme")) == Aliases.normal(sheet.name) }
                if !readme && sheet.rows.contains(where: { $0.contains { !$0.isEmpty } }) {
                    warn(sheet.cell(0, 0), w("workbook.warning.unknown-sheet", sheet.name))
                }
                continue
            }
            if let first = tables[kind] {
                warn(sheet.cell(0, 0), w("workbook.error.duplicate-sheet", sheet.name, first.sheet.name))
                continue
            }
            tables[kind] = Table(sheet, kind, w) { diagnostics.append($0) }
        }
        let file = sheets.first?.origin.path ?? ""
        for kind in SheetKind.allCases where kind.isRequired && tables[kind] == nil {
            diagnostics.append(WorkbookDiagnostic(.error, file: file, w("workbook.error.missing-sheet", kind.name(w))))
        }
    }

    func rows(_ kind: SheetKind) -> [Table.Row] { tables[kind]?.rows ?? [] }

    func error(_ at: CellLocation, _ message: String) {
        diagnostics.append(WorkbookDiagnostic(.error, at: at, message))
        badCells.insert(at)
    }
    func warn(_ at: CellLocation, _ message: String) { diagnostics.append(WorkbookDiagnostic(.warning, at: at, message)) }

    // MARK: Cells to values

    /// The cell as written, quoted: what a bad cell becomes, so the file still reads.
    func raw(_ row: Table.Row, _ key: String) -> YValue { .text(ScenarioWriter.quoted(row.text(key)), row.cell(key)) }

    func id(_ row: Table.Row, _ key: String) -> YValue? {
        row.has(key) ? .text(ScenarioWriter.scalar(row.text(key)), row.cell(key)) : nil
    }
    func text(_ row: Table.Row, _ key: String) -> YValue? { id(row, key) }

    func ids(_ row: Table.Row, _ key: String) -> YValue? {
        guard row.has(key) else { return nil }
        return .list(CellValues.list(row.text(key)).map { .text(ScenarioWriter.scalar($0), row.cell(key)) }, row.cell(key))
    }

    func whole(_ row: Table.Row, _ key: String) -> YValue? {
        guard row.has(key) else { return nil }
        guard let n = CellValues.whole(row.text(key)) else { error(row.cell(key), w("workbook.error.bad-whole", row.text(key))); return raw(row, key) }
        return .text(String(n), row.cell(key))
    }

    func day(_ text: String, at cell: CellLocation) -> YValue {
        guard let d = CellValues.day(text) else { error(cell, w("workbook.error.bad-date", text)); return .text(ScenarioWriter.quoted(text), cell) }
        return .text(ScenarioWriter.quoted(d.iso), cell)
    }
    func day(_ row: Table.Row, _ key: String) -> YValue? { row.has(key) ? day(row.text(key), at: row.cell(key)) : nil }

    func time(_ row: Table.Row, _ key: String) -> YValue? {
        guard row.has(key) else { return nil }
        guard let t = CellValues.time(row.text(key)) else { error(row.cell(key), w("workbook.error.bad-time", row.text(key))); return raw(row, key) }
        return .text(ScenarioWriter.quoted(t.description), row.cell(key))
    }

    func flag(_ row: Table.Row, _ key: String) -> Bool {
        guard row.has(key) else { return false }
        guard let b = Aliases.bool(row.text(key)) else { error(row.cell(key), w("workbook.error.bad-bool", row.text(key))); return false }
        return b
    }

    /// An enumerated value by any of its names; `column` names the column in the message.
    func choice<T: RawRepresentable & CaseIterable>(_ text: String, at cell: CellLocation, _ prefix: String, _ column: String, as: T.Type) -> YValue
    where T.RawValue == String {
        if let v = Aliases.value(text, prefix, as: T.self) { return .text(v.rawValue, cell) }
        let accepted = T.allCases.map { w("\(prefix).\($0.rawValue)") }.joined(separator: w.language == .zh ? "、" : ", ")
        error(cell, w("workbook.error.bad-choice", text, column, accepted))
        return .text(ScenarioWriter.quoted(text), cell)
    }
    func choice<T: RawRepresentable & CaseIterable>(_ row: Table.Row, _ key: String, _ prefix: String, as: T.Type) -> YValue?
    where T.RawValue == String {
        row.has(key) ? choice(row.text(key), at: row.cell(key), prefix, row.table.kind.columnName(key, w), as: T.self) : nil
    }
    func choices<T: RawRepresentable & CaseIterable>(_ row: Table.Row, _ key: String, _ prefix: String, as: T.Type) -> YValue?
    where T.RawValue == String {
        guard row.has(key) else { return nil }
        let column = row.table.kind.columnName(key, w)
        return .list(CellValues.list(row.text(key), spaces: false).map { choice($0, at: row.cell(key), prefix, column, as: T.self) }, row.cell(key))
    }

    /// `topic:score` pairs as a mapping.
    func scores(_ row: Table.Row, _ key: String) -> YValue? {
        guard row.has(key) else { return nil }
        let (pairs, bad) = CellValues.scores(row.text(key))
        for b in bad { error(row.cell(key), w("workbook.error.bad-score", b)) }
        var fields: [(String, YValue)] = []
        for (topic, score) in pairs {
            if let n = CellValues.whole(score) {
                fields.append((ScenarioWriter.scalar(topic), .text(String(n), row.cell(key))))
            } else {
                error(row.cell(key), w("workbook.error.bad-whole", score));
                fields.append((ScenarioWriter.scalar(topic), .text(ScenarioWriter.quoted(score), row.cell(key))))
            }
        }
        return .map(fields, row.cell(key))
    }

    /// Only the fields given, in the order given.
    func fields(_ pairs: [(String, YValue?)]) -> [(String, YValue)] { pairs.compactMap { k, v in v.map { (k, $0) } } }

    // MARK: Writing the file

    /// With `comments`, the sheet a section comes from and what each of its columns holds.
    func section(_ kind: SheetKind, _ key: String, indent: String = "") {
        guard comments else { return }
        out.newline()
        out.comment("\(key) — \(kind.name(w))", indent: indent)
        for column in (kind.isFieldList ? kind.fields : kind.columns) where column != "note" {
            let label = kind.isFieldList ? kind.fieldName(column, w) : kind.columnName(column, w)
            let yamlKey = column.hasPrefix("menu_") ? "menu." + column.dropFirst(5) : column
            out.comment(
                "  \(yamlKey)" + (Aliases.normal(label) == Aliases.normal(String(yamlKey)) ? "" : " (\(label))") + ": \(kind.note(column, w))", indent: indent)
        }
    }

    func write() {
        let programme = fieldValues(.programme)
        section(.programme, "format, name, language, calendar")
        let format = programme["format"].map { $0.text.isEmpty ? "paike/1" : $0.text } ?? "paike/1"
        out.put("format: "); out.flow(.text(ScenarioWriter.scalar(format), programme["format"]?.cell)); out.newline()
        if let name = programme["name"], !name.text.isEmpty { out.put("name: "); out.flow(.text(ScenarioWriter.scalar(name.text), name.cell)); out.newline() }
        if let language = programme["language"], !language.text.isEmpty {
            out.put("language: ")
            if let l = Language(spelling: language.text) {
                out.flow(.text(l.rawValue, language.cell))
            } else {
                out.flow(.text(ScenarioWriter.scalar(language.text), language.cell))
            }
            out.newline()
        }
        writeCalendar(programme)
        writeSites()
        writeTravel()
        let unavailable = readUnavailable()
        writeVenues(unavailable[.venue] ?? [:])
        writeTeachers(unavailable[.teacher] ?? [:])
        writeCourses()
        writePackages()
        writeGroups(unavailable[.group] ?? [:])
        writeCohorts()
        writeObjective()
        writePins()
        writeCadres()
        writeMentors(unavailable[.mentor] ?? [:])
        writeAssessment(programme)
        writeTeams(unavailable[.team] ?? [:], visitMinutes: programme["visit_minutes"])
    }

    /// The programme sheet's pass mark, as `assessment: {pass: N}`; the loader checks its range.
    func writeAssessment(_ programme: [String: FieldValue]) {
        guard let v = programme["pass"], !v.text.isEmpty else { return }
        out.row(v.cell)
        out.put("assessment: {pass: ")
        out.flow(.text(ScenarioWriter.scalar(v.text), v.cell))
        out.put("}")
        out.newline()
    }

    struct FieldValue { var text: String; var cell: CellLocation }

    /// The rows of a field/value sheet by field key; unknown and repeated fields are reported.
    func fieldValues(_ kind: SheetKind) -> [String: FieldValue] {
        var values: [String: FieldValue] = [:]
        for row in rows(kind) {
            let label = row.text("field")
            guard !label.isEmpty else { continue }
            guard let key = kind.fieldKey(named: label) else {
                error(row.cell("field"), w("workbook.error.unknown-field", label, row.table.sheet.name)); continue
            }
            if values[key] != nil { error(row.cell("field"), w("workbook.error.duplicate-field", label)); continue }
            values[key] = FieldValue(text: row.text("value"), cell: row.cell("value"))
        }
        return values
    }

    func writeCalendar(_ programme: [String: FieldValue]) {
        out.line("calendar:")
        for key in ["start", "end"] {
            out.put("  \(key): ")
            // Not given: the loader says so, at the field's row or else the sheet's first cell.
            if let v = programme[key], !v.text.isEmpty {
                out.flow(day(v.text, at: v.cell))
            } else {
                out.put("~", cell: programme[key]?.cell ?? tables[.programme]?.sheet.cell(0, 0))
            }
            out.newline()
        }
        if let v = programme["weekdays"], !v.text.isEmpty {
            out.put("  weekdays: ")
            let column = SheetKind.programme.fieldName("weekdays", w)
            out.flow(.list(CellValues.list(v.text, spaces: false).map { choice($0, at: v.cell, "weekday", column, as: Weekday.self) }, v.cell))
            out.newline()
        }
        section(.holidays, "holidays", indent: "  ")
        out.put("  holidays: ")
        out.flow(.list(rows(.holidays).compactMap { day($0, "date") }, nil))
        out.newline()
        section(.periods, "periods", indent: "  ")
        out.line("  periods:")
        for row in rows(.periods) {
            out.row(row.first)
            out.put("    - ")
            out.flow(.map(fields([("id", id(row, "id")), ("name", text(row, "name")), ("start", time(row, "start")), ("end", time(row, "end"))]), row.first))
            out.newline()
        }
    }

    /// One flow line per row: `  - {id: …, name: …}`.
    func flowList(_ kind: SheetKind, _ key: String, _ entry: (Table.Row) -> [(String, YValue)]) {
        section(kind, key)
        let all = rows(kind)
        guard !all.isEmpty else { out.line("\(key): []"); return }
        out.line("\(key):")
        for row in all {
            out.row(row.first)
            out.put("  - ")
            out.flow(.map(entry(row), row.first))
            out.newline()
        }
    }

    /// One field a line per row, for the larger entries.
    func blockList(_ kind: SheetKind, _ key: String, _ entry: (Table.Row) -> [(String, YValue)]) {
        section(kind, key)
        let all = rows(kind)
        guard !all.isEmpty else { out.line("\(key): []"); return }
        out.line("\(key):")
        for row in all {
            let fields = entry(row)
            if fields.isEmpty { out.row(row.first); out.line("  - {}"); continue }
            for (n, (k, v)) in fields.enumerated() {
                if n == 0 { out.row(row.first) }
                out.put(n == 0 ? "  - " : "    ")
                if case let .map(inner, cell) = v, k == "five_haves" {
                    out.line("five_haves:", cell: cell)
                    for (ik, iv) in inner { out.put("      \(ik): "); out.flow(iv); out.newline() }
                } else {
                    out.put("\(k): "); out.flow(v); out.newline()
                }
            }
        }
    }

    func writeSites() {
        flowList(.sites, "sites") { [self] r in fields([("id", id(r, "id")), ("name", text(r, "name"))]) }
    }

    func writeTravel() {
        flowList(.travel, "travel") { [self] r in fields([("from", id(r, "from")), ("to", id(r, "to")), ("minutes", whole(r, "minutes"))]) }
    }

    func writeVenues(_ unavailable: [String: [YValue]]) {
        flowList(.venues, "venues") { [self] r in
            fields([
                ("id", id(r, "id")), ("name", text(r, "name")), ("kind", choice(r, "kind", "venue", as: VenueKind.self)),
                ("site", id(r, "site")), ("capacity", whole(r, "capacity")), ("unavailable", entries(unavailable, r)),
                ("host_capacity", whole(r, "host_capacity")), ("topics", scores(r, "topics"))
            ])
        }
    }

    func writeTeachers(_ unavailable: [String: [YValue]]) {
        blockList(.teachers, "teachers") { [self] r in
            // A teacher with no courses yet still needs the key: `teaches: []`.
            fields([
                ("id", id(r, "id")), ("name", text(r, "name")), ("teaches", ids(r, "teaches") ?? .list([], r.cell("teaches"))),
                ("site", id(r, "site")), ("max_periods_per_day", whole(r, "max_periods_per_day")),
                ("max_periods", whole(r, "max_periods")), ("unavailable", entries(unavailable, r))
            ])
        }
    }

    func entries(_ unavailable: [String: [YValue]], _ r: Table.Row) -> YValue? {
        unavailable[r.text("id")].map { .list($0, nil) }
    }

    func writeCourses() {
        let segments = readSegments()
        blockList(.courses, "courses") { [self] r in
            var f = fields([
                ("id", id(r, "id")), ("title", text(r, "title")), ("form", choice(r, "form", "form", as: CourseForm.self)),
                ("periods", whole(r, "periods")), ("venue_kinds", choices(r, "venue_kinds", "venue", as: VenueKind.self)),
                ("venues", ids(r, "venues")), ("topics", scores(r, "topics"))
            ])
            if flag(r, "first") { f.append(("first", .text("true", r.cell("first")))) }
            if flag(r, "joint") { f.append(("joint", .text("true", r.cell("joint")))) }
            f += fields([
                ("sessions", whole(r, "sessions")), ("min_days", whole(r, "min_days")),
                ("days", whole(r, "days")), ("hosts", ids(r, "hosts"))
            ])
            let own = segments[r.text("id")] ?? []
            if !own.isEmpty || r.has("within_days") {
                f.append(("five_haves", .map(fields([("within_days", whole(r, "within_days"))]) + own, r.cell("within_days"))))
            }
            return f + fields([("after", ids(r, "after"))])
        }
    }

    /// Five-haves segments by course id, each `theory: {periods: 1, …}`, in the order they run.
    func readSegments() -> [String: [(String, YValue)]] {
        let courses = Dictionary(rows(.courses).map { ($0.text("id"), $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String: [(SegmentKind, (String, YValue))]] = [:]
        for row in rows(.segments) {
            let course = row.text("course")
            guard let owner = courses[course] else {
                error(row.cell("course"), w("workbook.error.unknown-course", course, SheetKind.courses.name(w))); continue
            }
            if owner.has("form"), let form = Aliases.value(owner.text("form"), "form", as: CourseForm.self), form != .onsite {
                error(row.cell("course"), w("workbook.error.not-onsite", course)); continue
            }
            let column = SheetKind.segments.columnName("segment", w)
            guard row.has("segment") else { error(row.cell("segment"), w("workbook.error.missing-value", column)); continue }
            guard let kind = Aliases.value(row.text("segment"), "segment", as: SegmentKind.self) else {
                _ = choice(row.text("segment"), at: row.cell("segment"), "segment", column, as: SegmentKind.self); continue
            }
            if out[course]?.contains(where: { $0.0 == kind }) == true {
                error(row.cell("segment"), w("workbook.error.duplicate-segment", row.text("segment"), course)); continue
            }
            let value = YValue.map(
                fields([
                    ("periods", whole(row, "periods")), ("venue_kinds", choices(row, "venue_kinds", "venue", as: VenueKind.self)),
                    ("venues", ids(row, "venues"))
                ]), row.first)
            out[course, default: []].append((kind, (kind.rawValue, value)))
        }
        return out.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }

    func menu(_ r: Table.Row) -> YValue? {
        let f = fields([("from", ids(r, "menu_from")), ("periods", whole(r, "menu_periods"))])
        return f.isEmpty ? nil : .map(f, r.cell(r.has("menu_from") ? "menu_from" : "menu_periods"))
    }

    func writePackages() {
        guard !rows(.packages).isEmpty || comments else { return }
        flowList(.packages, "packages") { [self] r in
            fields([
                ("category", choice(r, "category", "category", as: GroupCategory.self)), ("name", text(r, "name")),
                ("required", ids(r, "required")), ("menu", menu(r))
            ])
        }
    }

    func writeGroups(_ unavailable: [String: [YValue]]) {
        blockList(.groups, "groups") { [self] r in
            fields([
                ("id", id(r, "id")), ("name", text(r, "name")), ("category", choice(r, "category", "category", as: GroupCategory.self)),
                ("size", whole(r, "size")), ("site", id(r, "site")), ("required", ids(r, "required")),
                ("required_add", ids(r, "required_add")), ("required_remove", ids(r, "required_remove")), ("menu", menu(r)),
                ("needs", scores(r, "needs")), ("unavailable", entries(unavailable, r)), ("mentoring", mentoring(r))
            ])
        }
    }

    /// `mentoring: {months, meetings}` from the class's two columns; either alone is written so the loader names the other.
    func mentoring(_ r: Table.Row) -> YValue? {
        let f = fields([("months", whole(r, "mentoring_months")), ("meetings", whole(r, "mentoring_meetings"))])
        return f.isEmpty ? nil : .map(f, r.cell(r.has("mentoring_months") ? "mentoring_months" : "mentoring_meetings"))
    }

    func writeCadres() {
        guard !rows(.cadres).isEmpty || comments else { return }
        flowList(.cadres, "cadres") { [self] r in
            fields([
                ("id", id(r, "id")), ("name", text(r, "name")), ("group", id(r, "group")), ("town", id(r, "town")),
                ("post", text(r, "post")), ("needs", scores(r, "needs"))
            ])
        }
    }

    func writeMentors(_ unavailable: [String: [YValue]]) {
        guard !rows(.mentors).isEmpty || comments else { return }
        flowList(.mentors, "mentors") { [self] r in
            fields([
                ("id", id(r, "id")), ("name", text(r, "name")), ("site", id(r, "site")), ("topics", scores(r, "topics")),
                ("capacity", whole(r, "capacity")), ("categories", choices(r, "categories", "category", as: GroupCategory.self)),
                ("unavailable", entries(unavailable, r))
            ])
        }
    }

    /// Follow-up visiting teams (跟踪回访), then `visits:` from the programme sheet's visit length.
    func writeTeams(_ unavailable: [String: [YValue]], visitMinutes: FieldValue?) {
        if !rows(.teams).isEmpty || comments {
            flowList(.teams, "teams") { [self] r in
                fields([
                    ("id", id(r, "id")), ("name", text(r, "name")), ("site", id(r, "site")), ("unavailable", entries(unavailable, r)),
                    ("max_visits_per_day", whole(r, "max_visits_per_day")), ("max_minutes_per_day", whole(r, "max_minutes_per_day"))
                ])
            }
        }
        guard let v = visitMinutes, !v.text.isEmpty else { return }
        out.row(v.cell)
        out.put("visits: {minutes: ")
        if let x = CellValues.number(v.text), x == x.rounded(), abs(x) < 1e9 {
            out.flow(.text(String(Int(x)), v.cell))
        } else {
            out.flow(.text(ScenarioWriter.quoted(v.text), v.cell))
        }
        out.put("}")
        out.newline()
    }

    func writeCohorts() {
        guard !rows(.cohorts).isEmpty || comments else { return }
        flowList(.cohorts, "cohorts") { [self] r in fields([("id", id(r, "id")), ("name", text(r, "name")), ("groups", ids(r, "groups"))]) }
    }

    func writeObjective() {
        let values = fieldValues(.objective)
        section(.objective, "objective")
        let given = SheetKind.objective.fields.filter { values[$0].map { !$0.text.isEmpty } ?? false }
        guard !given.isEmpty else { return }
        out.line("objective:")
        for key in given {
            let v = values[key]!
            out.row(v.cell)
            out.put("  \(key): ")
            if let x = CellValues.number(v.text) {
                out.flow(.text(WorkbookExport.number(x), v.cell))
            } else {
                error(v.cell, w("workbook.error.bad-number", v.text))
                out.flow(.text(ScenarioWriter.quoted(v.text), v.cell))
            }
            out.newline()
        }
    }

    func writePins() {
        guard !rows(.pins).isEmpty || comments else { return }
        flowList(.pins, "pins") { [self] r in
            fields([
                ("group", id(r, "group")), ("course", id(r, "course")), ("occurrence", whole(r, "occurrence")),
                ("segment", choice(r, "segment", "segment", as: SegmentKind.self)), ("date", day(r, "date")),
                ("period", id(r, "period")), ("venue", id(r, "venue")), ("teacher", id(r, "teacher"))
            ])
        }
    }

    /// Unavailability rows by owner kind and id, each entry as the file writes it.
    func readUnavailable() -> [OwnerKind: [String: [YValue]]] {
        let known: [OwnerKind: Set<String>] = [
            .venue: Set(rows(.venues).map { $0.text("id") }), .teacher: Set(rows(.teachers).map { $0.text("id") }),
            .group: Set(rows(.groups).map { $0.text("id") }), .mentor: Set(rows(.mentors).map { $0.text("id") }),
            .team: Set(rows(.teams).map { $0.text("id") })
        ]
        let sheets: [OwnerKind: SheetKind] = [.venue: .venues, .teacher: .teachers, .group: .groups, .mentor: .mentors, .team: .teams]
        var out: [OwnerKind: [String: [YValue]]] = [:]
        for row in rows(.unavailable) {
            let column = SheetKind.unavailable.columnName("owner", w)
            guard row.has("owner") else { error(row.cell("owner"), w("workbook.error.missing-value", column)); continue }
            guard let owner = Aliases.value(row.text("owner"), "workbook.owner", as: OwnerKind.self) else {
                _ = choice(row.text("owner"), at: row.cell("owner"), "workbook.owner", column, as: OwnerKind.self); continue
            }
            let id = row.text("id")
            guard known[owner]?.contains(id) == true else {
                error(row.cell("id"), w("workbook.error.unknown-owner", w("workbook.owner.\(owner.rawValue)"), id, sheets[owner]!.name(w))); continue
            }
            let entry: YValue
            if row.has("date") && !row.has("from") && !row.has("to") {
                let date = day(row, "date")!
                entry = row.has("periods") ? .map([("date", date), ("periods", ids(row, "periods")!)], row.first) : date
            } else if !row.has("date") && row.has("from") && row.has("to") && !row.has("periods") {
                entry = .map([("from", day(row, "from")!), ("to", day(row, "to")!)], row.first)
            } else {
                error(row.first, w("workbook.error.unavailable-shape")); continue
            }
            out[owner, default: [:]][id, default: []].append(entry)
        }
        return out
    }
}
