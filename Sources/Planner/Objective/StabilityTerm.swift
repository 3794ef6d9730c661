import Domain
import MIP

/// Stability: with a published timetable (`--keep`), each group's session whose date, first
/// period, venue or teacher differs from the published one, or that is dropped, costs the
/// `stability` weight, so a re-plan moves only what must move.
public struct StabilityTerm: Sendable {
    public let published: Timetable
    public let places: [SessionKey: SessionPlace]
    public init(published: Timetable) {
        self.published = published
        var p: [SessionKey: SessionPlace] = [:]
        for s in published.sessions {
            for g in s.groups {
                p[Self.key(g, s.course, s.occurrence, s.segment)] = SessionPlace(day: s.day, firstPeriod: s.firstPeriod, venue: s.venue, teacher: s.teacher)
            }
        }
        places = p
    }
    public static let termName = "stability"
    public let name = StabilityTerm.termName
    public let unit = "sessions moved"

    static func key(_ g: Group.ID, _ c: Course.ID, _ o: Int, _ s: SegmentKind?) -> SessionKey { SessionKey(g, c, o, s) }

    public func place(of r: SessionRequirement) -> SessionPlace? { places[Self.key(r.group, r.course, r.occurrence, r.segment)] }

    /// Whether a placement keeps the published session exactly where it was.
    public func keeps(_ p: Placement, _ place: SessionPlace, in m: ModelBuilder) -> Bool {
        m.context.dayIndex[place.day] == p.day && place.firstPeriod == p.start && place.teacher == p.teacher
            && m.set.pools[p.pool].venues.contains(place.venue)
    }

    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        for r in m.requirements {
            guard let place = place(of: r) else { continue }
            for ai in m.assignmentsOf[r.index] {
                let a = m.assignments[ai]
                if !keeps(m.placement(a.placement), place, in: m) { m.program.addCost(a.column, weight) }
            }
            // not held = unmet for a required session; for an elective, 1 − taken + unmet, so
            // dropping a published elective costs the same as moving it
            m.program.addCost(m.unmetColumn[r.index], weight)
            if let taken = m.takenColumn(r) {
                m.program.addCost(taken, -weight)
                m.program.objectiveConstant += weight
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        Double(f.timetable.moves(from: published).filter { !$0.changed.contains("added") }.count)
    }
}
