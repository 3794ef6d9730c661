import Domain
import MIP

/// Compactness: for each group and day, the breaks inside the day (occupied stretches beyond the
/// first) plus one for each day holding a lone session.
public struct CompactnessTerm: SoftTerm {
    public init() {}
    public let name = "compactness"
    public let unit = "breaks + lone days"
    public func weight(_ o: Objective) -> Double { o.compactness }

    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        let np = m.context.periodsPerDay
        for g in m.context.scenario.groups {
            var occ: [Int: [Int: [Int]]] = [:]  // day -> period -> occupancy column
            var starts: [Int: [Int]] = [:]  // day -> columns of sessions starting that day
            for (slot, col) in m.occupancyColumn[g.id] ?? [:] { occ[slot / np, default: [:]][slot % np] = [col] }
            for r in m.requirementsOfGroup[g.id] ?? [] {
                for a in m.assignmentsOf[r] { starts[m.placement(m.assignments[a].placement).day, default: []].append(m.assignments[a].column) }
            }
            for d in occ.keys.sorted() {
                let o = occ[d]!
                let tag = "\(g.id)_\(d)"
                // stretch starts: s_q ≥ o_q − o_{q−1}; breaks ≥ Σ s_q − 1
                var stretchCols: [Int] = []
                for q in 0..<np where o[q] != nil {
                    let s = m.program.addColumn("stretch_\(tag)_\(q)", kind: .continuous, bounds: .between(0, 1))
                    stretchCols.append(s)
                    var terms: [(column: Int, value: Double)] = [(s, 1.0)] + o[q]!.map { ($0, -1.0) }
                    if q > 0, let prev = o[q - 1] { terms += prev.map { ($0, 1.0) } }
                    m.program.addRow("stretch_\(tag)_\(q)", terms, .atLeast(0))
                }
                let breaks = m.program.addColumn("breaks_\(tag)", kind: .continuous, bounds: .atLeast(0), cost: weight)
                m.program.addRow("breaks_\(tag)", [(breaks, 1.0)] + stretchCols.map { ($0, -1.0) }, .atLeast(-1))
                // used ≥ o_q ; lone ≥ 2·used − sessions started
                let used = m.program.addColumn("used_\(tag)", kind: .continuous, bounds: .between(0, 1))
                for q in o.keys.sorted() { m.program.addRow("used_\(tag)_\(q)", [(used, 1.0)] + o[q]!.map { ($0, -1.0) }, .atLeast(0)) }
                let lone = m.program.addColumn("lone_\(tag)", kind: .continuous, bounds: .atLeast(0), cost: weight)
                m.program.addRow("lone_\(tag)", [(lone, 1.0), (used, -2.0)] + starts[d]!.map { ($0, 1.0) }, .atLeast(0))
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        var total = 0
        for (_, list) in f.sessionsOfGroup {
            for (_, day) in Dictionary(grouping: list, by: \.day) {
                let busy = Set(day.flatMap { Array($0.periodRange) })
                let stretches = busy.filter { !busy.contains($0 - 1) }.count
                total += max(0, stretches - 1) + (day.count == 1 ? 1 : 0)
            }
        }
        return Double(total)
    }
}
