/// Results gathered per group and topic (assessment.csv, the report): how many were assessed,
/// how they scored, and the gap before (the scenario's needs) and after (from the scores).
public struct AssessmentRow: Sendable, Equatable {
    public var group: Group.ID
    public var topic: String
    /// Cadres the row speaks for: those of the roster assessed, or the class's size without one.
    public var assessed: Int
    public var meanScore: Double
    /// Share of `assessed` below the pass mark, 0–1.
    public var belowPass: Double
    /// Mean of the needs that applied (each cadre's own, else the group's), 0–5.
    public var gapBefore: Double
    /// Mean over the cadres of each one's gap after (a whole number each), 0–5.
    public var gapAfter: Double
}

public struct AssessmentTable: Sendable, Equatable {
    public var rows: [AssessmentRow]
    public var pass: Int
    /// Cadres (or classes without a roster, counted by size) assessed, and those below the pass on some topic.
    public var people: Int
    public var peopleBelow: Int
    public var groups: Int

    /// Rows in the scenario's group order; topics in the order of the group's needs, then by name.
    public init(_ s: TrainingScenario, _ results: [AssessmentResult], pass: Int) {
        self.pass = pass
        var byGroup: [Group.ID: [(cadre: Cadre?, result: AssessmentResult)]] = [:]
        let cadres = Dictionary(s.cadres.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in results {
            switch r.subject {
            case let .cadre(id): if let c = cadres[id] { byGroup[c.group, default: []].append((c, r)) }
            case let .group(id): byGroup[id, default: []].append((nil, r))
            }
        }
        var rows: [AssessmentRow] = []
        var everyone = Set<AssessedSubject>(), below = Set<AssessedSubject>()
        var people = 0, peopleBelow = 0
        for g in s.groups {
            guard let entries = byGroup[g.id] else { continue }
            let order = g.needs.map(\.topic)
            let topics = Set(entries.map(\.result.topic)).sorted { a, b in
                let ia = order.firstIndex(of: a) ?? Int.max, ib = order.firstIndex(of: b) ?? Int.max
                return ia != ib ? ia < ib : a < b
            }
            for topic in topics {
                let here = entries.filter { $0.result.topic == topic }
                func before(_ c: Cadre?) -> Double {
                    let needs = c.map { s.needs(of: $0) } ?? g.needs
                    return Double(needs.first { $0.topic == topic }?.score ?? 0)
                }
                let n = Double(here.count)
                let weight = here.first?.cadre == nil ? g.size : here.count
                rows.append(
                    AssessmentRow(
                        group: g.id, topic: topic, assessed: weight,
                        meanScore: here.reduce(0) { $0 + $1.result.score.value } / n,
                        belowPass: Double(here.filter { !$0.result.score.passes(pass) }.count) / n,
                        gapBefore: here.reduce(0) { $0 + before($1.cadre) } / n,
                        gapAfter: Double(here.reduce(0) { $0 + $1.result.score.gapAfter }) / n))
            }
            for e in entries where everyone.insert(e.result.subject).inserted {
                let size = e.cadre == nil ? g.size : 1
                people += size
                if entries.contains(where: { $0.result.subject == e.result.subject && !$0.result.score.passes(pass) }) {
                    below.insert(e.result.subject); peopleBelow += size
                }
            }
        }
        self.rows = rows
        self.people = people
        self.peopleBelow = peopleBelow
        self.groups = Set(rows.map(\.group)).count
    }
}
