/// Where one session of a group is: what a planner sends in a notice when it changes.
public struct SessionPlace: Sendable, Equatable {
    public var day: Day
    public var firstPeriod: Int
    public var venue: Venue.ID
    public var teacher: Teacher.ID?
    public init(day: Day, firstPeriod: Int, venue: Venue.ID, teacher: Teacher.ID?) {
        self.day = day; self.firstPeriod = firstPeriod; self.venue = venue; self.teacher = teacher
    }
}

/// A group's session that is not where it was: moved, added or dropped between two timetables.
public struct SessionMove: Sendable, Equatable {
    public var group: Group.ID
    public var course: Course.ID
    public var occurrence: Int
    public var segment: SegmentKind?
    public var before: SessionPlace?
    public var after: SessionPlace?
    /// What changed, among "date", "period", "venue", "teacher"; "added" or "dropped".
    public var changed: [String]
}

extension Timetable {
    /// Each group's sessions matched by (course, occurrence, segment) against `base`; a session
    /// counts as moved when its date, first period, venue or teacher differs.
    public func moves(from base: Timetable) -> [SessionMove] {
        func places(_ t: Timetable) -> [String: (Group.ID, Course.ID, Int, SegmentKind?, SessionPlace)] {
            var out: [String: (Group.ID, Course.ID, Int, SegmentKind?, SessionPlace)] = [:]
            for s in t.sessions {
                for g in s.groups {
                    let key = "\(g)|\(s.course)|\(s.occurrence)|\(s.segment?.rawValue ?? "")"
                    out[key] = (g, s.course, s.occurrence, s.segment, SessionPlace(day: s.day, firstPeriod: s.firstPeriod, venue: s.venue, teacher: s.teacher))
                }
            }
            return out
        }
        let old = places(base), new = places(self)
        var out: [SessionMove] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let o = old[key], n = new[key]
            let who = (o ?? n)!
            var changed: [String] = []
            if let o, let n {
                if o.4.day != n.4.day { changed.append("date") }
                if o.4.firstPeriod != n.4.firstPeriod { changed.append("period") }
                if o.4.venue != n.4.venue { changed.append("venue") }
                if o.4.teacher != n.4.teacher { changed.append("teacher") }
            } else {
                changed = [o == nil ? "added" : "dropped"]
            }
            if !changed.isEmpty {
                out.append(SessionMove(group: who.0, course: who.1, occurrence: who.2, segment: who.3, before: o?.4, after: n?.4, changed: changed))
            }
        }
        return out
    }
}
