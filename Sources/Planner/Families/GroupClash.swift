import Domain
import MIP

/// A group may not be in two sessions at once.
public struct GroupClash: ConstraintFamily {
    public init() {}
    public let name = RuleName.groupClash
    public let forbids = "A group may not be in two sessions at once."

    public func addRows(to m: inout ModelBuilder) {
        for g in m.context.scenario.groups {
            // occupancy = Σ sessions covering the slot, and occupancy ≤ 1
            for (slot, cols) in m.groupOccupancy(g.id).sorted(by: { $0.key < $1.key }) {
                let occ = m.program.addColumn("occ_\(g.id)_\(slot)", kind: .continuous, bounds: .between(0, 1))
                m.occupancyColumn[g.id, default: [:]][slot] = occ
                m.program.addRow("gclash_\(g.id)_\(slot)", cols.map { ($0, 1.0) } + [(occ, -1.0)], .equal(0))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.sessionsOfGroup.sorted { $0.key < $1.key }.flatMap { g, list in
            f.overlappingPairs(list).map { a, b in
                Violation(family: name, message: "group '\(g)' is in \(f.describe(a)) and \(f.describe(b)) at once")
            }
        }
    }
}
