import Domain
import MIP

/// Venue changes: each venue beyond the first that a group's course uses costs the weight
/// (the ITC-2007 room stability; for cadres, one course kept in one hall).
public struct VenueChangesTerm: SoftTerm {
    public init() {}
    public let name = "venue changes"
    public let unit = "extra venues"
    public func weight(_ o: Objective) -> Double { o.venueChanges }
    public func applies(to s: TrainingScenario) -> Bool { s.objective.venueChanges > 0 }

    /// Per group, course and venue (pools are single venues when this term is on):
    /// n·used_v ≥ Σ sessions there, for the course's n sessions; cost Σ used_v − 1.
    public func add(to m: inout ModelBuilder, weight: Double) {
        // Times first, venues are pooled: which room a course uses is decided afterwards.
        guard weight > 0, m.set.pools.allSatisfy({ $0.online || $0.venues.count == 1 }) else { return }
        for g in m.context.scenario.groups {
            var byCourse: [Course.ID: [Int: [Int]]] = [:]  // course -> pool -> columns
            var count: [Course.ID: Int] = [:]
            for r in m.requirementsOfGroup[g.id] ?? [] {
                let req = m.requirements[r]
                count[req.course, default: 0] += 1
                for a in m.assignmentsOf[r] {
                    let p = m.placement(m.assignments[a].placement)
                    guard !m.set.pools[p.pool].online else { continue }
                    byCourse[req.course, default: [:]][p.pool, default: []].append(m.assignments[a].column)
                }
            }
            for (c, pools) in byCourse.sorted(by: { $0.key < $1.key }) where count[c]! > 1 {
                let n = Double(count[c]!)
                for (pool, cols) in pools.sorted(by: { $0.key < $1.key }) {
                    // Binary: a share would let n·used cover the sessions fractionally and undercount.
                    let used = m.program.addColumn("venueused_\(g.id)_\(c)_\(pool)", kind: .binary, cost: weight)
                    m.derivedColumns[g.id, default: []].append(used)
                    m.program.addRow("venueused_\(g.id)_\(c)_\(pool)", [(used, n)] + cols.map { ($0, -1.0) }, .atLeast(0))
                }
                m.program.objectiveConstant -= weight
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        var total = 0
        for (g, list) in f.sessionsOfGroup {
            let counted = Set((f.requirementsOfGroup[g] ?? []).map(\.course))
            for (_, sessions) in Dictionary(grouping: list.filter { counted.contains($0.course) && f.context.venues[$0.venue]?.isOnline != true }, by: \.course)
            {
                total += max(0, Set(sessions.map(\.venue)).count - 1)
            }
        }
        return Double(total)
    }
}
