import Domain
import MIP

/// Penalty per period of a requirement left unmet: larger than any soft term can gain, so the
/// solver leaves a session out only when no timetable can hold it.
public let unmetPenaltyPerPeriod = 10_000.0

/// An assignment of one requirement (its group) to one placement, and the column that says so.
public struct Assignment: Sendable, Equatable {
    public var requirement: Int
    public var placement: Int
    public var column: Int
}

/// The integer program under construction, with the index sets every constraint family reads.
/// Families add rows; objective terms add columns and costs.
public struct ModelBuilder: Sendable {
    public let context: PlanningContext
    public let requirements: [SessionRequirement]
    public let set: PlacementSet
    public var program: IntegerProgram
    /// Column that opens each placement (for a joint activity: the meeting is held).
    public private(set) var placementColumn: [Int] = []
    public private(set) var assignments: [Assignment] = []
    /// Assignments of each requirement.
    public private(set) var assignmentsOf: [[Int]] = []
    /// The unmet slack column of each requirement.
    public private(set) var unmetColumn: [Int] = []
    /// Elective choice column per (group, course), for menu courses.
    public private(set) var electiveColumn: [GroupCourse: Int] = [:]
    /// Share of each (group, slot) that is occupied, defined by the GroupClash rows; the soft
    /// terms read these instead of repeating every assignment.
    public var occupancyColumn: [Group.ID: [Int: Int]] = [:]
    /// Periods each teacher teaches, defined by the TeacherLoad rows.
    public var loadColumn: [Teacher.ID: Int] = [:]
    /// Window-start columns of each five-haves unit, keyed by the unit's first requirement.
    public var windowColumns: [Int: [Int]] = [:]
    /// Shortfall column of each group's menu.
    public var menuShortfallColumn: [Group.ID: Int] = [:]
    /// Integer columns a soft term derives from a group's sessions (not chosen by the heuristic):
    /// freed with the group in re-planning, and left for the solver when completing a start.
    public var derivedColumns: [Group.ID: [Int]] = [:]
    /// Requirements of each group, in order.
    public let requirementsOfGroup: [Group.ID: [Int]]

    public init(context: PlanningContext, requirements: [SessionRequirement], placements: PlacementSet) {
        self.context = context
        self.requirements = requirements
        self.set = placements
        self.program = IntegerProgram(name: "paike")
        self.requirementsOfGroup = Dictionary(grouping: requirements.map(\.index), by: { requirements[$0].group })
        buildColumns()
    }

    private mutating func buildColumns() {
        assignmentsOf = Array(repeating: [], count: requirements.count)
        var attendance: [Int: [Int]] = [:]  // placement -> requirements it can hold
        for (r, ps) in set.byRequirement.enumerated() { for p in ps { attendance[p, default: []].append(r) } }
        for p in set.placements {
            let a = set.activities[p.activity]
            let name = "p\(p.index)"
            let col = program.addColumn(name)
            placementColumn.append(col)
            let holders = attendance[p.index] ?? []
            if a.joint {
                for r in holders {
                    let y = program.addColumn("y\(r)_\(p.index)")
                    assignments.append(Assignment(requirement: r, placement: p.index, column: y))
                    assignmentsOf[r].append(assignments.count - 1)
                }
            } else {
                for r in holders {
                    assignments.append(Assignment(requirement: r, placement: p.index, column: col))
                    assignmentsOf[r].append(assignments.count - 1)
                }
            }
        }
        for r in requirements {
            unmetColumn.append(
                program.addColumn(
                    "u\(r.index)", kind: .continuous, bounds: .between(0, 1),
                    cost: unmetPenaltyPerPeriod * Double(r.length)))
        }
        for g in context.scenario.groups {
            for c in g.menu?.from ?? [] where !g.required.contains(c) && electiveColumn[GroupCourse(g.id, c)] == nil {
                electiveColumn[GroupCourse(g.id, c)] = program.addColumn("e_\(g.id)_\(c)")
            }
        }
    }

    public func placement(_ i: Int) -> Placement { set.placements[i] }
    public func pool(of p: Placement) -> VenuePool { set.pools[p.pool] }
    public func site(of p: Placement) -> Site.ID? { set.pools[p.pool].site }

    /// 1 when the requirement is taken at all: constant 1 for required sessions, the elective choice otherwise.
    public func takenColumn(_ r: SessionRequirement) -> Int? {
        r.elective ? electiveColumn[GroupCourse(r.group, r.course)] : nil
    }

    /// Global slot number of a period on a day, for ordering across days.
    public func slot(day: Int, period: Int) -> Int { day * context.periodsPerDay + period }
}
