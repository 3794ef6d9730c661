import Domain
import MIP

/// The five segments of an on-site unit may not spread over more than `within_days` consecutive teaching days.
public struct FiveHavesWindow: ConstraintFamily {
    public init() {}
    public let name = RuleName.fiveHavesWindow
    public let forbids = "The segments of a five-haves unit may not spread over more than within_days consecutive teaching days."

    /// A binary column per possible first day of the unit's window; each segment may fall on a
    /// day only if a chosen window covers it.
    public func addRows(to m: inout ModelBuilder) {
        let nDays = m.context.days.count
        for unit in m.fiveHavesUnits() {
            let r0 = m.requirements[unit[0]]
            guard let w = m.context.courses[r0.course]?.fiveHaves?.withinDays, w < nDays else { continue }
            let starts = 0...(nDays - w)
            let window = starts.map { m.program.addColumn("win\(unit[0])_\($0)") }
            m.windowColumns[unit[0]] = window
            m.program.addRow("win\(unit[0])", window.map { ($0, 1.0) }, .atMost(1))
            for r in unit {
                var byDay: [Int: [Int]] = [:]
                for a in m.assignmentsOf[r] { byDay[m.placement(m.assignments[a].placement).day, default: []].append(m.assignments[a].column) }
                for (d, cols) in byDay.sorted(by: { $0.key < $1.key }) {
                    let covering = starts.filter { $0 <= d && d < $0 + w }.map { window[$0] }
                    m.program.addRow("win\(r)_\(d)", cols.map { ($0, 1.0) } + covering.map { ($0, -1.0) }, .atMost(0))
                }
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for (key, segs) in f.unitSessions() {
            guard let c = f.context.courses[segs[0].course], let w = c.fiveHaves?.withinDays else { continue }
            let idx = segs.compactMap { f.context.dayIndex[$0.day] }
            if let lo = idx.min(), let hi = idx.max(), hi - lo + 1 > w {
                out.append(
                    Violation(
                        family: name,
                        message:
                            "unit \(key) spreads over \(hi - lo + 1) teaching days (\(segs.first!.day.iso)…\(segs.last!.day.iso)), more than within_days \(w)"))
            }
        }
        return out
    }
}
