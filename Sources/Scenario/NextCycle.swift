import Domain
import Texts

/// The next round after an assessment (`paike next-cycle`): the cadres below the pass mark on any
/// topic, regrouped into retraining classes by category and town (a class without a roster is
/// retrained whole), their needs the gaps left, courses they all passed dropped, and the calendar
/// moved to a new start with the same teaching days. Pure: builds values, writes nothing.
public struct NextCycle: Sendable {
    /// Where one retraining class came from, and what it lost, for the file's comments.
    public struct Origin: Sendable, Equatable {
        public var group: Group.ID
        public var sources: [Group.ID]
        public var cadres: Int
        public var town: Site.ID?
        /// nil: a class without a roster, retrained whole.
        public var part: (index: Int, of: Int)? { partIndex.map { ($0, partCount) } }
        var partIndex: Int?
        var partCount: Int = 1
        public var droppedCourses: [Course.ID] = []
        /// Placements dropped: course, what its hosts take at once.
        public var droppedPlacements: [(course: Course.ID, capacity: Int)] = []
        /// Kept course, dropped course it was to follow.
        public var orderLost: [(course: Course.ID, after: Course.ID)] = []
        public var whole: Bool

        public static func == (a: Origin, b: Origin) -> Bool {
            a.group == b.group && a.sources == b.sources && a.cadres == b.cadres && a.town == b.town && a.partIndex == b.partIndex
                && a.partCount == b.partCount && a.droppedCourses == b.droppedCourses && a.whole == b.whole
        }
    }

    public var scenario: TrainingScenario
    public var origins: [Origin]
    public var pass: Int
    public var droppedHolidays: [Day] = []
    public var droppedUnavailable = 0
    public var droppedPins = 0
    public var droppedCohorts = 0
    public var droppedMentoring = false
    /// The largest classroom (non-online, not a host unit): no class is made larger.
    public var classLimit: Int

    public var cadreCount: Int { scenario.groups.reduce(0) { $0 + $1.size } }

    /// The calendar from `start` with as many teaching days as `c` on the same weekdays. Holidays
    /// of the old calendar are kept only when they fall in the new span; the rest are returned.
    public static func movedCalendar(_ c: TeachingCalendar, to start: Day) -> (calendar: TeachingCalendar, dropped: [Day]) {
        let n = c.teachingDays.count
        var moved = c
        moved.start = start
        guard n > 0, !c.weekdays.isEmpty else { moved.end = start; moved.holidays = []; return (moved, c.holidays) }
        let later = Set(c.holidays.filter { $0 >= start })
        var day = start, count = 0, last = start
        while count < n {
            if c.weekdays.contains(day.weekday) && !later.contains(day) { count += 1; last = day }
            day = Day(ordinal: day.ordinal + 1)
        }
        moved.end = last
        moved.holidays = c.holidays.filter { start <= $0 && $0 <= last }
        return (moved, c.holidays.filter { !($0 >= start && $0 <= last) })
    }

