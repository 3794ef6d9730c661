import Domain
import Foundation

/// Names and orderings shared by every view, so all files label things the same way.
/// Ids missing from the scenario fall back to the id itself rather than disappearing.
struct Lookup {
    let scenario: TrainingScenario
    let groups: [Group.ID: Group]
    let teachers: [Teacher.ID: Teacher]
    let venues: [Venue.ID: Venue]
    let courses: [Course.ID: Course]
    let days: [Day]
    /// Sessions in the stable order of `Timetable.ordered`, their groups sorted by id.
    let sessions: [ScheduledSession]
    /// Each class's, teacher's and venue's sessions in that order: looked up, not filtered, so
    /// writing a province's 1,000 classes stays linear in its sessions.
    let sessionsOfGroup: [Group.ID: [ScheduledSession]]
    let sessionsOfTeacher: [Teacher.ID: [ScheduledSession]]
    let sessionsOfVenue: [Venue.ID: [ScheduledSession]]
    /// Classes out on shadowing placements (跟班学习).
    let placements: [PlacementBlock]

    init(_ scenario: TrainingScenario, _ timetable: Timetable) {
        self.scenario = scenario
        groups = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        teachers = Dictionary(scenario.teachers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        venues = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        courses = Dictionary(scenario.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        days = scenario.calendar.teachingDays
        placements = timetable.placements
        sessions = timetable.ordered.map { s in
            var s = s
            s.groups = Array(Set(s.groups)).sorted()
            return s
        }
        var byGroup: [Group.ID: [ScheduledSession]] = [:], byTeacher: [Teacher.ID: [ScheduledSession]] = [:]
        var byVenue: [Venue.ID: [ScheduledSession]] = [:]
        for s in sessions {
            for g in s.groups { byGroup[g, default: []].append(s) }
            if let t = s.teacher { byTeacher[t, default: []].append(s) }
            byVenue[s.venue, default: []].append(s)
        }
        sessionsOfGroup = byGroup; sessionsOfTeacher = byTeacher; sessionsOfVenue = byVenue
    }

    func sessions(of group: Group.ID) -> [ScheduledSession] { sessionsOfGroup[group] ?? [] }
    func sessions(of teacher: Teacher.ID) -> [ScheduledSession] { sessionsOfTeacher[teacher] ?? [] }
    func sessions(of venue: Venue.ID) -> [ScheduledSession] { sessionsOfVenue[venue] ?? [] }

    var periods: [Period] { scenario.calendar.periods }
    var sortedGroups: [Group] { scenario.groups.sorted { $0.id < $1.id } }
    var sortedTeachers: [Teacher] { scenario.teachers.sorted { $0.id < $1.id } }
    var sortedVenues: [Venue] { scenario.venues.sorted { $0.id < $1.id } }

    func groupName(_ id: Group.ID) -> String { groups[id]?.name ?? id.rawValue }
    func teacherName(_ id: Teacher.ID?) -> String { id.map { teachers[$0]?.name ?? $0.rawValue } ?? "" }
    func venueName(_ id: Venue.ID) -> String { venues[id]?.name ?? id.rawValue }
    func courseTitle(_ id: Course.ID) -> String { courses[id]?.title ?? id.rawValue }

    func period(_ index: Int) -> Period? { periods.indices.contains(index) ? periods[index] : nil }
    func periodID(_ index: Int) -> String { period(index)?.id.rawValue ?? "#\(index)" }

    func groupNames(_ s: ScheduledSession) -> String { s.groups.map(groupName).joined(separator: "、") }

    /// Start of the first and end of the last period of a session.
    func times(_ s: ScheduledSession) -> (start: ClockTime, end: ClockTime)? {
        guard let a = period(s.firstPeriod), let b = period(s.firstPeriod + s.periodCount - 1) else { return nil }
        return (a.start, b.end)
    }
}

/// Monospace width as terminals show it: East Asian wide and full-width characters take two cells.
/// Terminal and text-report width of a string: CJK and full-width characters count two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if (0x0300...0x036F).contains(v) || v == 0x200B || v == 0x200D { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// Pads to `width` display cells, on the right (left-aligned) or the left (right-aligned).
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return right ? fill + text : text + fill
    }
}

/// Numbers written the same way on every machine: integers without a decimal point, others
/// with at most `decimals` places and no trailing zeros.
enum Number {
    static func text(_ x: Double, decimals: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var s = String(format: "%.\(decimals)f", rounded)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
