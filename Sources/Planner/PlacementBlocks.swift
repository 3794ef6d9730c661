import Domain

/// Where each class's shadowing placements (跟班学习) fall: for every group and placement course
/// it requires, one block of the course's `days` consecutive teaching days on which the group is
/// free in every period, with its hosts able to take every class out at once (checked exactly
/// by `feasible`, the host assignment program). Blocks are chosen before the timetable, latest
/// first so that classroom teaching (and a first course) comes before the class goes out; the
/// timetable is then planned around them, the group unavailable on its block days.
public struct PlacementBlocks: Sendable {
    public var blocks: [PlacementBlock]
    /// The host assignment's units: a class without a roster is one unit, with one each cadre.
    public var units: [PlacementUnit]
    /// For each unit, its block in `blocks`.
    public var blockOf: [Int]
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

    /// The units a block of a class places: each cadre of its roster (own town and needs), or
    /// without one the class's size from its site with its needs.
    public static func units(_ context: PlanningContext, group g: Group, course: Course.ID, days: [Int], hosts: [Venue.ID]) -> [PlacementUnit] {
        let s = context.scenario
        let roster = s.cadres(of: g.id)
        guard !roster.isEmpty else {
            return [PlacementUnit(group: g.id, course: course, count: g.size, home: g.site, gaps: g.needs, days: days, hosts: hosts)]
        }
        return roster.map { c in
            var u = PlacementUnit(group: g.id, course: course, count: 1, home: s.town(of: c), gaps: s.needs(of: c), days: days, hosts: hosts)
            u.cadre = c.id
            return u
        }
    }

    public init(context: PlanningContext, feasible: ([PlacementUnit]) -> Bool) {
        var blocks: [PlacementBlock] = []
        var units: [PlacementUnit] = []
        var blockOf: [Int] = []
        var unmet: [UnmetRequirement] = []
        for g in context.scenario.groups {
            var taken = Set<Int>()
            for cid in g.required {
                guard let c = context.courses[cid], let rule = c.placement else { continue }
                let periods = rule.days * context.periodsPerDay
                // A pinned date must fall inside the block.
                let pinned = context.scenario.pins.filter { $0.group == g.id && $0.course == cid }.compactMap { $0.date.flatMap { context.dayIndex[$0] } }
                let windows = Self.windows(context, group: g, days: rule.days, taken: taken).filter { w in pinned.allSatisfy(w.contains) }
                let chosen = windows.lazy.map { w in
                    Self.units(context, group: g, course: cid, days: w, hosts: rule.hosts)
                }.first { feasible(units + $0) }
                guard let mine = chosen, let unit = mine.first else {
                    let reason =
                        windows.isEmpty
                        ? "the group has no \(rule.days) consecutive teaching days free in every period" + (pinned.isEmpty ? "" : " around its pinned date")
                        : "on every free stretch of \(rule.days) days the hosts of '\(cid)' cannot take the group's \(g.size) cadres besides the classes already out"
                    unmet.append(
                        UnmetRequirement(
                            group: g.id, course: cid, rule: windows.isEmpty ? .placementBlock : .hostCapacity,
                            reason: reason, periods: periods))
                    continue
                }
                taken.formUnion(unit.days)
                units += mine
                blockOf += Array(repeating: blocks.count, count: mine.count)
                blocks.append(PlacementBlock(group: g.id, course: cid, days: unit.days.map { context.days[$0] }))
            }
        }
        self.blocks = blocks; self.units = units; self.blockOf = blockOf; self.unmet = unmet
    }

    /// Blocks at given days (teaching-day indices), e.g. where the timetable search moved them:
    /// the same blocks and units as choosing them would give, unchecked by the host assignment.
    public init(context: PlanningContext, blocks chosen: [(group: Group.ID, course: Course.ID, days: [Int])], unmet: [UnmetRequirement]) {
        var blocks: [PlacementBlock] = [], units: [PlacementUnit] = [], blockOf: [Int] = []
        for b in chosen {
            guard let g = context.groups[b.group], let rule = context.courses[b.course]?.placement else { continue }
            let mine = Self.units(context, group: g, course: b.course, days: b.days, hosts: rule.hosts)
            units += mine
            blockOf += Array(repeating: blocks.count, count: mine.count)
            blocks.append(PlacementBlock(group: b.group, course: b.course, days: b.days.map { context.days[$0] }))
        }
        self.blocks = blocks; self.units = units; self.blockOf = blockOf; self.unmet = unmet
    }

    /// Each block's days as teaching-day indices.
    public func dayIndices(_ context: PlanningContext) -> [[Int]] { blocks.map { $0.days.compactMap { context.dayIndex[$0] } } }

    /// The scenario the timetable search places the blocks in: placement courses out of every
    /// `required` list (blocks are the search's own requirements), no class unavailable for them.
    public static func scenarioOpen(_ scenario: TrainingScenario) -> TrainingScenario {
        var s = scenario
        let placementCourses = Set(scenario.courses.filter { $0.form == .placement }.map(\.id))
        for i in s.groups.indices { s.groups[i].required.removeAll { placementCourses.contains($0) } }
        return s
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
