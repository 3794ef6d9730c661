import Domain
import MIP

/// In an on-site unit, no segment may start before the one before it (theory, explanation,
/// observation, exchange, summary) has ended, and no unit may be held in part (S7).
public struct FiveHavesOrder: ConstraintFamily {
    public init() {}
    public let name = RuleName.fiveHavesOrder
    public let forbids = "No five-haves segment may start before the previous segment of its unit has ended, and no unit may be held in part."

    public func addRows(to m: inout ModelBuilder) {
        for unit in m.fiveHavesUnits() {
            for (a, b) in zip(unit.dropLast(), unit.dropFirst()) {
                m.addPrecedence(earlier: a, later: [b], name: "order\(b)")
                // all five segments or none: a unit without its summary is no five-haves unit
                m.program.addRow("whole\(b)", [(m.unmetColumn[a], 1.0), (m.unmetColumn[b], -1.0)], .equal(0))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        let unmetUnits = Set(f.timetable.unmet.filter { $0.segment != nil }.map { "\($0.group)/\($0.course)#\($0.occurrence)" })
        for (key, segs) in f.unitSessions() where unmetUnits.contains(key) {
            out.append(
                Violation(family: name, message: "unit \(key) is held in part: \(segs.count) of its segments are scheduled and the rest are listed as unmet"))
        }
        for (key, segs) in f.unitSessions() {
            for (a, b) in zip(segs.dropLast(), segs.dropFirst()) where !a.endsBefore(b) {
                out.append(
                    Violation(
                        family: name,
                        message: "in unit \(key) the \(b.segment!.rawValue) \(f.describe(b)) does not follow the \(a.segment!.rawValue) \(f.describe(a))"))
            }
        }
        return out
    }
}

extension ModelBuilder {
    /// Requirements of each five-haves unit (group, course, occurrence), segments in S7 order.
    public func fiveHavesUnits() -> [[Int]] {
        var units: [SessionKey: [Int]] = [:]
        var order: [SessionKey] = []
        for r in requirements where r.segment != nil {
            let k = SessionKey(r.group, r.course, r.occurrence, nil)
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
