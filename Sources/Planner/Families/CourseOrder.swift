import Domain
import MIP

/// Order rules between courses (`after:`): for a group taking both, no session of a course may
/// start before every session of each course it follows has ended (research, then the seminar,
/// S11). A group that does not take one of the two (an elective not chosen, a session left unmet)
/// is not bound.
public struct CourseOrder: ConstraintFamily {
    public init() {}
    public let name = RuleName.courseOrder
    public let forbids = "No session of a course may start before every session of the courses it is after has ended, for a group taking both."

    public func addRows(to m: inout ModelBuilder) {
        for (earlier, later, key) in m.orderedRequirements() {
            m.addFollows(earlier: earlier, later: later, name: key)
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for g in f.context.scenario.groups {
            let list = f.sessionsOfGroup[g.id] ?? []
            for c in f.context.scenario.courses where !c.after.isEmpty {
                for later in list where later.course == c.id {
                    for p in c.after {
                        for earlier in list where earlier.course == p && !earlier.endsBefore(later) {
                            out.append(
                                Violation(
                                    family: name,
                                    message:
                                        "group '\(g.id)' starts \(f.describe(later)) before \(f.describe(earlier)) has ended, but '\(c.id)' comes after '\(p)'")
                            )
                        }
                    }
                }
            }
        }
        return out
    }
}

extension ModelBuilder {
    /// Each requirement of a course some course follows, with the same group's requirements of
    /// the follower, and a unique name for their rows. In scenario order.
    public func orderedRequirements() -> [(earlier: Int, later: [Int], key: String)] {
        var out: [(Int, [Int], String)] = []
        let courses = context.scenario.courses
        for g in context.scenario.groups {
            let reqs = requirementsOfGroup[g.id] ?? []
            for (ci, c) in courses.enumerated() where !c.after.isEmpty {
                let later = reqs.filter { requirements[$0].course == c.id }
                guard !later.isEmpty else { continue }
                for p in c.after where p != c.id {
                    for e in reqs where requirements[e].course == p { out.append((e, later, "after\(e)_c\(ci)")) }
                }
            }
        }
        return out
    }

    /// No requirement of `later` may start at slot τ while `earlier` is held ending at τ or after.
    /// ψ_τ ≥ Σ(earlier ending at τ or after) through a chain from the last τ down, so each earlier
    /// column appears in one row; then Σ(later starting at τ) + ψ_τ ≤ 1, one row per τ for every
    /// later requirement of the group at once (the group's clash rows keep their sum at most 1).
    /// Unlike the first course's φ, an earlier requirement not held binds nothing.
    mutating func addFollows(earlier: Int, later: [Int], name: String) {
        let ends = assignmentsOf[earlier].map { a -> (end: Int, col: Int) in
            let p = placement(assignments[a].placement)
            return (slot(day: p.day, period: p.start + p.length - 1), assignments[a].column)
        }
        guard let lastEnd = ends.map(\.end).max() else { return }
        var startsAt: [Int: [Int]] = [:]
        for r in later {
            for a in assignmentsOf[r] {
                let p = placement(assignments[a].placement)
                let tau = slot(day: p.day, period: p.start)
                // a start after the earlier's last possible end is never in conflict
                if tau <= lastEnd { startsAt[tau, default: []].append(assignments[a].column) }
            }
        }
        let taus = startsAt.keys.sorted()
        var next: (tau: Int, col: Int)? = nil
        for tau in taus.reversed() {
            let psi = program.addColumn("\(name)_run\(tau)", kind: .continuous, bounds: .between(0, 1))
            let upTo = next?.tau ?? Int.max
            var terms: [(column: Int, value: Double)] = ends.filter { $0.end >= tau && $0.end < upTo }.map { ($0.col, 1.0) }
            if let n = next { terms.append((n.col, 1.0)) }
            _ = program.addRow("\(name)_psi\(tau)", terms + [(psi, -1.0)], .atMost(0))
            _ = program.addRow("\(name)_t\(tau)", startsAt[tau]!.map { ($0, 1.0) } + [(psi, 1.0)], .atMost(1))
            next = (tau, psi)
        }
    }
}
