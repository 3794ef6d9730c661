import Domain
import MIP

/// A venue may not hold two sessions at once (online venues are exempt).
public struct VenueClash: ConstraintFamily {
    public init() {}
    public let name = RuleName.venueClash
    public let forbids = "A venue may not hold two sessions at once, unless it is online."

    /// Per pool of interchangeable venues: no more sessions at once than the pool has venues.
    public func addRows(to m: inout ModelBuilder) {
        var busy: [Int: [Int: [Int]]] = [:]
        for p in m.set.placements where !m.set.pools[p.pool].online {
            for q in p.periods { busy[p.pool, default: [:]][m.slot(day: p.day, period: q), default: []].append(m.placementColumn[p.index]) }
        }
        for (pool, slots) in busy.sorted(by: { $0.key < $1.key }) {
            let size = m.set.pools[pool].venues.count
            for (slot, cols) in slots.sorted(by: { $0.key < $1.key }) where cols.count > size {
                m.program.addRow("vclash_\(pool)_\(slot)", cols.map { ($0, 1.0) }, .atMost(Double(size)))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.sessionsOfVenue.sorted { $0.key < $1.key }.flatMap { v, list -> [Violation] in
            if f.context.venues[v]?.isOnline == true { return [] }
            return f.overlappingPairs(list).map { a, b in
                Violation(family: name, message: "venue '\(v)' holds \(f.describe(a)) and \(f.describe(b)) at once")
            }
        }
    }
}
