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
        func places(_ t: Timetable) -> [SessionKey: SessionPlace] {
            var out: [SessionKey: SessionPlace] = [:]
            for s in t.sessions {
                for g in s.groups {
                    out[SessionKey(g, s.course, s.occurrence, s.segment)] = SessionPlace(
                        day: s.day, firstPeriod: s.firstPeriod, venue: s.venue, teacher: s.teacher)
                }
            }
            return out
        }
        let old = places(base), new = places(self)
        var out: [SessionMove] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let o = old[key], n = new[key]
            var changed: [String] = []
            if let o, let n {
                if o.day != n.day { changed.append("date") }
                if o.firstPeriod != n.firstPeriod { changed.append("period") }
                if o.venue != n.venue { changed.append("venue") }
                if o.teacher != n.teacher { changed.append("teacher") }
            } else {
                changed = [o == nil ? "added" : "dropped"]
            }
            if !changed.isEmpty {
                out.append(
                    SessionMove(group: key.group, course: key.course, occurrence: key.occurrence, segment: key.segment, before: o, after: n, changed: changed))
            }
        }
        return out
    }
}
