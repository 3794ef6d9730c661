import Domain
import MIP

/// Groups of one cohort share trainees: at most one of them meets at any period.
public struct CohortClash: ConstraintFamily {
    public init() {}
    public let name = RuleName.cohortClash
    public let forbids = "Two groups of one cohort (they share trainees) may not meet at the same period."

    /// Σ over the cohort's groups of their occupancy (defined by GroupClash) ≤ 1, per slot two or more could use.
    public func addRows(to m: inout ModelBuilder) {
        for (i, cohort) in m.context.scenario.cohorts.enumerated() {
            var bySlot: [Int: [Int]] = [:]
            for g in Set(cohort.groups).sorted() {
                for (slot, col) in m.occupancyColumn[g] ?? [:] { bySlot[slot, default: []].append(col) }
            }
            for (slot, cols) in bySlot.sorted(by: { $0.key < $1.key }) where cols.count > 1 {
                m.program.addRow("cohort_\(i)_\(slot)", cols.map { ($0, 1.0) }, .atMost(1))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.context.scenario.cohorts.flatMap { cohort -> [Violation] in
            let members = Set(cohort.groups)
            // One entry per (group, session): a joint session two members attend counts for both.
            let list = members.sorted().flatMap { g in (f.sessionsOfGroup[g] ?? []).map { (g, $0) } }
            var out: [Violation] = []
            for i in list.indices {
                for j in list.indices where j > i && list[i].0 != list[j].0 {
                    let (ga, a) = list[i], (gb, b) = list[j]
                    if a.day == b.day && a.periodRange.overlaps(b.periodRange) {
                        out.append(
                            Violation(family: name, message: "cohort '\(cohort.id)': '\(ga)' is in \(f.describe(a)) while '\(gb)' is in \(f.describe(b))"))
                    }
                }
            }
            return out
        }
    }
}
