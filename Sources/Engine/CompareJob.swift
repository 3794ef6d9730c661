import Domain
import Exporters
import Foundation
import Planner
import Texts

/// One column of `paike compare`: a scenario's solve reduced to indicators that mean the same in
/// every column — the objective is re-weighted with the base scenario's weights.
public struct CompareColumn: Sendable {
    public var name: String
    public var file: String
    public var outcome: SolveOutcome
    public var scenario: TrainingScenario
    public var status: SolveStatus { outcome.summary.status }
    public var unmet: Int
    /// Term name → amount in its own unit (weights do not enter).
    public var amounts: [String: Double]
    /// Σ base weight × amount.
    public var objective: Double
    public var metShare: Double?
    public var teacherUse: Double
    public var venueUse: Double
    public var daysUsed: Int
    /// Sessions of the base (per group) whose date, period, venue or teacher differ in this
    /// scenario, or that it drops; nil for the base.
    public var moved: Int?
    /// Every difference against the base, sessions the variant adds included (changes.csv).
    public var moves: [SessionMove]
    /// Re-planned from scratch (`--fresh`) rather than against the base's timetable.
    public var fresh: Bool = false
    /// The base's sessions that moved: what `moved` counts and the by-group, teacher and venue rows break down.
    public var movedOfBase: [SessionMove] { moves.filter { !$0.changed.contains("added") } }
}

