import Domain
import MIP

/// The data section for `Models/paike.mod`: what a plan's scenario allows (placements, the
/// requirements each can hold, limits, travel, weights), read off the built model so the data
/// and the Swift program cannot drift apart. The model file states the rules; running
/// `glpsol --math Models/paike.mod --data FILE` reaches the optimum `paike solve` reaches.
///
/// Every symbol is quoted and ASCII: ids keep letters, digits, `_` and `-`; any other character
/// becomes `.HEX.` (so the mapping is one-to-one). Entities without ids are numbered after the
/// model: requirement `r12`, placement `p40`, activity `a3`, venue pool `k1`, five-haves unit `u7`
/// (its first requirement). Output is deterministic: model order, or sorted by id.
public enum MathProgData {
    /// Throws `Unsupported` for a scenario using what the model does not state (see `unsupported(in:)`).
    public static func text(for plan: Plan) throws -> String {
        let missing = unsupported(in: plan.context.scenario)
        guard missing.isEmpty else { throw Unsupported(features: missing) }
        var w = DataWriter(plan.model)
        w.write()
        return w.lines.joined(separator: "\n") + "\n"
    }

    /// The scenario's features that `Models/paike.mod` does not model, named as in the scenario
    /// file; empty when the model states the scenario's whole program. A data file for any of
    /// them would silently give a different optimum than `paike solve`, so there is none.
    public static func unsupported(in s: TrainingScenario) -> [String] {
        var out: [String] = []
        if !s.cohorts.isEmpty { out.append("cohorts (\(Self.quoted(s.cohorts.map(\.id.rawValue))))") }
        // min_days 1 asks nothing, and with spread 0 the term adds nothing to the program.
        let spread = s.courses.filter { ($0.minDays ?? 0) > 1 }
        if !spread.isEmpty, s.objective.spread > 0 { out.append("min_days (course \(Self.quoted(spread.map(\.id.rawValue))))") }
        if let w = s.objective.overCapacity { out.append("objective.over_capacity (\(number(w)))") }
        if s.objective.venueChanges > 0 { out.append("objective.venue_changes (\(number(s.objective.venueChanges)))") }
        let ordered = s.courses.filter { !$0.after.isEmpty }
        if !ordered.isEmpty { out.append("after (course \(Self.quoted(ordered.map(\.id.rawValue))))") }
        return out
    }

    static func quoted(_ ids: [String]) -> String {
        let shown = ids.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return ids.count > 3 ? shown + " and \(ids.count - 3) more" : shown
    }

    /// A scenario the MathProg model cannot express.
    public struct Unsupported: Error, Equatable, CustomStringConvertible {
        public var features: [String]
        public init(features: [String]) { self.features = features }
        public var description: String {
            "the MathProg model (Models/paike.mod) does not model \(features.joined(separator: ", ")) — export --format mps or lp instead, or leave these out (see docs/model.md)"
        }
    }

    /// A MathProg string literal for an id: quoted, ASCII, at most 100 characters (MathProg's limit).
    static func symbol(_ id: String) -> String {
        var s = ""
        for u in id.unicodeScalars {
            switch u {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": s.unicodeScalars.append(u)
            default: s += "." + String(u.value, radix: 16, uppercase: true) + "."
            }
        }
        if s.count > 98 {
            // Long ids keep a readable prefix and a hash of the whole id, still one-to-one in practice.
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            s = String(s.prefix(78)) + "~" + String(h, radix: 16)
        }
        return "'\(s)'"
    }

    /// Shortest text that reads back as the same Double.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}

private struct DataWriter {
    let m: ModelBuilder
    var lines: [String] = []

    init(_ m: ModelBuilder) { self.m = m }

    var ctx: PlanningContext { m.context }
    func sym(_ s: String) -> String { MathProgData.symbol(s) }
    func num(_ x: Double) -> String { MathProgData.number(x) }
    func req(_ r: Int) -> String { "'r\(r)'" }
    func plc(_ p: Int) -> String { "'p\(p)'" }
    func act(_ a: Int) -> String { "'a\(a)'" }
    func pool(_ k: Int) -> String { "'k\(k)'" }

