/// An instance of ITC-2007 track 3, curriculum-based course timetabling (Di Gaspero, McCollum,
/// Schaerf 2007). Days and periods are 0-based, as in the `.ctt` files.
public struct ITCInstance: Sendable, Equatable {
    public var name: String
    public var days: Int
    public var periodsPerDay: Int
    public var courses: [ITCCourse]
    public var rooms: [ITCRoom]
    public var curricula: [ITCCurriculum]
    public var unavailable: [ITCUnavailability]
    /// Periods in the week: `day * periodsPerDay + period` indexes them.
    public var slots: Int { days * periodsPerDay }

    public init(
        name: String, days: Int, periodsPerDay: Int, courses: [ITCCourse], rooms: [ITCRoom],
        curricula: [ITCCurriculum], unavailable: [ITCUnavailability]
    ) {
        self.name = name; self.days = days; self.periodsPerDay = periodsPerDay
        self.courses = courses; self.rooms = rooms; self.curricula = curricula; self.unavailable = unavailable
    }
}

/// A course: `lectures` sessions taught by one teacher to `students` students, to be spread
/// over at least `minWorkingDays` distinct days.
public struct ITCCourse: Sendable, Equatable {
    public var id: String
    public var teacher: String
    public var lectures: Int
    public var minWorkingDays: Int
    public var students: Int
    public init(id: String, teacher: String, lectures: Int, minWorkingDays: Int, students: Int) {
        self.id = id; self.teacher = teacher; self.lectures = lectures
        self.minWorkingDays = minWorkingDays; self.students = students
    }
}

public struct ITCRoom: Sendable, Equatable {
    public var id: String
    public var capacity: Int
    public init(id: String, capacity: Int) { self.id = id; self.capacity = capacity }
}

/// A curriculum: courses taken by the same students, so their lectures must not overlap.
public struct ITCCurriculum: Sendable, Equatable {
    public var id: String
    public var courses: [String]
    public init(id: String, courses: [String]) { self.id = id; self.courses = courses }
}

/// A period in which a course may not be taught.
public struct ITCUnavailability: Sendable, Equatable {
    public var course: String
    public var day: Int
    public var period: Int
    public init(course: String, day: Int, period: Int) { self.course = course; self.day = day; self.period = period }
}

/// One lecture of a course placed in a room at a day and period.
public struct ITCAssignment: Sendable, Equatable {
    public var course: String
    public var room: String
    public var day: Int
    public var period: Int
    public init(course: String, room: String, day: Int, period: Int) {
        self.course = course; self.room = room; self.day = day; self.period = period
    }
}

public struct ITCSolution: Sendable, Equatable {
    public var assignments: [ITCAssignment]
    public init(assignments: [ITCAssignment]) { self.assignments = assignments }
}
