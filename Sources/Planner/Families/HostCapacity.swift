import Domain
import MIP

/// Within a placement block every cadre of the class is at one host the placement names, and on
/// every day a host takes no more cadres of all classes out than its `host_capacity`, nor any
/// on a day it is unavailable. Checked where the hosts are known (after the assignment, or
/// with placements.csv beside a timetable.csv).
public struct HostCapacity: ConstraintFamily {
    public init() {}
    public let name = RuleName.hostCapacity
    public let forbids =
        "A host unit may not take more cadres at once than its host_capacity, nor a class be placed other than whole at hosts its placement names."

    /// No rows in the timetable's program: the host assignment program (`HostAssignment`) holds
    /// one row per host and day, and blocks are only kept where it is feasible.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        let c = f.context
        var load: [Venue.ID: [Day: Int]] = [:]
        for b in f.timetable.placements where !b.hosts.isEmpty {
            let what = "placement '\(b.course)' of group '\(b.group)'"
            let named = c.courses[b.course]?.placement?.hosts ?? []
            if let size = c.groups[b.group]?.size, b.cadres != size {
                out.append(Violation(family: name, message: "\(what) places \(b.cadres) cadres but the group has \(size)"))
            }
            // With a roster, each cadre of it once.
            let roster = c.scenario.cadres(of: b.group).map(\.id)
            if !roster.isEmpty {
                let placed = b.hosts.compactMap(\.cadre)
                let missing = roster.filter { !placed.contains($0) }
                if !missing.isEmpty || placed.count != Set(placed).count || placed.count != b.hosts.count {
                    out.append(
                        Violation(
                            family: name,
                            message: "\(what) does not place each cadre of the roster once"
                                + (missing.isEmpty ? "" : " (missing: \(missing.prefix(3).map { "'\($0)'" }.joined(separator: ", ")))")))
                }
            }
            for share in b.hosts {
                if !named.contains(share.host) {
                    out.append(Violation(family: name, message: "\(what) sends cadres to '\(share.host)', which the placement does not name"))
                }
                for day in b.days {
                    load[share.host, default: [:]][day, default: 0] += share.count
                    if let v = c.venues[share.host], let d = c.dayIndex[day], !c.isFree(v.unavailable, day: d, periods: 0..<c.periodsPerDay) {
                        out.append(Violation(family: name, message: "host '\(share.host)' takes \(what) on \(day.iso), when it is unavailable"))
                    }
                }
            }
        }
        for h in load.keys.sorted() {
            let cap = c.venues[h]?.hostCapacity ?? 0
            for (day, n) in load[h]!.sorted(by: { $0.key < $1.key }) where n > cap {
                out.append(Violation(family: name, message: "host '\(h)' takes \(n) cadres on \(day.iso) but its host_capacity is \(cap)"))
            }
        }
        return out
    }
}
