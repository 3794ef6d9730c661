import Domain
import MIP

/// Lone periods of a cohort: a period one of its groups is in session while, on that day, the
/// period before and the period after are free for the whole cohort (the ITC-2007 curriculum
/// compactness). Each costs the weight.
public struct IsolationTerm: SoftTerm {
    public init() {}
    public let name = "isolated periods"
    public let unit = "lone periods"
    public func weight(_ o: Objective) -> Double { o.isolated }
    public func applies(to s: TrainingScenario) -> Bool { !s.cohorts.isEmpty }

    /// With O_q the cohort's occupancy at period q (at most 1 by CohortClash): lone_q ≥ O_q − O_{q−1} − O_{q+1}.
    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        let np = m.context.periodsPerDay
        for (i, cohort) in m.context.scenario.cohorts.enumerated() {
            var occ: [Int: [Int]] = [:]
            for g in Set(cohort.groups).sorted() {
                for (slot, col) in m.occupancyColumn[g] ?? [:] { occ[slot, default: []].append(col) }
            }
            for slot in occ.keys.sorted() {
                let q = slot % np
                var terms: [(column: Int, value: Double)] = occ[slot]!.map { ($0, 1.0) }
                if q > 0 { terms += (occ[slot - 1] ?? []).map { ($0, -1.0) } }
                if q < np - 1 { terms += (occ[slot + 1] ?? []).map { ($0, -1.0) } }
                let lone = m.program.addColumn("lone_c\(i)_\(slot)", kind: .continuous, bounds: .atLeast(0), cost: weight)
                m.program.addRow("lone_c\(i)_\(slot)", [(lone, 1.0)] + terms.map { ($0.column, -$0.value) }, .atLeast(0))
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        var total = 0
        for cohort in f.context.scenario.cohorts {
            var busy: [Day: [Int: Int]] = [:]  // day -> period -> sessions of the cohort
            for g in Set(cohort.groups) {
                for s in f.sessionsOfGroup[g] ?? [] { for q in s.periodRange { busy[s.day, default: [:]][q, default: 0] += 1 } }
            }
            for (_, periods) in busy {
                for (q, n) in periods where periods[q - 1] == nil && periods[q + 1] == nil { total += n }
            }
        }
        return Double(total)
    }
}
