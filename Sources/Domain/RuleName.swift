/// A hard rule by name: each constraint family's identity, as `unmet.csv`, reports and
/// `paike explain` show it. Typed so that code compares rules, never the words of a message.
public enum RuleName: String, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    case availability = "Availability"
    case calendarFit = "CalendarFit"
    case cohortClash = "CohortClash"
    case courseOrder = "CourseOrder"
    case electiveMenu = "ElectiveMenu"
    case firstCourse = "FirstCourse"
    case fiveHavesOrder = "FiveHavesOrder"
    case fiveHavesWindow = "FiveHavesWindow"
    case groupClash = "GroupClash"
    case hostCapacity = "HostCapacity"
    case jointClass = "JointClass"
    case pins = "Pins"
    case placementBlock = "PlacementBlock"
    case sessionCoverage = "SessionCoverage"
    case teacherClash = "TeacherClash"
    case teacherLoad = "TeacherLoad"
    case teacherQualification = "TeacherQualification"
    case travel = "Travel"
    case venueCapacity = "VenueCapacity"
    case venueClash = "VenueClash"
    case venueFit = "VenueFit"

    public var description: String { rawValue }
    /// By name, so lists of rules read alphabetically as before.
    public static func < (a: RuleName, b: RuleName) -> Bool { a.rawValue < b.rawValue }
}
