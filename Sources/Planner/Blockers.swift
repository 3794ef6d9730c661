import Domain

/// A setting of the scenario that keeps a requirement from being held, with its value as the
/// planner wrote it: what `explain` names, and what it tries relaxing one at a time.
public enum BlockingSetting: Sendable, Hashable {
    /// An allowed venue closed on some teaching days (`open`: the days it can hold the session).
    case venueClosed(Venue.ID, closed: [Day], open: [Day])
    /// An allowed venue too small for the group.
    case venueTooSmall(Venue.ID, capacity: Int, size: Int)
    /// The course's (or segment's) venue rule: the kinds and venues it allows.
    case venueRule(Course.ID, SegmentKind?, kinds: [VenueKind], venues: [Venue.ID])
    /// A teacher of the course whose daily limit is below the session's length.
    case teacherDailyLimit(Teacher.ID, limit: Int, length: Int)
    /// A teacher of the course with fewer periods in all than the session's length.
    case teacherTotalLimit(Teacher.ID, limit: Int, length: Int)
    /// A teacher of the course unavailable on some teaching days.
    case teacherClosed(Teacher.ID, closed: [Day])
    /// The teachers of the course (some or none), when who teaches it is what blocks.
    case teachers(Course.ID, [Teacher.ID])
    /// The calendar: teaching days and periods a day, when the group's time runs out.
    case calendar(Group.ID, days: Int, periodsPerDay: Int, needed: Int, available: Int)
    /// An order rule the group is bound by: `course` comes after `predecessor` (`after:`).
    case order(Group.ID, Course.ID, after: Course.ID)
}

extension BlockingSetting {
    /// Order of mention: closed days and limits first, the rules and the calendar after them.
    public var rank: Int {
        switch self {
        case .venueClosed: 0
        case .teacherDailyLimit: 1
        case .teacherTotalLimit: 2
        case .teacherClosed: 3
        case .venueTooSmall: 4
        case .teachers: 5
        case .venueRule: 6
        case .calendar: 7
        case .order: 8
        }
    }
}

extension Plan {
    /// The settings blocking requirement `r`, most specific first: its teachers' limits and closed
    /// days, its venues' closed days and sizes, its venue rule, the calendar. `rule` is the
    /// family the diagnosis named (it decides whether the teachers or the venues are in question).
    public func blockers(of r: SessionRequirement, rule: RuleName?) -> [BlockingSetting] {
        let ctx = context
        let s = ctx.scenario
        var out: [BlockingSetting] = []
        guard let course = ctx.courses[r.course], let group = ctx.groups[r.group] else { return out }
        let teachers = s.teachers.filter { $0.teaches.contains(r.course) }
        if course.form != .online || !teachers.isEmpty {
            for t in teachers {
                if let limit = t.maxPeriodsPerDay, limit < r.length { out.append(.teacherDailyLimit(t.id, limit: limit, length: r.length)) }
                if let limit = t.maxPeriods, limit < r.length { out.append(.teacherTotalLimit(t.id, limit: limit, length: r.length)) }
                let closed = ctx.days.indices.filter { !hasFreeBlock(t.unavailable, day: $0, length: r.length) }.map { ctx.days[$0] }
                if !closed.isEmpty { out.append(.teacherClosed(t.id, closed: closed)) }
            }
            // Availability too: a class and its teachers never free together is fixed by the teachers as often as by the class.
            let teacherRules: Set<RuleName> = [.teacherQualification, .teacherClash, .teacherLoad, .travel, .availability]
            if teachers.isEmpty || rule.map(teacherRules.contains) == true || out.contains(where: { if case .teacherDailyLimit = $0 { true } else { false } }) {
                out.append(.teachers(r.course, teachers.map(\.id)))
            }
        }
        let allowed = s.venues.filter(r.venueRule.allows)
        var venueBlocked = allowed.isEmpty
        // Small rooms matter only when no allowed one holds the group.
        let someFit = allowed.contains { $0.isOnline || ($0.capacity ?? .max) >= group.size }
        for v in allowed where !v.isOnline {
            let open = ctx.days.indices.filter { hasFreeBlock(v.unavailable, day: $0, length: r.length) }.map { ctx.days[$0] }
            if open.count < ctx.days.count {
                out.append(.venueClosed(v.id, closed: ctx.days.filter { !open.contains($0) }, open: open))
                venueBlocked = true
            }
            if let cap = v.capacity, cap < group.size, !someFit, !ctx.capacityIsSoft || r.joint {
                out.append(.venueTooSmall(v.id, capacity: cap, size: group.size))
                venueBlocked = true
            }
        }
        let venueRules: Set<RuleName> = [.venueClash, .venueFit, .venueCapacity]
        if venueBlocked || rule.map(venueRules.contains) == true {
            out.append(.venueRule(r.course, r.segment, kinds: r.venueRule.kinds, venues: r.venueRule.venues))
        }
        // The group's own time: what it must sit against what the calendar gives it.
        let needed = ctx.requirements.filter { $0.group == r.group && !$0.elective }.reduce(0) { $0 + $1.length } + (group.menu?.periods ?? 0)
        let available = ctx.days.indices.reduce(0) { sum, d in
            sum + (0..<ctx.periodsPerDay).filter { ctx.isFree(group.unavailable, day: d, periods: $0..<($0 + 1)) }.count
        }
        if rule == .groupClash || r.length > ctx.periodsPerDay || needed * 10 > available * 9 {
            out.append(.calendar(r.group, days: ctx.days.count, periodsPerDay: ctx.periodsPerDay, needed: needed, available: available))
        }
        if rule == CourseOrder().name {
            // The orders binding this session's group: what it follows, and what follows it.
            let taken = Set(group.required + (group.menu?.from ?? []))
            for p in course.after where taken.contains(p) { out.append(.order(group.id, course.id, after: p)) }
            for c in s.courses where c.after.contains(course.id) && taken.contains(c.id) { out.append(.order(group.id, c.id, after: course.id)) }
        }
        return out
    }

    /// Whether a day has `length` consecutive periods free of `unavailable`.
    func hasFreeBlock(_ unavailable: [Unavailability], day: Int, length: Int) -> Bool {
        let n = context.periodsPerDay
        guard length <= n else { return false }
        return (0...(n - length)).contains { context.isFree(unavailable, day: day, periods: $0..<($0 + length)) }
    }
}
