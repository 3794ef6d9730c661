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
    /// In a pool of mixed sizes (times first) that is the cost in its largest venue, and the
    /// seats short below it are bounded per period by the capacity surface (`addSurface`).
    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        var starting: [Int: [Int: [(column: Int, size: Int)]]] = [:]  // mixed pool -> slot -> single-group sessions starting
        for a in m.assignments where !m.set.activities[m.placement(a.placement).activity].joint {
            let p = m.placement(a.placement)
            let group = m.requirements[a.requirement].group
            let short = m.context.seatsShort(group: group, venueCapacity: m.pool(of: p).capacity)
            if short > 0 { m.program.addCost(a.column, weight * Double(short)) }
            if !m.pool(of: p).capacities.isEmpty {
                starting[p.pool, default: [:]][m.slot(day: p.day, period: p.start), default: []].append((a.column, m.context.groups[group]?.size ?? 0))
            }
        }
        for (pool, slots) in starting.sorted(by: { $0.key < $1.key }) {
            for (slot, list) in slots.sorted(by: { $0.key < $1.key }) {
                addSurface(to: &m, weight: weight, capacities: m.set.pools[pool].capacities, sessions: list, tag: "\(pool)_\(slot)")
            }
        }
    }

    /// Sessions starting together sit in different venues, so at most R(θ) of those with more
    /// than θ people sit in a venue holding more than θ, R(θ) being the pool's venues that do.
    /// Seats short = ∫ #(sessions over θ in a venue of at most θ) dθ ≥ ∫ max(0, N(θ) − R(θ)) dθ:
    /// one row per interval between breakpoints (capacities and sizes) below the largest venue.
    func addSurface(to m: inout ModelBuilder, weight: Double, capacities: [Int], sessions: [(column: Int, size: Int)], tag: String) {
        guard let largest = capacities.first, let smallest = capacities.last else { return }
        let breaks = Set(capacities + sessions.map(\.size)).filter { $0 >= smallest && $0 <= largest }.sorted()
        for (a, b) in zip(breaks, breaks.dropFirst()) {
            let over = sessions.filter { $0.size > a }
            let roomy = capacities.filter { $0 > a }.count
            guard over.count > roomy else { continue }
            let short = m.program.addColumn("seats_\(tag)_\(a)", kind: .continuous, bounds: .atLeast(0), cost: weight * Double(b - a))
            m.program.addRow("seats_\(tag)_\(a)", [(short, 1.0)] + over.map { ($0.column, -1.0) }, .atLeast(-Double(roomy)))
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        Double(
            f.timetable.sessions.reduce(0) { n, s in
                guard s.groups.count == 1, let v = f.context.venues[s.venue], !v.isOnline else { return n }
                return n + f.context.seatsShort(group: s.groups[0], venueCapacity: v.capacity)
            })
    }
}
