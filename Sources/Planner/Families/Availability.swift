import Domain
import MIP

/// A group, teacher or venue may not be used in a period it is marked unavailable.
public struct Availability: ConstraintFamily {
    public init() {}
    public let name = RuleName.availability
    public let forbids = "A group, teacher or venue may not be used in a period it is marked unavailable."

    /// Enforced by generating placements only where everyone involved is free.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        let c = f.context
        for s in f.ordered {
            let ids = s.periodRange.filter { c.periods.indices.contains($0) }.map { c.periods[$0].id }
            func busy(_ u: [Unavailability]) -> Bool { ids.contains { u.covers(s.day, $0) } }
            for g in s.groups {
                if let grp = c.groups[g], busy(grp.unavailable) {
                    out.append(Violation(family: name, message: "group '\(g)' is unavailable for \(f.describe(s))"))
                }
            }
            if let t = s.teacher, let tch = c.teachers[t], busy(tch.unavailable) {
                out.append(Violation(family: name, message: "teacher '\(t)' is unavailable for \(f.describe(s))"))
            }
            if let v = c.venues[s.venue], busy(v.unavailable) {
                out.append(Violation(family: name, message: "venue '\(s.venue)' is unavailable for \(f.describe(s))"))
            }
        }
        return out
    }
}
