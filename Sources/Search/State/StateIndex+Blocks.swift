import Domain
import Planner

extension StateIndex {
    /// The index of a plan built without its placement courses (`PlacementBlocks.scenarioOpen`)
    /// with the blocks chosen first as requirements of their own: each may take any window of
    /// days its class is free in every period (its pins inside), its course's hosts taking
    /// their capacity each day (hosts unavailable that day left out). `context`: the scenario
    /// as written. `pinned`: each block may take only the window it was chosen at.
    public convenience init(plan: Plan, placing first: PlacementBlocks, context: PlanningContext, pinned pinning: Bool = false) {
        let s = context.scenario
        let courses = s.courses.filter { $0.form == .placement }.map(\.id)
        let courseIndex = Dictionary(courses.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let groupIndex = Dictionary(s.groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let all = 0..<context.periodsPerDay
        let capacity = courses.map { c in
            context.days.indices.map { d in
                (context.courses[c]?.placement?.hosts ?? []).reduce(0) { n, h in
                    guard let v = context.venues[h], let cap = v.hostCapacity, cap > 0, context.isFree(v.unavailable, day: d, periods: all) else { return n }
                    return n + cap
                }
            }
        }
        let specs = first.blocks.compactMap { b -> BlockSpec? in
            guard let g = context.groups[b.group], let gi = groupIndex[b.group] else { return nil }
            let n = context.courses[b.course]?.placement?.days ?? b.days.count
            let pinnedDays = s.pins.filter { $0.group == b.group && $0.course == b.course }.compactMap { $0.date.flatMap { context.dayIndex[$0] } }
            let chosenStart = b.days.first.flatMap { context.dayIndex[$0] }
            let windows = PlacementBlocks.windows(context, group: g, days: n).filter { w in pinnedDays.allSatisfy(w.contains) }.map { $0[0] }.sorted()
                .filter { !pinning || $0 == chosenStart }
            let cadres = PlacementBlocks.units(context, group: g, course: b.course, days: [], hosts: []).reduce(0) { $0 + $1.count }
            return BlockSpec(group: gi, course: courseIndex[b.course] ?? -1, days: n, windows: windows, cadres: cadres)
        }
        self.init(plan: plan, blocks: specs, hostCapacity: capacity)
    }
}
