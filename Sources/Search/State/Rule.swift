import Planner

/// The hard rules the timetable state counts, each named by the constraint family that
/// states it (Planner/Families). Rules the placements already respect by construction
/// (calendar, availability, qualification, venue fit, pins, joint class) are not counted.
public enum Rule: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Periods of requirements taken but not placed (SessionCoverage).
    case unplaced
    /// Group-periods with more than one session (GroupClash).
    case groupClash
    /// Cohort-periods with more than one session of its groups (CohortClash).
    case cohortClash
    /// Teacher-periods with more than one meeting (TeacherClash).
    case teacherClash
    /// Pool-periods with more meetings than the pool has venues (VenueClash).
    case venueClash
    /// Joint meetings seating more people than their venue holds (VenueCapacity).
    case venueCapacity
    /// Periods taught above a teacher's daily or total limit (TeacherLoad).
    case teacherLoad
    /// Sessions starting before their group's first course has ended, or held without it (FirstCourse).
    case firstCourse
    /// Five-haves segments out of order, and units held in part (FiveHavesOrder).
    case fiveHavesOrder
    /// Five-haves units spread over more than `within_days` (FiveHavesWindow).
    case fiveHavesWindow
    /// Pairs of sessions of one group or teacher too close for the trip between them (Travel).
    case travel
    /// Pairs of a group's sessions where one starts before a course it is after has ended (CourseOrder).
    case courseOrder
    /// Cadres out on shadowing placements above what their course's hosts take, summed over
    /// course-days (HostCapacity; necessary only: who goes where is GLPK's, after the search).
    case hostCapacity

    /// The constraint family's name, as reports show it.
    public var description: String {
        switch self {
        case .unplaced: SessionCoverage().name.rawValue
        case .groupClash: GroupClash().name.rawValue
        case .cohortClash: CohortClash().name.rawValue
        case .teacherClash: TeacherClash().name.rawValue
        case .venueClash: VenueClash().name.rawValue
        case .venueCapacity: VenueCapacity().name.rawValue
        case .teacherLoad: TeacherLoad().name.rawValue
        case .firstCourse: FirstCourse().name.rawValue
        case .fiveHavesOrder: FiveHavesOrder().name.rawValue
        case .fiveHavesWindow: FiveHavesWindow().name.rawValue
        case .travel: Travel().name.rawValue
        case .courseOrder: CourseOrder().name.rawValue
        case .hostCapacity: HostCapacity().name.rawValue
        }
    }
}
