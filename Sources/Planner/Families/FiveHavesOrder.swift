import Domain
import MIP

/// In an on-site unit, no segment may start before the one before it (theory, explanation,
/// observation, exchange, summary) has ended (S7).
public struct FiveHavesOrder: ConstraintFamily {
    public init() {}
    public let name = "FiveHavesOrder"
    public let forbids = "No five-haves segment may start before the previous segment of its unit has ended."

    public func addRows(to m: inout ModelBuilder) {
        for unit in m.fiveHavesUnits() {
            for (a, b) in zip(unit.dropLast(), unit.dropFirst()) { m.addPrecedence(earlier: a, later: [b], name: "order\(b)") }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for (key, segs) in f.unitSessions() {
            for (a, b) in zip(segs.dropLast(), segs.dropFirst()) where !a.endsBefore(b) {
                out.append(Violation(family: name, message: "in unit \(key) the \(b.segment!.rawValue) \(f.describe(b)) does not follow the \(a.segment!.rawValue) \(f.describe(a))"))
            }
        }
        return out
    }
}

extension ModelBuilder {
    /// Requirements of each five-haves unit (group, course, occurrence), segments in S7 order.
    func fiveHavesUnits() -> [[Int]] {
        var units: [String: [Int]] = [:]
        var order: [String] = []
        for r in requirements where r.segment != nil {
            let k = "\(r.group)|\(r.course)|\(r.occurrence)"
            if units[k] == nil { order.append(k) }
            units[k, default: []].append(r.index)
        }
        return order.map { units[$0]!.sorted { requirements[$0].segment! < requirements[$1].segment! } }
    }
}

extension TimetableFacts {
    /// Sessions of each group's five-haves unit, in S7 segment order, keyed "group/course#occurrence".
    func unitSessions() -> [(String, [ScheduledSession])] {
        var units: [String: [ScheduledSession]] = [:]
        for (g, list) in sessionsOfGroup {
            for s in list where s.segment != nil { units["\(g)/\(s.course)#\(s.occurrence)", default: []].append(s) }
        }
        return units.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted { $0.segment! < $1.segment! }) }
    }
}
