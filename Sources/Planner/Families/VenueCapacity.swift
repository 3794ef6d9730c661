import Domain
import MIP

/// A venue may not hold more people than its capacity.
public struct VenueCapacity: ConstraintFamily {
    public init() {}
    public let name = RuleName.venueCapacity
    public let forbids = "A venue may not hold more people than its capacity (with objective.over_capacity set, only joint meetings are held to it)."

    /// Single-group placements are generated only where the group fits; a joint meeting's
    /// groups together must fit, and groups attend only a meeting that is held.
    public func addRows(to m: inout ModelBuilder) {
        var attendees: [Int: [(col: Int, size: Int)]] = [:]
        for a in m.assignments where m.set.activities[m.placement(a.placement).activity].joint {
            let size = m.context.groups[m.requirements[a.requirement].group]?.size ?? 0
            attendees[a.placement, default: []].append((a.column, size))
        }
        for (p, list) in attendees.sorted(by: { $0.key < $1.key }) {
            let meeting = m.placementColumn[p]
            let pl = m.placement(p)
            for (col, _) in list { m.program.addRow("attend_\(col)", [(col, 1.0), (meeting, -1.0)], .atMost(0)) }
            m.program.addRow("held_\(p)", [(meeting, 1.0)] + list.map { ($0.col, -1.0) }, .atMost(0))
            if let cap = m.set.pools[pl.pool].capacity, list.reduce(0, { $0 + $1.size }) > cap {
                m.program.addRow("cap_\(p)", list.map { ($0.col, Double($0.size)) } + [(meeting, -Double(cap))], .atMost(0))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.ordered.compactMap { s in
            guard let v = f.context.venues[s.venue], let cap = v.capacity, !v.isOnline else { return nil }
            // With objective.over_capacity set, a group alone may overfill at a cost (OverCapacityTerm).
            if f.context.capacityIsSoft && s.groups.count == 1 { return nil }
            let people = s.groups.reduce(0) { $0 + (f.context.groups[$1]?.size ?? 0) }
            return people > cap ? Violation(family: name, message: "\(f.describe(s)) seats \(people) people at '\(s.venue)' which holds \(cap)") : nil
        }
    }
}
