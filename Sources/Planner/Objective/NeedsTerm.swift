import Domain
import MIP

/// Needs: each group's uncovered need, Σ over topics of gap × h(coverage), where coverage is the
/// sum of the topic scores of the courses the group takes and h is convex and decreasing
/// (slope −1.75 up to 5 points, −0.75 up to 10, −0.25 up to 15, then 0): diminishing returns,
/// so a second course on a covered topic gains less than a first course on an open one (S4).
public struct NeedsTerm: SoftTerm {
    public init() {}
    public let name = "needs"
    public let unit = "gap-weighted uncovered points"
    public func weight(_ o: Objective) -> Double { o.needs }

    /// Breakpoints of h: h(c) = Σ slope_i · max(0, point_i − c).
    static let pieces: [(point: Double, slope: Double)] = [(5, 1), (10, 0.5), (15, 0.25)]

    public static func h(_ coverage: Double) -> Double { pieces.reduce(0) { $0 + $1.slope * max(0, $1.point - coverage) } }

    /// What a teacher of `scores` (a mentor's expertise, a host unit's topics) takes away from
    /// `gaps` on its own: Σ gap × (h(0) − h(score)); 0 with none of the topics.
    public static func fit(gaps: [TopicScore], scores: [TopicScore]) -> Double {
        let score = Dictionary(scores.map { ($0.topic, $0.score) }, uniquingKeysWith: { a, _ in a })
        return gaps.filter { $0.score > 0 }.reduce(0.0) { sum, gap in
            sum + Double(gap.score) * (h(0) - h(Double(score[gap.topic] ?? 0)))
        }
    }

    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        for g in m.context.scenario.groups {
            let reqs = m.requirementsOfGroup[g.id] ?? []
            let perCourse = Dictionary(grouping: reqs, by: { m.requirements[$0].course })
            for need in g.needs where need.score > 0 {
                // coverage = Σ_course score · share delivered, and a requirement's delivered share is
                // taken − unmet (SessionCoverage rows), so the row needs no assignment column.
                var terms: [(column: Int, value: Double)] = []
                var constant = 0.0
                for (c, rs) in perCourse.sorted(by: { $0.key < $1.key }) {
                    guard let score = m.context.courses[c]?.topics.first(where: { $0.topic == need.topic })?.score, score > 0 else { continue }
                    let share = Double(score) / Double(rs.count)
                    for r in rs {
                        if let taken = m.takenColumn(m.requirements[r]) { terms.append((taken, share)) } else { constant += share }
                        terms.append((m.unmetColumn[r], -share))
                    }
                }
                let coverage = m.program.addColumn("cov_\(g.id)_\(need.topic)", kind: .continuous, bounds: .atLeast(0))
                m.program.addRow("cov_\(g.id)_\(need.topic)", [(coverage, 1.0)] + terms.map { ($0.column, -$0.value) }, .equal(constant))
                for (i, piece) in Self.pieces.enumerated() {
                    // short_i ≥ point_i − coverage
                    let short = m.program.addColumn(
                        "short_\(g.id)_\(need.topic)_\(i)", kind: .continuous, bounds: .atLeast(0),
                        cost: weight * Double(need.score) * piece.slope)
                    m.program.addRow("short_\(g.id)_\(need.topic)_\(i)", [(short, 1.0), (coverage, 1.0)], .atLeast(piece.point))
                }
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        f.context.scenario.groups.reduce(0.0) { sum, g in
            sum
                + g.needs.filter { $0.score > 0 }.reduce(0.0) { s, need in
                    s + Double(need.score) * Self.h(f.coverage(of: g.id, topic: need.topic))
                }
        }
    }
}

extension TimetableFacts {
    /// Topic coverage delivered to a group: each course's topic score times the share of its sessions held.
    public func coverage(of group: Group.ID, topic: String) -> Double {
        let held = sessionsOfGroup[group] ?? []
        let reqs = requirementsOfGroup[group] ?? []
        var total = 0.0
        for (c, rs) in Dictionary(grouping: reqs, by: \.course).sorted(by: { $0.key < $1.key }) {
            guard let score = context.courses[c]?.topics.first(where: { $0.topic == topic })?.score, score > 0 else { continue }
            let n = held.filter { $0.course == c }.count
            total += Double(score) * Double(min(n, rs.count)) / Double(rs.count)
        }
        return total
    }
}
