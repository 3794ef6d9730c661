import Domain
import MIP

/// Cadres to place with host units for one block: a whole class without a roster (`count` its
/// size, its site and needs), or later one cadre of a roster (`count` 1, the cadre's town and gaps).
public struct PlacementUnit: Sendable, Equatable {
    public var group: Group.ID
    /// The cadre this unit is (count 1), for a class with a roster; nil: a count of the class.
    public var cadre: Cadre.ID? = nil
    public var course: Course.ID
    public var count: Int
    public var home: Site.ID?
    public var gaps: [TopicScore]
    /// Day indices (teaching days) of the block.
    public var days: [Int]
    /// Hosts (venue ids) this unit's placement names.
    public var hosts: [Venue.ID]
    public init(group: Group.ID, course: Course.ID, count: Int, home: Site.ID?, gaps: [TopicScore], days: [Int], hosts: [Venue.ID]) {
        self.group = group; self.course = course; self.count = count; self.home = home; self.gaps = gaps; self.days = days; self.hosts = hosts
    }
}

/// Who goes to which host, for fixed blocks: an assignment integer program (a transportation
/// problem with one capacity row per host and day) maximising weighted topic fit minus weighted
/// travel. Its matrix is totally unimodular per day, so GLPK proves the optimum at the root.
public struct HostAssignment: Sendable {
    public let units: [PlacementUnit]
    public let program: IntegerProgram
    /// Column of each (unit, host) pair that may be used, in unit then host order.
    public let columns: [(unit: Int, host: Venue.ID, column: Int, fit: Double, minutes: Int)]

    /// The needs term's diminishing-returns value (docs/model.md) of what a host teaches against
    /// a cadre's gaps: Σ gap × (h(0) − h(score)). Host scores are 0–5, inside h's first piece.
    public static func topicFit(gaps: [TopicScore], topics: [TopicScore]) -> Double {
        NeedsTerm.fit(gaps: gaps, scores: topics)
    }

    /// Hosts are taken from the scenario: a host unavailable on any day of a unit's block, or
    /// without a `host_capacity`, is no column for that unit.
    public init(context: PlanningContext, units: [PlacementUnit]) {
        self.units = units
        let o = context.scenario.objective
        var p = IntegerProgram(name: "host_assignment", sense: .maximize)
        var cols: [(unit: Int, host: Venue.ID, column: Int, fit: Double, minutes: Int)] = []
        for (u, unit) in units.enumerated() {
            for h in unit.hosts {
                guard let v = context.venues[h], let cap = v.hostCapacity, cap > 0 else { continue }
                let periods = 0..<context.periodsPerDay
                guard unit.days.allSatisfy({ context.isFree(v.unavailable, day: $0, periods: periods) }) else { continue }
                let fit = Self.topicFit(gaps: unit.gaps, topics: v.topics)
                let minutes = context.travelMinutes(unit.home, v.site)
                let value = o.needs * fit - o.travel * Double(minutes)
                let c = p.addColumn("x_\(u)_\(h)", kind: .integer, bounds: .between(0, Double(min(unit.count, cap))), cost: value)
                cols.append((u, h, c, fit, minutes))
            }
        }
        for (u, unit) in units.enumerated() {
            p.addRow("place_\(u)", cols.filter { $0.unit == u }.map { ($0.column, 1.0) }, .equal(Double(unit.count)))
        }
        // One row per host and day some unit is out on: what the host takes at once holds every day.
        var byHostDay: [Venue.ID: [Int: [Int]]] = [:]
        for c in cols { for d in units[c.unit].days { byHostDay[c.host, default: [:]][d, default: []].append(c.column) } }
        for h in byHostDay.keys.sorted() {
            let cap = Double(context.venues[h]?.hostCapacity ?? 0)
            for d in byHostDay[h]!.keys.sorted() where byHostDay[h]![d]!.count > 1 {
                p.addRow("host_\(h)_\(d)", byHostDay[h]![d]!.map { ($0, 1.0) }, .atMost(cap))
            }
        }
        program = p
        columns = cols
    }

    /// Each unit's shares, hosts in the order its placement names them, empty hosts left out.
    public func shares(from values: [Double]) -> [[HostShare]] {
        var out = [[HostShare]](repeating: [], count: units.count)
        for c in columns {
            let n = Int(values[c.column].rounded())
            if n > 0 { out[c.unit].append(HostShare(host: c.host, cadre: units[c.unit].cadre, count: n, topicFit: c.fit, travelMinutes: c.minutes)) }
        }
        return out
    }
}
