import Domain
import Planner
import Texts

/// One setting changed to let a blocked requirement be held: a closed day opened, a limit
/// raised, a teacher qualified, a venue kind allowed, the calendar lengthened.
public enum Relaxation: Sendable, Hashable {
    case openVenue(Venue.ID, Day)
    case openTeacher(Teacher.ID, Day)
    case raiseDailyLimit(Teacher.ID, from: Int, to: Int)
    case raiseTotalLimit(Teacher.ID, from: Int, to: Int)
    case addTeacher(Teacher.ID, Course.ID)
    case allowKind(Course.ID, SegmentKind?, VenueKind)
    case extendCalendar(days: Int, end: Day)
    /// An order rule dropped: `predecessor` taken out of the `after` of `course`.
    case dropOrder(Course.ID, after: Course.ID)

    /// How much the value changes: a day opened, a teacher or kind added, periods a limit rises by.
    public var change: Int {
        switch self {
        case .openVenue, .openTeacher, .addTeacher, .allowKind, .dropOrder: 1
        case let .raiseDailyLimit(_, from, to), let .raiseTotalLimit(_, from, to): to - from
        case let .extendCalendar(days, _): days
        }
    }

    /// Among changes of equal size: a setting's value before a new qualification or venue kind.
    var rank: Int {
        switch self {
        case .openVenue: 0
        case .openTeacher: 1
        case .raiseDailyLimit: 2
        case .raiseTotalLimit: 3
        case .allowKind: 4
        case .addTeacher: 5
        case .extendCalendar: 6
        case .dropOrder: 7
        }
    }

    public func apply(to s: TrainingScenario) -> TrainingScenario {
        var s = s
        switch self {
        case let .openVenue(v, day):
            if let i = s.venues.firstIndex(where: { $0.id == v }) { s.venues[i].unavailable = Self.opening(day, in: s.venues[i].unavailable) }
        case let .openTeacher(t, day):
            if let i = s.teachers.firstIndex(where: { $0.id == t }) { s.teachers[i].unavailable = Self.opening(day, in: s.teachers[i].unavailable) }
        case let .raiseDailyLimit(t, _, to):
            if let i = s.teachers.firstIndex(where: { $0.id == t }) { s.teachers[i].maxPeriodsPerDay = to }
        case let .raiseTotalLimit(t, _, to):
            if let i = s.teachers.firstIndex(where: { $0.id == t }) { s.teachers[i].maxPeriods = to }
        case let .addTeacher(t, c):
            if let i = s.teachers.firstIndex(where: { $0.id == t }) { s.teachers[i].teaches.append(c) }
        case let .allowKind(c, segment, kind):
            guard let i = s.courses.firstIndex(where: { $0.id == c }) else { break }
            if let segment, let k = s.courses[i].fiveHaves?.segments.firstIndex(where: { $0.kind == segment }) {
                s.courses[i].fiveHaves!.segments[k].venueRule.kinds.append(kind)
            } else {
                s.courses[i].venueRule.kinds.append(kind)
            }
        case let .extendCalendar(_, end):
            s.calendar.end = end
        case let .dropOrder(c, p):
            if let i = s.courses.firstIndex(where: { $0.id == c }) { s.courses[i].after.removeAll { $0 == p } }
        }
        return s
    }

    /// A list of unavailability without `day`: a date entry dropped, a range split around it.
    static func opening(_ day: Day, in list: [Unavailability]) -> [Unavailability] {
        list.flatMap { u -> [Unavailability] in
            switch u {
            case let .date(d, _): return d == day ? [] : [u]
            case let .range(from, to):
                guard from <= day && day <= to else { return [u] }
                var parts: [Unavailability] = []
                if from < day { parts.append(.range(from: from, to: day.adding(days: -1))) }
                if day < to { parts.append(.range(from: day.adding(days: 1), to: to)) }
                return parts
            }
        }
    }

    /// The change in words, naming the field to edit.
    public func words(_ w: Wording, in s: TrainingScenario) -> String {
        func day(_ d: Day) -> String { "\(w("weekday.\(d.weekday.rawValue)")) \(d)" }
        switch self {
        case let .openVenue(v, d): return w("explain.fix.openVenue", v, s.venues.first { $0.id == v }?.name ?? "", day(d))
        case let .openTeacher(t, d): return w("explain.fix.openTeacher", t, s.teachers.first { $0.id == t }?.name ?? "", day(d))
        case let .raiseDailyLimit(t, from, to): return w("explain.fix.raiseDailyLimit", t, from, to)
        case let .raiseTotalLimit(t, from, to): return w("explain.fix.raiseTotalLimit", t, from, to)
        case let .addTeacher(t, c): return w("explain.fix.addTeacher", c, t, s.teachers.first { $0.id == t }?.name ?? "")
        case let .allowKind(c, segment, kind):
            let what = segment.map { w("explain.segmentOf", w("segment.\($0.rawValue)"), c) } ?? Workflow.quoted(c, w)
            return w("explain.fix.allowKind", kind.rawValue, w("venue.\(kind.rawValue)"), what)
        case let .extendCalendar(days, end): return w("explain.fix.extendCalendar", days, end)
        case let .dropOrder(c, p): return w("explain.fix.dropOrder", c, p)
        }
    }
}

extension Relaxation {
    /// The changes that would each lift one blocking setting of a requirement, for the search
    /// to try. `size`: the group's size (a venue kind helps only with a venue that holds it).
    static func candidates(
        for blocker: BlockingSetting, requirement r: SessionRequirement, size: Int,
        in s: TrainingScenario, load: [Teacher.ID: Int]
    ) -> [Relaxation] {
        switch blocker {
        case let .venueClosed(v, closed, _):
            return closed.map { .openVenue(v, $0) }
        case let .teacherDailyLimit(t, limit, length):
            return [.raiseDailyLimit(t, from: limit, to: length)]
        case let .teacherTotalLimit(t, limit, length):
            return [.raiseTotalLimit(t, from: limit, to: max(length, limit + length))]
        case let .teacherClosed(t, closed):
            return closed.map { .openTeacher(t, $0) }
        case let .teachers(c, current):
            // Those teaching least first: they have the most room for one more course.
            let others = s.teachers.filter { !current.contains($0.id) && ($0.maxPeriodsPerDay ?? .max) >= r.length }
                .sorted { (load[$0.id] ?? 0, $0.id) < (load[$1.id] ?? 0, $1.id) }
            return others.prefix(3).map { .addTeacher($0.id, c) }
        case let .venueRule(c, segment, kinds, _):
            let online = s.courses.first { $0.id == c }?.form == .online
            let other = VenueKind.allCases.filter { k in
                !kinds.contains(k) && (k != .online || online)
                    && s.venues.contains { $0.kind == k && ($0.isOnline || ($0.capacity ?? .max) >= size) }
            }
            return other.map { .allowKind(c, segment, $0) }
        case .venueTooSmall:
            return []
        case let .order(_, c, p):
            return [.dropOrder(c, after: p)]
        case .calendar:
            let cal = s.calendar
            var end = cal.end
            var added = 0
            var out: [Relaxation] = []
            // The next teaching days after the end, one and two of them.
            while added < 2 && end.ordinal < cal.end.ordinal + 30 {
                end = end.adding(days: 1)
                if cal.weekdays.contains(end.weekday) && !cal.holidays.contains(end) {
                    added += 1
                    out.append(.extendCalendar(days: added, end: end))
                }
            }
            return out
        }
    }
}