    public static func build(_ s: TrainingScenario, results: [AssessmentResult], pass: Int, start: Day, wording w: Wording) -> NextCycle {
        let (calendar, droppedHolidays) = movedCalendar(s.calendar, to: start)
        let limit = s.venues.filter { !$0.isOnline && $0.kind != .hostUnit }.compactMap(\.capacity).max() ?? Int.max

        var byCadre: [Cadre.ID: [String: AssessmentScore]] = [:]
        var byGroup: [Group.ID: [String: AssessmentScore]] = [:]
        for r in results {
            switch r.subject {
            case let .cadre(id): byCadre[id, default: [:]][r.topic] = r.score
            case let .group(id): byGroup[id, default: [:]][r.topic] = r.score
            }
        }
        func failing(_ scores: [String: AssessmentScore]?) -> Bool { scores?.values.contains { !$0.passes(pass) } ?? false }

        // Needs after: assessed topics take the gap after, the others keep the gap before.
        func needsAfter(_ before: [TopicScore], _ scores: [String: AssessmentScore]) -> [TopicScore] {
            var out = before.map { TopicScore(topic: $0.topic, score: scores[$0.topic]?.gapAfter ?? $0.score) }
            for topic in scores.keys.sorted() where !before.contains(where: { $0.topic == topic }) {
                out.append(TopicScore(topic: topic, score: scores[topic]!.gapAfter))
            }
            return out.filter { $0.score > 0 }
        }

        var next = s
        next.name = w("nextCycle.groupClassName", s.name)
        next.calendar = calendar
        next.groups = []
        next.cadres = []
        next.pins = []
        next.cohorts = []
        var cycle = NextCycle(scenario: next, origins: [], pass: pass, classLimit: limit)
        cycle.droppedHolidays = droppedHolidays
        cycle.droppedPins = s.pins.count
        cycle.droppedCohorts = s.cohorts.count
        // Teachers' and venues' days off outside the new span say nothing about it.
        func inSpan(_ u: Unavailability) -> Bool {
            switch u {
            case let .date(d, _): calendar.start <= d && d <= calendar.end
            case let .range(from, to): from <= calendar.end && to >= calendar.start
            }
        }
        for i in next.teachers.indices {
            let kept = next.teachers[i].unavailable.filter(inSpan)
            cycle.droppedUnavailable += next.teachers[i].unavailable.count - kept.count
            next.teachers[i].unavailable = kept
        }
        for i in next.venues.indices {
            let kept = next.venues[i].unavailable.filter(inSpan)
            cycle.droppedUnavailable += next.venues[i].unavailable.count - kept.count
            next.venues[i].unavailable = kept
        }

        // Buckets of failing cadres by category and town, in roster order of first appearance.
        struct Bucket { var category: GroupCategory; var town: Site.ID?; var cadres: [Cadre] }
        var buckets: [Bucket] = []
        var classes: [(group: Group, origin: Origin, cadres: [Cadre], scores: [[String: AssessmentScore]])] = []
        let rostered = Set(s.cadres.map(\.group))
        for g in s.groups {
            if !rostered.contains(g.id) {
                guard failing(byGroup[g.id]), let scores = byGroup[g.id] else { continue }
                var c = g
                c.id = Group.ID("re_" + g.id.rawValue)
                c.name = w("nextCycle.groupClassName", g.name)
                c.needs = needsAfter(g.needs, scores)
                c.unavailable = []
                cycle.droppedMentoring = cycle.droppedMentoring || g.mentoring != nil
                c.mentoring = nil
                classes.append((c, Origin(group: c.id, sources: [g.id], cadres: g.size, town: g.site, whole: true), [], [scores]))
                continue
            }
            for cadre in s.cadres(of: g.id) where failing(byCadre[cadre.id]) {
                let town = s.town(of: cadre)
                if let i = buckets.firstIndex(where: { $0.category == g.category && $0.town == town }) {
                    buckets[i].cadres.append(cadre)
                } else {
                    buckets.append(Bucket(category: g.category, town: town, cadres: [cadre]))
                }
            }
        }
        for b in buckets {
            let parts = (b.cadres.count + limit - 1) / limit
            var from = 0
            for p in 0..<parts {
                let size = b.cadres.count / parts + (p < b.cadres.count % parts ? 1 : 0)
                let members = Array(b.cadres[from..<(from + size)])
                from += size
                let sources = members.map(\.group).reduce(into: [Group.ID]()) { if !$0.contains($1) { $0.append($1) } }
                let first = s.group(sources[0])!
                let townName = b.town.flatMap { s.site($0)?.name } ?? b.town?.rawValue ?? "—"
                var id = "re_\(b.category.rawValue)_\(b.town?.rawValue ?? "all")" + (parts > 1 ? "_\(p + 1)" : "")
                while classes.contains(where: { $0.group.id.rawValue == id }) { id += "_x" }
                let category = w("category.\(b.category.rawValue)")
                var c = Group(
                    id: Group.ID(id),
                    name: parts > 1 ? w("nextCycle.classNameNumbered", category, townName, p + 1) : w("nextCycle.className", category, townName),
                    category: b.category, size: members.count, site: first.site)
                c.required = sources.flatMap { s.group($0)!.required }.reduce(into: [Course.ID]()) { if !$0.contains($1) { $0.append($1) } }
                // A course another source class required is no elective here.
                c.menu = first.menu.map { m in Menu(from: m.from.filter { !c.required.contains($0) }, periods: m.periods) }
                if c.menu?.from.isEmpty == true { c.menu = nil }
                let scores = members.map { byCadre[$0.id] ?? [:] }
                // The class's needs: the mean of its cadres' needs after, rounded, per topic.
                let each = zip(members, scores).map { needsAfter(s.needs(of: $0), $1) }
                var topics = first.needs.map(\.topic)
                for n in each.joined() where !topics.contains(n.topic) { topics.append(n.topic) }
                c.needs = topics.compactMap { t in
                    let mean = Double(each.reduce(0) { $0 + ($1.first { $0.topic == t }?.score ?? 0) }) / Double(members.count)
                    let n = Int(mean.rounded(.toNearestOrAwayFromZero))
                    return n > 0 ? TopicScore(topic: t, score: n) : nil
                }
                cycle.droppedMentoring = cycle.droppedMentoring || sources.contains { s.group($0)?.mentoring != nil }
                var origin = Origin(group: c.id, sources: sources, cadres: members.count, town: b.town, whole: false)
                origin.partIndex = parts > 1 ? p + 1 : nil
                origin.partCount = parts
                classes.append((c, origin, members, scores))
                for (m, needs) in zip(members, each) {
                    var moved = m
                    moved.group = c.id
                    moved.needs = needs
                    // A cadre without a town travelled from its old class's site: keep that when the new class sits elsewhere.
                    if m.town == nil, let town = s.town(of: m), town != c.site { moved.town = town }
                    next.cadres.append(moved)
                }
            }
        }
        // Courses every cadre passed on all topics leave the class; placements must still fit.
        for i in classes.indices {
            var (c, origin, _, scores) = classes[i]
            let before = c.required
            c.required = before.filter { id in
                guard let course = s.course(id) else { return true }
                let topics = course.topics.filter { $0.score > 0 }.map(\.topic)
                guard !topics.isEmpty else { return true }
                return !scores.allSatisfy { sc in topics.allSatisfy { sc[$0]?.passes(pass) ?? false } }
            }
            origin.droppedCourses = before.filter { !c.required.contains($0) }
            for id in c.required {
                guard let rule = s.course(id)?.placement else { continue }
                let capacity = rule.hosts.compactMap { s.venue($0)?.hostCapacity }.reduce(0, +)
                if c.size > capacity { origin.droppedPlacements.append((id, capacity)) }
            }
            c.required.removeAll { id in origin.droppedPlacements.contains { $0.course == id } }
            let gone = Set(before).subtracting(c.required)
            for id in c.required {
                for a in s.course(id)?.after ?? [] where gone.contains(a) { origin.orderLost.append((id, a)) }
            }
            classes[i] = (c, origin, [], [])
            next.groups.append(c)
            cycle.origins.append(origin)
        }
        cycle.scenario = next
        return cycle
    }