    mutating func section(_ title: String) { lines += ["", "# \(title)"] }

    /// `set NAME := e1 e2 ...;`, a few members per line.
    mutating func set(_ name: String, _ members: [String]) {
        if members.isEmpty { lines.append("set \(name) := ;"); return }
        lines.append("set \(name) :=")
        var i = 0
        while i < members.count {
            lines.append("  " + members[i..<min(i + 10, members.count)].joined(separator: " "))
            i += 10
        }
        lines[lines.count - 1] += ";"
    }

    /// A table defining a set and parameters over it: `param : SET : a b := key va vb ...;`.
    mutating func table(_ setName: String?, _ params: [String], _ rows: [(key: String, values: [String], note: String?)]) {
        if rows.isEmpty {
            if let setName { lines.append("set \(setName) := ;") }
            return
        }
        lines.append("param : \(setName.map { "\($0) : " } ?? "")\(params.joined(separator: " ")) :=")
        for r in rows { lines.append("  \(r.key) \(r.values.joined(separator: " "))" + (r.note.map { "  # \($0)" } ?? "")) }
        lines.append(";")
    }

    mutating func write() {
        let scenario = ctx.scenario
        lines.append("# Paike data for Models/paike.mod: scenario \(scenario.name.split(whereSeparator: \.isNewline).joined(separator: " "))")
        lines.append("# Run: glpsol --math Models/paike.mod --data THIS_FILE")
        lines.append("# \(m.program.columns.count) columns, \(m.program.rows.count) rows in Paike's program.")
        lines.append("data;")

        section("Calendar: teaching days 0..n_days-1 (\(ctx.days.map(\.iso).joined(separator: " ")))")
        lines.append("param n_days := \(ctx.days.count);")
        lines.append("param n_periods := \(ctx.periodsPerDay);")
        table(nil, ["date"], ctx.days.enumerated().map { i, d in ("\(i)", ["'\(d.iso)'"], String?.none) })
        table(
            nil, ["period_start", "period_end", "period_name"],
            ctx.periods.enumerated().map { i, p in
                ("\(i)", ["\(p.start.minutes)", "\(p.end.minutes)", sym(p.id.rawValue)], p.name)
            })

        writePlaces()
        writeGroupsAndRequirements()
        writePlacements()
        writeRules()
        writeObjective()
        lines.append("")
        lines.append("end;")
    }

    mutating func writePlaces() {
        let scenario = ctx.scenario
        var siteIDs = Set(scenario.sites.map(\.id))
        for p in m.set.pools { if let s = p.site { siteIDs.insert(s) } }
        for g in scenario.groups { if let s = g.site { siteIDs.insert(s) } }
        let sites = siteIDs.sorted()
        section("Sites and travel minutes (only pairs more than 0 apart)")
        set("SITES", sites.map { sym($0.rawValue) })
        var trips: [String] = []
        for a in sites {
            for b in sites where ctx.travelMinutes(a, b) > 0 { trips.append("  \(sym(a.rawValue)) \(sym(b.rawValue)) \(ctx.travelMinutes(a, b))") }
        }
        if !trips.isEmpty { lines += ["param trip :="] + trips + [";"] }

        section("Pools of interchangeable venues")
        table("POOLS", ["pool_size"], m.set.pools.map { (pool($0.index), ["\($0.venues.count)"], $0.venues.map(\.rawValue).joined(separator: " ")) })
        set("ONLINE", m.set.pools.filter(\.online).map { pool($0.index) })
        set("CAPPED", m.set.pools.filter { $0.capacity != nil }.map { pool($0.index) })
        let capped = m.set.pools.compactMap { p in p.capacity.map { (pool(p.index), ["\($0)"], String?.none) } }
        table(nil, ["capacity"], capped)
        set("SITED_POOLS", m.set.pools.filter { $0.site != nil }.map { pool($0.index) })
        table(nil, ["pool_site"], m.set.pools.compactMap { p in p.site.map { (pool(p.index), [sym($0.rawValue)], String?.none) } })
    }