public enum CompareJob {
    /// Solves the base and each variant, one after the other (each solve already uses both cores).
    /// Each variant is re-planned against the base's timetable, as `paike solve --keep` does, so
    /// only what the change forces moves; `fresh` re-plans each from scratch instead.
    public static func run(
        files: [String], scenarios: [TrainingScenario], options: SolveOptions, fresh: Bool = false,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws -> [CompareColumn] {
        precondition(files.count == scenarios.count && !files.isEmpty)
        var columns: [CompareColumn] = []
        let baseWeights = scenarios[0].objective
        var baseTimetable: Timetable? = nil
        for (file, s) in zip(files, scenarios) {
            progress?("solving \(file)")
            var variantOptions = options
            if !fresh, let baseTimetable { variantOptions.published = baseTimetable }
            // The solver's phase lines too, each under the scenario it belongs to.
            let o = try SolveJob.run(s, options: variantOptions, progress: progress.map { report in { @Sendable p in report("\(file): \(p.line)") } })
            let m = Indicators(scenario: s, outcome: o)
            let weights = Indicators.terms.map { ($0.name, $0.weight(baseWeights)) }
            let objective = weights.reduce(0.0) { $0 + $1.1 * (m.amounts[$1.0] ?? 0) }
            let moves = baseTimetable.map { o.timetable.moves(from: $0) } ?? []
            var column = CompareColumn(
                name: s.name, file: file, outcome: o, scenario: s, unmet: m.unmet, amounts: m.amounts,
                objective: objective, metShare: m.metShare, teacherUse: m.teacherUse, venueUse: m.venueUse, daysUsed: m.daysUsed,
                moved: nil, moves: moves, fresh: fresh && baseTimetable != nil)
            if baseTimetable != nil { column.moved = column.movedOfBase.count }
            columns.append(column)
            if baseTimetable == nil { baseTimetable = o.timetable }
        }
        return columns
    }

    /// Indicator rows: a label and one cell per column, labelled in the reader's language
    /// (English as before: scripts may read compare.csv).
    public static func rows(_ columns: [CompareColumn], language: Language = .en) -> [[String]] {
        let w = Wording(language)
        let pct = Cell.pct, num = Cell.num
        var rows: [[String]] = [[w("compare.indicator")] + columns.map(\.name), [w("compare.file")] + columns.map(\.file)]
        rows.append([w("compare.status")] + columns.map { w("compare.status.\($0.status.rawValue)") })
        rows.append([w("compare.unmet")] + columns.map { String($0.unmet) })
        rows.append([w("compare.objective")] + columns.map { num($0.objective) })
        let weights = columns[0].scenario.objective
        for term in Indicators.terms where columns.contains(where: { term.applies(to: $0.scenario) }) {
            let label = w("compare.term", w.term(term.name), w.termUnit(term.name, term.unit), num(term.weight(weights)))
            rows.append([label] + columns.map { num($0.amounts[term.name] ?? 0) })
        }
        rows.append([Indicators.label(.metShare, w)] + columns.map { pct($0.metShare) })
        rows.append([Indicators.label(.teacherUse, w)] + columns.map { pct($0.teacherUse) })
        rows.append([Indicators.label(.venueUse, w)] + columns.map { pct($0.venueUse) })
        rows.append([Indicators.label(.daysUsed, w)] + columns.map { String($0.daysUsed) })
        rows += movedRows(columns, wording: w)
        return rows
    }

    /// What moved against the base: how the variants were re-planned, the base's sessions moved
    /// in all, sessions added, then the count by group, teacher and venue (rows only for those a
    /// move concerns). A move counts under each teacher and venue it concerns, before and after.
    public static func movedRows(_ columns: [CompareColumn], wording w: Wording = .english) -> [[String]] {
        let base = w("moved.base")
        var rows: [[String]] = []
        rows.append([w("moved.replanned")] + columns.map { c in c.moved == nil ? base : w(c.fresh ? "moved.fresh" : "moved.kept") })
        rows.append([w("moved.total")] + columns.map { $0.moved.map(String.init) ?? base })
        let added = columns.map { $0.moves.filter { $0.changed.contains("added") }.count }
        if added.contains(where: { $0 > 0 }) {
            rows.append([w("moved.added")] + zip(columns, added).map { $0.moved == nil ? base : String($1) })
        }
        let counts = columns.map { MovedCounts($0.movedOfBase) }
        rows.append([w("moved.groups")] + zip(columns, counts).map { $0.moved == nil ? base : String($1.groups.count) })
        rows.append([w("moved.teachers")] + zip(columns, counts).map { $0.moved == nil ? base : String($1.teachers.count) })
        rows.append([w("moved.venues")] + zip(columns, counts).map { $0.moved == nil ? base : String($1.venues.count) })
        // Names from the scenario that has the entity: the base first, then the variants (which may add some).
        let scenarios = columns.map(\.scenario)
        func ordered<ID: Hashable>(_ ids: Set<ID>, _ order: (TrainingScenario) -> [ID]) -> [ID] {
            var seen = Set<ID>(), out: [ID] = []
            for s in scenarios { for id in order(s) where ids.contains(id) && seen.insert(id).inserted { out.append(id) } }
            return out
        }
        func row<ID: Hashable>(_ label: String, _ id: ID, _ count: (MovedCounts) -> [ID: Int]) -> [String] {
            [label] + zip(columns, counts).map { $0.moved == nil ? base : String(count($1)[id] ?? 0) }
        }
        for g in ordered(Set(counts.flatMap(\.groups.keys)), { $0.groups.map(\.id) }) {
            let name = scenarios.lazy.compactMap { $0.group(g)?.name }.first ?? ""
            rows.append(row(w("moved.byGroup", name, g.rawValue), g, \.groups))
        }
        for t in ordered(Set(counts.flatMap(\.teachers.keys)), { $0.teachers.map(\.id) }) {
            let name = scenarios.lazy.compactMap { $0.teacher(t)?.name }.first ?? ""
            rows.append(row(w("moved.byTeacher", name, t.rawValue), t, \.teachers))
        }
        for v in ordered(Set(counts.flatMap(\.venues.keys)), { $0.venues.map(\.id) }) {
            let name = scenarios.lazy.compactMap { $0.venue(v)?.name }.first ?? ""
            rows.append(row(w("moved.byVenue", name, v.rawValue), v, \.venues))
        }
        return rows
    }

    /// What the moved rows count and where the lists are.
    public static func movedNote(wording w: Wording = .english) -> String { w("moved.note") }

    public static func markdown(_ columns: [CompareColumn], language: Language = .en) -> String {
        let w = Wording(language)
        return "# \(w("compare.title"))\n\n" + Table.markdown(rows(columns, language: language)) + "\n" + w("compare.footnote") + "\n\n"
            + movedNote(wording: w) + "\n"
    }

    /// The table for a terminal: columns padded by display width (CJK counts two).
    public static func text(_ columns: [CompareColumn], language: Language = .en) -> String {
        let w = Wording(language)
        return Table.text(rows(columns, language: language)) + "\n" + w("compare.footnote") + "\n" + movedNote(wording: w)
    }
}
/// The base's moved sessions counted by group, and by each teacher and venue a move concerns
/// (the one before and the one after: both get a notice).
struct MovedCounts {
    var groups: [Group.ID: Int] = [:]
    var teachers: [Teacher.ID: Int] = [:]
    var venues: [Venue.ID: Int] = [:]

