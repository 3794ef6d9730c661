import Domain
import Texts

/// One entity's 课程表 as planners print it: a row per period of the day, a column per date on
/// which the entity has sessions (a class attending 5 of 10 days shows 5 columns). Shared by the
/// CSV grids, the workbook and the HTML page so all three lay a class out the same way.
struct TimetableSheet {
    var view: GridView
    /// The group's, teacher's or venue's id and name.
    var entityID: String
    var name: String
    /// The entity's own teaching days, in calendar order.
    var days: [Day]
    var periods: [Period]
    /// `cells[period][day]`: the sessions held there (normally zero or one; more is a clash shown as is).
    var cells: [[[ScheduledSession]]]

    var isEmpty: Bool { days.isEmpty }

    /// Every entity of the view's kind, by id, including those with nothing scheduled.
    static func sheets(_ view: GridView, _ look: Lookup) -> [TimetableSheet] {
        let entities: [(id: String, name: String, own: [ScheduledSession])]
        switch view {
        case .group: entities = look.sortedGroups.map { g in (g.id.rawValue, g.name, look.sessions(of: g.id)) }
        case .teacher: entities = look.sortedTeachers.map { t in (t.id.rawValue, t.name, look.sessions(of: t.id)) }
        case .venue: entities = look.sortedVenues.map { v in (v.id.rawValue, v.name, look.sessions(of: v.id)) }
        }
        return entities.map { entity in
            var own = entity.own
            // A class's placement days fill its sheet: one cell per day across every period.
            if view == .group { own += look.placementDays(of: Group.ID(entity.id)) }
            let days = Array(Set(own.map(\.day))).sorted()
            let column = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
            var cells = Array(repeating: Array(repeating: [ScheduledSession](), count: days.count), count: look.periods.count)
            for s in own {
                guard let d = column[s.day] else { continue }
                for p in s.periodRange where look.periods.indices.contains(p) { cells[p][d].append(s) }
            }
            return TimetableSheet(
                view: view, entityID: entity.id, name: entity.name, days: days,
                periods: look.periods, cells: cells)
        }
    }

    /// `温宿县乡镇党政班子成员班 (leaders_w1a)`: names are for people, the id tells namesakes apart.
    var title: String { "\(name) (\(entityID))" }

    /// Column heading of a date: `3月10日 星期一` or `Mon 2025-03-10`.
    static func dayHeading(_ day: Day, _ wording: Wording) -> String {
        let weekday = wording("weekday.\(day.weekday.rawValue)")
        switch wording.language {
        case .zh: return "\(day.month)月\(day.day)日 \(weekday)"
        case .en: return "\(weekday) \(day.iso)"
        }
    }

    /// Row heading of a period: the scenario's name for it (else its id) and times, `上午第一节 08:30–10:00`.
    static func periodHeading(_ period: Period) -> String { "\(periodName(period)) \(period.start)–\(period.end)" }
    /// What planners call the period: its `name` in the scenario, else its id.
    static func periodName(_ period: Period) -> String { period.name ?? period.id.rawValue }

    /// What a cell says, by view: the class sees course, venue, teacher; the teacher sees course,
    /// classes, venue; the venue sees course, classes, teacher. Empty parts are left out.
    static func cellLines(_ view: GridView, _ s: ScheduledSession, _ look: Lookup, _ wording: Wording) -> [String] {
        if let block = look.placement(of: s) { return look.placementLines(block, wording) }
        let course = look.courseLabel(s, wording)
        let parts: [String]
        switch view {
        case .group: parts = [course, look.venueName(s.venue), look.teacherName(s.teacher)]
        case .teacher: parts = [course, look.groupNames(s), look.venueName(s.venue)]
        case .venue: parts = [course, look.groupNames(s), look.teacherName(s.teacher)]
        }
        return parts.filter { !$0.isEmpty }
    }
}

extension Lookup {
    /// Course title with its five-haves part in the reader's language: `田间课堂（理论导入）`,
    /// `Field classroom (theory introduction)`.
    func courseLabel(_ s: ScheduledSession, _ wording: Wording) -> String {
        guard let segment = s.segment else { return courseTitle(s.course) }
        let part = wording("segment.\(segment.rawValue)")
        return wording.language == .zh ? "\(courseTitle(s.course))（\(part)）" : "\(courseTitle(s.course)) (\(part))"
    }
}

extension Lookup {
    /// The same label for a session that is not in the timetable (one that moved away or is unmet).
    func courseLabel(_ course: Course.ID, segment: SegmentKind?, _ wording: Wording) -> String {
        guard let segment else { return courseTitle(course) }
        let part = wording("segment.\(segment.rawValue)")
        return wording.language == .zh ? "\(courseTitle(course))（\(part)）" : "\(courseTitle(course)) (\(part))"
    }

    /// Where a venue is, for a reader: `县委党校礼堂（温宿县城）`, `Hall (County seat)`; an online
    /// venue or one without a site is its name alone.
    func place(_ id: Venue.ID, _ wording: Wording) -> String {
        let name = venueName(id)
        guard let site = venues[id]?.site, let siteName = scenario.site(site)?.name, siteName != name else { return name }
        return wording.language == .zh ? "\(name)（\(siteName)）" : "\(name) (\(siteName))"
    }

    /// A date as a reader writes it: `2025年3月10日`, `2025-03-10`; `short` leaves out the year in Chinese.
    func dateText(_ day: Day, _ wording: Wording, short: Bool = false) -> String {
        switch wording.language {
        case .zh: return short ? "\(day.month)月\(day.day)日" : "\(day.year)年\(day.month)月\(day.day)日"
        case .en: return day.iso
        }
    }
}

extension Lookup {
    /// A placement's days as sessions of its class (no teacher, no venue), for the class's sheet only.
    func placementDays(of group: Group.ID) -> [ScheduledSession] {
        placements.filter { $0.group == group }.flatMap { b in
            b.days.map {
                ScheduledSession(
                    id: TimetableCSV.placementSessionID(b), course: b.course, groups: [group], teacher: nil,
                    venue: Venue.ID(""), day: $0, firstPeriod: 0, periodCount: periods.count)
            }
        }
    }

    /// The block a sheet's session stands for, if it is a placement day.
    func placement(of s: ScheduledSession) -> PlacementBlock? {
        guard courses[s.course]?.form == .placement, let g = s.groups.first else { return nil }
        return placements.first { $0.group == g && $0.course == s.course }
    }

    /// `跟班学习：乡镇机关跟班学习`, then the hosts: `温宿镇人民政府 12人、托乎拉乡人民政府 8人`.
    func placementLines(_ b: PlacementBlock, _ wording: Wording) -> [String] {
        let hosts = b.hosts.map { wording("grid.placementHost", venueName($0.host), $0.count) }
        return [wording("grid.placement", courseTitle(b.course))] + (hosts.isEmpty ? [] : [hosts.joined(separator: wording.language == .zh ? "、" : ", ")])
    }
}