    mutating func writeGroupsAndRequirements() {
        let groups = uniqueGroups
        section("Groups")
        table("GROUPS", ["group_size"], groups.map { (sym($0.id.rawValue), ["\($0.size)"], String?.none) })
        set("HOMED", groups.filter { $0.site != nil }.map { sym($0.id.rawValue) })
        table(nil, ["home"], groups.compactMap { g in g.site.map { (sym(g.id.rawValue), [sym($0.rawValue)], String?.none) } })

        section("Session requirements")
        table(
            "REQS", ["group", "course", "req_len"],
            m.requirements.map {
                (req($0.index), [sym($0.group.rawValue), sym($0.course.rawValue), "\($0.length)"], $0.label)
            })
        set("FIRST", m.requirements.filter(\.first).map { req($0.index) })
        set("ELECTIVE_REQS", m.requirements.filter(\.elective).map { req($0.index) })
        let electives = electivePairs
        set("ELECTIVES", electives.map { "(\(sym($0.group.rawValue)), \(sym($0.course.rawValue)))" })
        set("MENU_GROUPS", groups.filter { $0.menu != nil }.map { sym($0.id.rawValue) })
        table(nil, ["menu_periods"], groups.compactMap { g in g.menu.map { (sym(g.id.rawValue), ["\($0.periods)"], String?.none) } })
        table(
            nil, ["elective_periods"],
            electives.compactMap { e in
                ctx.courses[e.course].map { ("\(sym(e.group.rawValue)) \(sym(e.course.rawValue))", ["\($0.totalPeriods)"], String?.none) }
            })
    }

    mutating func writePlacements() {
        section("Activities and the requirements each can satisfy")
        set("ACTIVITIES", m.set.activities.map { act($0.index) })
        for a in m.set.activities { set("SHARERS[\(act(a.index))]", a.requirements.map(req)) }
        set("JOINT_ACTIVITIES", m.set.activities.filter(\.joint).map { act($0.index) })

        section("Placements: activity, teaching day, first period, periods, venue pool")
        table(
            "PLACEMENTS", ["activity", "day", "start", "len", "pool"],
            m.set.placements.map {
                (plc($0.index), [act($0.activity), "\($0.day)", "\($0.start)", "\($0.length)", pool($0.pool)], String?.none)
            })
        // Self-study online placements have no teacher and are left out here (S10).
        section("Teacher of each taught placement")
        table("TAUGHT", ["teacher"], m.set.placements.compactMap { p in p.teacher.map { (plc(p.index), [sym($0.rawValue)], String?.none) } })

        section("Placements that can hold each requirement")
        for r in m.requirements {
            set("PLACEMENTS_OF[\(req(r.index))]", m.assignmentsOf[r.index].map { plc(m.assignments[$0].placement) })
        }
    }

    mutating func writeRules() {
        let teachers = Set(m.set.placements.compactMap(\.teacher)).sorted()
        section("Teacher limits (teachers with placements)")
        let perDay = teachers.compactMap { t in ctx.teachers[t]?.maxPeriodsPerDay.map { (sym(t.rawValue), ["\($0)"], String?.none) } }
        set("DAY_LIMITED", perDay.map(\.0))
        table(nil, ["max_per_day"], perDay)
        let total = teachers.compactMap { t in ctx.teachers[t]?.maxPeriods.map { (sym(t.rawValue), ["\($0)"], String?.none) } }
        set("TOTAL_LIMITED", total.map(\.0))
        table(nil, ["max_total"], total)

        section("Five-haves units: consecutive segments, and units whose within_days window binds")
        let units = m.fiveHavesUnits()
        set("NEXT_SEGMENT", units.flatMap { u in zip(u.dropLast(), u.dropFirst()).map { "(\(req($0)), \(req($1)))" } })
        let windowed = units.compactMap { u -> (unit: [Int], w: Int)? in
            guard let w = ctx.courses[m.requirements[u[0]].course]?.fiveHaves?.withinDays, w < ctx.days.count else { return nil }
            return (u, w)
        }
        table("UNITS", ["within_days"], windowed.map { ("'u\($0.unit[0])'", ["\($0.w)"], String?.none) })
        for u in windowed { set("SEGMENTS_OF['u\(u.unit[0])']", u.unit.map(req)) }
    }

