/// One class's take of one course: the key of what is counted per class and course (venues a
/// course already uses, days it meets, electives chosen).
public struct GroupCourse: Hashable, Sendable {
    public var group: Group.ID
    public var course: Course.ID
    public init(_ group: Group.ID, _ course: Course.ID) { self.group = group; self.course = course }
}

/// One session a class takes: its course, which occurrence, and for a five-haves unit which
/// segment. Ordered by class, course, occurrence (as a number) and segment.
public struct SessionKey: Hashable, Comparable, Sendable {
    public var group: Group.ID
    public var course: Course.ID
    public var occurrence: Int
    public var segment: SegmentKind?
    public init(_ group: Group.ID, _ course: Course.ID, _ occurrence: Int, _ segment: SegmentKind?) {
        self.group = group; self.course = course; self.occurrence = occurrence; self.segment = segment
    }
    public static func < (a: Self, b: Self) -> Bool {
        (a.group, a.course, a.occurrence, a.segment?.rawValue ?? "") < (b.group, b.course, b.occurrence, b.segment?.rawValue ?? "")
    }
}
