import Domain
import MIP

/// A pinned session may not be held on another date or period, at another venue or with another
/// teacher than its pin says.
public struct Pins: ConstraintFamily {
    public init() {}
    public let name = RuleName.pins
    public let forbids = "A pinned session may not be held on another date, period, venue or teacher than its pin says."

    /// Enforced by generating only placements that every pin of the session allows.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for pin in f.context.scenario.pins {
            for s in f.sessionsOfGroup[pin.group] ?? [] where pin.applies(to: pin.group, s.course, occurrence: s.occurrence, segment: s.segment) {
                let period = f.context.periods.indices.contains(s.firstPeriod) ? f.context.periods[s.firstPeriod].id : nil
                var wrong: [String] = []
                if let d = pin.date, d != s.day { wrong.append("date") }
                if let p = pin.period, p != period { wrong.append("period") }
                if let v = pin.venue, v != s.venue { wrong.append("venue") }
                if let t = pin.teacher, t != s.teacher { wrong.append("teacher") }
                if !wrong.isEmpty {
                    out.append(Violation(family: name, message: "\(f.describe(s)) breaks the \(pin.words) (\(wrong.joined(separator: ", ")))"))
                }
            }
        }
        return out
    }
}