    mutating func writeObjective() {
        let o = ctx.scenario.objective
        section("Objective")
        lines.append("param unmet_penalty := \(num(unmetPenaltyPerPeriod));")
        lines.append("param objective_constant := \(num(m.program.objectiveConstant));")
        // A term of weight 0 or below is not built at all (SoftTerm.add returns early).
        for (name, w) in [
            ("w_needs", NeedsTerm().weight(o)), ("w_travel", TravelTerm().weight(o)),
            ("w_compactness", CompactnessTerm().weight(o)), ("w_balance", TeacherBalanceTerm().weight(o))
        ] {
            lines.append("param \(name) := \(num(max(0, w)));")
        }

        section("Needs: gap scores per (group, topic), topic scores per (course, topic), pieces of h")
        var needs: [(group: String, topic: String, score: Int)] = []
        for g in uniqueGroups {
            var byTopic: [String: Int] = [:]
            var order: [String] = []
            // A topic listed twice adds up: score1·h + score2·h is the same cost.
            for n in g.needs where n.score > 0 {
                if byTopic[n.topic] == nil { order.append(n.topic) }
                byTopic[n.topic, default: 0] += n.score
            }
            needs += order.sorted().map { (sym(g.id.rawValue), sym($0), byTopic[$0]!) }
        }
        set("NEEDS", needs.map { "(\($0.group), \($0.topic))" })
        table(nil, ["need_score"], needs.map { ("\($0.group) \($0.topic)", ["\($0.score)"], String?.none) })
        var covers: [(course: String, topic: String, score: Int)] = []
        var seen = Set<Course.ID>()
        for c in ctx.scenario.courses where seen.insert(c.id).inserted {
            var topics = Set<String>()
            for t in c.topics where topics.insert(t.topic).inserted && t.score > 0 {
                covers.append((sym(c.id.rawValue), sym(t.topic), t.score))
            }
        }
        set("COVERS", covers.map { "(\($0.course), \($0.topic))" })
        table(nil, ["topic_score"], covers.map { ("\($0.course) \($0.topic)", ["\($0.score)"], String?.none) })
        table("PIECES", ["point", "slope"], NeedsTerm.pieces.enumerated().map { i, p in ("\(i)", [num(p.point), num(p.slope)], String?.none) })

        section("Fair shares of teaching periods")
        let fair = ctx.fairShares()
        let teachers = Set(m.set.placements.compactMap(\.teacher)).sorted()
        table(nil, ["fair_share"], teachers.compactMap { t in fair[t].map { (sym(t.rawValue), [num($0)], String?.none) } })
    }

    /// Scenario groups, first of each id (as the planning context keeps them).
    var uniqueGroups: [Group] {
        var seen = Set<Group.ID>()
        return ctx.scenario.groups.filter { seen.insert($0.id).inserted }
    }

    /// (group, course) of every menu course a group may choose, as the model's elective columns.
    var electivePairs: [(group: Group.ID, course: Course.ID)] {
        var out: [(group: Group.ID, course: Course.ID)] = []
        var seen = Set<GroupCourse>()
        for g in ctx.scenario.groups {
            for c in g.menu?.from ?? [] where !g.required.contains(c) && seen.insert(GroupCourse(g.id, c)).inserted { out.append((g.id, c)) }
        }
        return out
    }
}