    /// The comments the file carries: a header, and above each class where it came from.
    public func comments(_ w: Wording, original: TrainingScenario, resultsName: String) -> ScenarioComments {
        let sep = w.language == .zh ? "、" : ", "
        var header = [
            w("nextCycle.header1", original.name, pass, resultsName),
            w("nextCycle.header2", scenario.calendar.start.iso, scenario.calendar.end.iso, scenario.calendar.teachingDays.count)
        ]
        if !droppedHolidays.isEmpty { header.append(w("nextCycle.holidaysDropped", droppedHolidays.map(\.iso).joined(separator: sep))) }
        if droppedUnavailable > 0 { header.append(w("nextCycle.unavailableDropped", droppedUnavailable)) }
        if droppedPins > 0 { header.append(w("nextCycle.pinsDropped", droppedPins)) }
        if droppedCohorts > 0 { header.append(w("nextCycle.cohortsDropped", droppedCohorts)) }
        if droppedMentoring { header.append(w("nextCycle.mentoring")) }
        header.append(w("nextCycle.needs"))
        var groups: [Group.ID: [String]] = [:]
        for o in origins {
            var lines: [String] = []
            if o.whole {
                lines.append(w("nextCycle.fromWhole", o.sources.map(\.rawValue).joined(separator: sep), o.cadres))
            } else {
                lines.append(w("nextCycle.from", o.sources.map(\.rawValue).joined(separator: sep), o.cadres, o.town?.rawValue ?? "—"))
            }
            if let part = o.part { lines.append(w("nextCycle.split", part.index, part.of, classLimit)) }
            if !o.droppedCourses.isEmpty {
                lines.append(w("nextCycle.coursesDropped", o.droppedCourses.map(\.rawValue).joined(separator: sep)))
            }
            for p in o.droppedPlacements {
                lines.append(w("nextCycle.placementDropped", p.course, p.capacity, scenario.group(o.group)?.size ?? o.cadres))
            }
            for l in o.orderLost { lines.append(w("nextCycle.orderLost", l.course, l.after)) }
            groups[o.group] = lines
        }
        return ScenarioComments(header: header, groups: groups)
    }
}

/// Comments `ScenarioWriter` puts into a file: lines at the top, and lines above a group's entry.
public struct ScenarioComments: Sendable, Equatable {
    public var header: [String]
    public var groups: [Group.ID: [String]]
    public init(header: [String] = [], groups: [Group.ID: [String]] = [:]) { self.header = header; self.groups = groups }
}
