import Domain
import MIP

/// A hard rule broken by a timetable, in words a planner can act on.
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    public var family: RuleName
    public var message: String
    public init(family: RuleName, message: String) { self.family = family; self.message = message }
    public var description: String { "\(family): \(message)" }
}

/// One family of hard rules. It adds its rows to the integer program and, independently of any
/// model, lists the violations of a finished timetable: the second half serves the independent
/// check, `explain` and the diagnosis of unmet requirements.
public protocol ConstraintFamily: Sendable {
    /// The family's name as shown in reports (`.groupClash`, "GroupClash").
    var name: RuleName { get }
    /// One sentence: what the family forbids.
    var forbids: String { get }
    func addRows(to model: inout ModelBuilder)
    func violations(in facts: TimetableFacts) -> [Violation]
}

/// Every hard-rule family, in the order rows are added and violations reported.
public let allConstraintFamilies: [any ConstraintFamily] = [
    SessionCoverage(), ElectiveMenu(), CalendarFit(), Availability(), TeacherQualification(), VenueFit(),
    GroupClash(), CohortClash(), TeacherClash(), VenueClash(), VenueCapacity(), JointClass(), TeacherLoad(),
    FirstCourse(), FiveHavesOrder(), FiveHavesWindow(), CourseOrder(), Travel(), Pins(), PlacementBlockRule(), HostCapacity()
]

/// A finished timetable with the lookups the checks need. Built from the timetable alone
/// (plus the scenario), never from the model, so it can check any timetable, such as a CSV re-read.
public struct TimetableFacts: Sendable {
    public let context: PlanningContext
    public let timetable: Timetable
    public let requirements: [SessionRequirement]
    /// Each group's requirements, in `requirements`' order.
    public let requirementsOfGroup: [Group.ID: [SessionRequirement]]
    /// Each group's sessions ordered by day and first period.
    public let sessionsOfGroup: [Group.ID: [ScheduledSession]]
    public let sessionsOfTeacher: [Teacher.ID: [ScheduledSession]]
    public let sessionsOfVenue: [Venue.ID: [ScheduledSession]]
    /// Every session in `Timetable.ordered`'s order, sorted once for all the families.
    public let ordered: [ScheduledSession]

    public init(context: PlanningContext, timetable: Timetable) {
        self.context = context
        self.timetable = timetable
        self.requirements = context.sessionRequirements()
        requirementsOfGroup = Dictionary(grouping: requirements, by: \.group)
        ordered = timetable.ordered
        var g: [Group.ID: [ScheduledSession]] = [:], t: [Teacher.ID: [ScheduledSession]] = [:], v: [Venue.ID: [ScheduledSession]] = [:]
        for s in ordered {
            for gid in s.groups { g[gid, default: []].append(s) }
            if let tid = s.teacher { t[tid, default: []].append(s) }
            v[s.venue, default: []].append(s)
        }
        sessionsOfGroup = g; sessionsOfTeacher = t; sessionsOfVenue = v
    }

    public func describe(_ s: ScheduledSession) -> String {
        let title = context.courses[s.course]?.title ?? s.course.rawValue
        let seg = s.segment.map { "（\($0.chinese)）" } ?? ""
        let p = context.periods.indices.contains(s.firstPeriod) ? context.periods[s.firstPeriod].id.rawValue : "#\(s.firstPeriod)"
        return "'\(title)\(seg)' on \(s.day.iso) \(p) [\(s.id)]"
    }

    /// Pairs of sessions in one list that share a period on the same day.
    func overlappingPairs(_ list: [ScheduledSession]) -> [(ScheduledSession, ScheduledSession)] {
        var out: [(ScheduledSession, ScheduledSession)] = []
        for i in list.indices {
            for j in list.indices where j > i {
                let a = list[i], b = list[j]
                if a.day == b.day && a.periodRange.overlaps(b.periodRange) { out.append((a, b)) }
            }
        }
        return out
    }

    /// Every hard rule checked; empty means the timetable is valid.
    public func allViolations() -> [Violation] { allConstraintFamilies.flatMap { $0.violations(in: self) } }
    /// The violations of every family but those named: a diagnosis that ignores coverage need
    /// not have every requirement of the programme listed as missed for each trial.
    public func violations(besides ignored: Set<RuleName>) -> [Violation] {
        allConstraintFamilies.filter { !ignored.contains($0.name) }.flatMap { $0.violations(in: self) }
    }
}

extension ModelBuilder {
    /// Assignments of a group's requirements grouped by (day, period) they occupy.
    func groupOccupancy(_ g: Group.ID) -> [Int: [Int]] {
        var occ: [Int: [Int]] = [:]
        for r in requirementsOfGroup[g] ?? [] {
            for a in assignmentsOf[r] {
                let p = placement(assignments[a].placement)
                for q in p.periods { occ[slot(day: p.day, period: q), default: []].append(assignments[a].column) }
            }
        }
        return occ
    }

    /// `later` may start at slot τ only if `earlier` has ended before τ (and cannot be held at all
    /// if `earlier` is not). φ_τ, the share of `earlier` finished before τ, is one column per τ,
    /// so each later session adds one short row per start slot instead of a long cumulative one.
    mutating func addPrecedence(earlier: Int, later: [Int], name: String) {
        let before = assignmentsOf[earlier].map { a -> (end: Int, col: Int) in
            let p = placement(assignments[a].placement)
            return (slot(day: p.day, period: p.start + p.length - 1), assignments[a].column)
        }
        var startsOf: [Int: [Int: [Int]]] = [:]  // later requirement -> start slot -> columns
        for r in later {
            for a in assignmentsOf[r] {
                let p = placement(assignments[a].placement)
                startsOf[r, default: [:]][slot(day: p.day, period: p.start), default: []].append(assignments[a].column)
            }
        }
        let taus = Set(startsOf.values.flatMap(\.keys)).sorted()
        var phi: [Int: Int] = [:]
        // φ_τ ≤ φ_τ' + Σ(earlier ending in [τ', τ)): a chain, so each earlier column appears in one row.
        var previous: (tau: Int, col: Int)? = nil
        for tau in taus {
            let col = program.addColumn("\(name)_done\(tau)", kind: .continuous, bounds: .between(0, 1))
            phi[tau] = col
            let from = previous?.tau ?? Int.min
            var terms: [(column: Int, value: Double)] = [(col, 1.0)] + before.filter { $0.end < tau && $0.end >= from }.map { ($0.col, -1.0) }
            if let p = previous { terms.append((p.col, -1.0)) }
            program.addRow("\(name)_phi\(tau)", terms, .atMost(0))
            previous = (tau, col)
        }
        for r in later {
            for (tau, cols) in (startsOf[r] ?? [:]).sorted(by: { $0.key < $1.key }) {
                program.addRow("\(name)_r\(r)_\(tau)", cols.map { ($0, 1.0) } + [(phi[tau]!, -1.0)], .atMost(0))
            }
        }
    }
}
