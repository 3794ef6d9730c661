import Domain
import MIP

/// Travel: for each group and day, the minutes from the group's home site to every other site it
/// attends that day, each site counted once. Linear, and it favours keeping a day at one place.
public struct TravelTerm: SoftTerm {
    public init() {}
    public let name = "travel"
    public let unit = "minutes"
    public func weight(_ o: Objective) -> Double { o.travel }

    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        for g in m.context.scenario.groups {
            guard let home = g.site else { continue }
            // (day, site) -> period -> columns of sessions there covering that period
            var at: [String: [Int: [Int]]] = [:]
            var minutes: [String: Int] = [:]
            for r in m.requirementsOfGroup[g.id] ?? [] {
                for a in m.assignmentsOf[r] {
                    let p = m.placement(m.assignments[a].placement)
                    let trip = m.context.travelMinutes(home, m.site(of: p))
                    guard trip > 0, let s = m.site(of: p) else { continue }
                    let key = "\(p.day)|\(s)"
                    minutes[key] = trip
                    for q in p.periods { at[key, default: [:]][q, default: []].append(m.assignments[a].column) }
                }
            }
            for key in at.keys.sorted() {
                let visit = m.program.addColumn("visit_\(g.id)_\(key)", kind: .continuous, bounds: .between(0, 1), cost: weight * Double(minutes[key]!))
                for (q, cols) in at[key]!.sorted(by: { $0.key < $1.key }) {
                    m.program.addRow("visit_\(g.id)_\(key)_\(q)", cols.map { ($0, 1.0) } + [(visit, -1.0)], .atMost(0))
                }
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        var total = 0
        for g in f.context.scenario.groups {
            guard let home = g.site else { continue }
            var seen = Set<SiteDay>()
            for s in f.sessionsOfGroup[g.id] ?? [] {
                guard let site = f.context.site(of: s.venue), seen.insert(SiteDay(site: site, day: s.day)).inserted else { continue }
                total += f.context.travelMinutes(home, site)
            }
        }
        return Double(total)
    }
}

/// A site a class goes to on a day: counted once, however many sessions it holds there.
struct SiteDay: Hashable { var site: Site.ID; var day: Day }
