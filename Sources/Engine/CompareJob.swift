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
    /// Sessions (per group) whose date, period, venue or teacher differ from the base; nil for the base.
    public var moved: Int?
    public var moves: [SessionMove]
}

public enum CompareJob {
    /// Solves the base and each variant, one after the other (each solve already uses both cores).
    public static func run(files: [String], scenarios: [TrainingScenario], options: SolveOptions,
                           progress: (@Sendable (String) -> Void)? = nil) throws -> [CompareColumn] {
        precondition(files.count == scenarios.count && !files.isEmpty)
        var columns: [CompareColumn] = []
        let baseWeights = scenarios[0].objective
        var baseTimetable: Timetable? = nil
        for (file, s) in zip(files, scenarios) {
            progress?("solving \(file)")
            let o = try SolveJob.run(s, options: options)
            let m = Indicators(scenario: s, outcome: o)
            let weights = Indicators.terms.map { ($0.name, $0.weight(baseWeights)) }
            let objective = weights.reduce(0.0) { $0 + $1.1 * (m.amounts[$1.0] ?? 0) }
            let moves = baseTimetable.map { o.timetable.moves(from: $0) } ?? []
            columns.append(CompareColumn(
                name: s.name, file: file, outcome: o, scenario: s, unmet: m.unmet, amounts: m.amounts,
                objective: objective, metShare: m.metShare, teacherUse: m.teacherUse, venueUse: m.venueUse, daysUsed: m.daysUsed,
                moved: baseTimetable == nil ? nil : moves.count, moves: moves))
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
        rows.append([w("compare.moved")] + columns.map { $0.moved.map(String.init) ?? w("compare.base") })
        return rows
    }

    public static var footnote: String { Wording.english("compare.footnote") }

    public static func markdown(_ columns: [CompareColumn], language: Language = .en) -> String {
        let w = Wording(language)
        return "# \(w("compare.title"))\n\n" + Table.markdown(rows(columns, language: language)) + "\n" + w("compare.footnote") + "\n"
    }

    /// The table for a terminal: columns padded by display width (CJK counts two).
    public static func text(_ columns: [CompareColumn], language: Language = .en) -> String {
        Table.text(rows(columns, language: language)) + "\n" + Wording(language)("compare.footnote")
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
