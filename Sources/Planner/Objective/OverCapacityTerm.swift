import Domain
import MIP

/// Seats short: with `objective.over_capacity` set, a group meeting alone in a venue too small
/// for it costs the weight per person without a seat, per session.
public struct OverCapacityTerm: SoftTerm {
    public init() {}
    public let name = "over capacity"
    public let unit = "seats short"
    public func weight(_ o: Objective) -> Double { o.overCapacity ?? 0 }
    public func applies(to s: TrainingScenario) -> Bool { s.objective.overCapacity != nil }

    /// A single-group placement's own column says the group sits there: the cost goes on it.
    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        for a in m.assignments where !m.set.activities[m.placement(a.placement).activity].joint {
            let short = m.context.seatsShort(group: m.requirements[a.requirement].group, venueCapacity: m.pool(of: m.placement(a.placement)).capacity)
            if short > 0 { m.program.addCost(a.column, weight * Double(short)) }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        Double(f.timetable.sessions.reduce(0) { n, s in
            guard s.groups.count == 1, let v = f.context.venues[s.venue], !v.isOnline else { return n }
            return n + f.context.seatsShort(group: s.groups[0], venueCapacity: v.capacity)
        })
    }
}