    init(_ moves: [SessionMove]) {
        for m in moves {
            groups[m.group, default: 0] += 1
            for t in Set([m.before?.teacher, m.after?.teacher].compactMap { $0 }) { teachers[t, default: 0] += 1 }
            for v in Set([m.before?.venue, m.after?.venue].compactMap { $0 }) { venues[v, default: 0] += 1 }
        }
    }
}

/// What every solved scenario is measured by, in `compare` columns and in batch summaries.
public struct Indicators: Sendable, Equatable {
    public var unmet: Int
    /// Term name → amount in its own unit (weights do not enter).
    public var amounts: [String: Double]
    public var metShare: Double?
    public var teacherUse: Double
    public var venueUse: Double
    public var daysUsed: Int

    public init(scenario s: TrainingScenario, outcome o: SolveOutcome) {
        unmet = o.timetable.unmet.count
        amounts = Dictionary(o.summary.terms.map { ($0.name, $0.amount) }, uniquingKeysWith: { a, _ in a })
        let shares = o.summary.needShares.map(\.met)
        metShare = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
        teacherUse = Self.teacherUse(s, o.timetable)
        venueUse = Self.venueUse(s, o.timetable)
        daysUsed = Set(o.timetable.sessions.map(\.day)).count
    }

    /// The objective's terms in the order every table shows them.
    public static var terms: [any SoftTerm] { [UnmetTerm()] + allSoftTerms }

    public static let metShareLabel = "met share of need (mean over groups)"
    public static let teacherUseLabel = "teacher utilisation"
    public static let venueUseLabel = "venue utilisation (rooms)"
    public static let daysUsedLabel = "teaching days used"

    /// The indicators shown under their own labels in every table.
    public enum Measure: String, Sendable { case metShare, teacherUse, venueUse, daysUsed }

    /// An indicator's label in the reader's language; English is the labels above.
    public static func label(_ m: Measure, _ w: Wording) -> String { w("indicator.\(m.rawValue)") }

    /// Periods taught ÷ periods teachers could teach (max_periods, or every teaching period).
    static func teacherUse(_ s: TrainingScenario, _ t: Timetable) -> Double {
        let days = s.calendar.teachingDays.count * s.calendar.periods.count
        let capacity = s.teachers.reduce(0) { $0 + min($1.maxPeriods ?? days, days) }
        let taught = t.sessions.filter { $0.teacher != nil }.reduce(0) { $0 + $1.periodCount }
        return capacity > 0 ? Double(taught) / Double(capacity) : 0
    }

    /// Periods held at rooms (online excluded) ÷ teaching periods × rooms.
    static func venueUse(_ s: TrainingScenario, _ t: Timetable) -> Double {
        let rooms = Set(s.venues.filter { !$0.isOnline }.map(\.id))
        let capacity = rooms.count * s.calendar.teachingDays.count * s.calendar.periods.count
        let used = t.sessions.filter { rooms.contains($0.venue) }.reduce(0) { $0 + $1.periodCount }
        return capacity > 0 ? Double(used) / Double(capacity) : 0
    }
}

/// How indicator cells are written, the same in every table.
enum Cell {
    static func pct(_ x: Double?) -> String { x.map { String(format: "%.1f %%", $0 * 100) } ?? "—" }
    static func num(_ x: Double) -> String { String(format: "%.1f", x) }
}

/// A table (first row the header) as Markdown or as padded text for a terminal.
enum Table {
    static func markdown(_ r: [[String]]) -> String {
        var out = "| " + r[0].joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: r[0].count) + "\n"
        for row in r.dropFirst() { out += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Columns padded by display width (CJK counts two).
    static func text(_ r: [[String]]) -> String {
        func width(_ s: String) -> Int { DisplayWidth.of(s) }
        let widths = r[0].indices.map { c in r.map { width($0[c]) }.max() ?? 0 }
        return r.map { row in
            row.enumerated().map { c, cell in cell + String(repeating: " ", count: widths[c] - width(cell)) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
