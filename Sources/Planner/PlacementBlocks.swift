import Domain

/// Where each class's shadowing placements (跟班学习) fall: for every group and placement course
/// it requires, one block of the course's `days` consecutive teaching days on which the group is
/// free in every period, with its hosts able to take every class out at once (checked exactly
/// by `feasible`, the host assignment program). Blocks are chosen before the timetable, latest
/// first so that classroom teaching (and a first course) comes before the class goes out; the
/// timetable is then planned around them, the group unavailable on its block days.
public struct PlacementBlocks: Sendable {
    public var blocks: [PlacementBlock]
    /// The host assignment's units, one per block (a class without a roster is one unit).
    public var units: [PlacementUnit]
    /// Placements no block could hold, with the reason.
    public var unmet: [UnmetRequirement]

    /// Every start day whose `days` consecutive teaching days the group is free in every period
    /// and that none of `taken` (the group's other blocks) touches; latest start first.
    public static func windows(_ context: PlanningContext, group: Group, days: Int, taken: Set<Int> = []) -> [[Int]] {
        guard days >= 1, days <= context.days.count else { return [] }
        let all = 0..<context.periodsPerDay
        let free = context.days.indices.map { !taken.contains($0) && context.isFree(group.unavailable, day: $0, periods: all) }
        return (0...(context.days.count - days)).reversed().compactMap { s in
            let w = Array(s..<(s + days))
            return w.allSatisfy { free[$0] } ? w : nil
        }
    }

    public init(context: PlanningContext, feasible: ([PlacementUnit]) -> Bool) {
        var blocks: [PlacementBlock] = []
        var units: [PlacementUnit] = []
        var unmet: [UnmetRequirement] = []
        for g in context.scenario.groups {
            var taken = Set<Int>()
            for cid in g.required {
                guard let c = context.courses[cid], let rule = c.placement else { continue }
                let periods = rule.days * context.periodsPerDay
                let windows = Self.windows(context, group: g, days: rule.days, taken: taken)
                let chosen = windows.lazy.map { w in
                    PlacementUnit(group: g.id, course: cid, count: g.size, home: g.site, gaps: g.needs, days: w, hosts: rule.hosts)
                }.first { feasible(units + [$0]) }
                guard let unit = chosen else {
                    let reason = windows.isEmpty
                        ? "the group has no \(rule.days) consecutive teaching days free in every period"
                        : "on every free stretch of \(rule.days) days the hosts of '\(cid)' cannot take the group's \(g.size) cadres besides the classes already out"
                    unmet.append(UnmetRequirement(group: g.id, course: cid, rule: windows.isEmpty ? "PlacementBlock" : "HostCapacity",
                                                  reason: reason, periods: periods))
                    continue
                }
                taken.formUnion(unit.days)
                units.append(unit)
                blocks.append(PlacementBlock(group: g.id, course: cid, days: unit.days.map { context.days[$0] }))
            }
        }
        self.blocks = blocks; self.units = units; self.unmet = unmet
    }

    /// The scenario the timetable is planned on: placement courses out of every `required` list
    /// and each group unavailable on its block days, so no other session of it falls there.
    public func scenarioAround(_ scenario: TrainingScenario) -> TrainingScenario {
        var s = scenario
        let placementCourses = Set(scenario.courses.filter { $0.form == .placement }.map(\.id))
        for i in s.groups.indices {
            s.groups[i].required.removeAll { placementCourses.contains($0) }
            for b in blocks where b.group == s.groups[i].id {
                s.groups[i].unavailable += b.days.map { .date($0, periods: nil) }
            }
        }
        return s
    }
}
