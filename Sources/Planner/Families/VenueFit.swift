import Domain
import MIP

/// A session may not be held at a venue its course or five-haves segment does not allow.
public struct VenueFit: ConstraintFamily {
    public init() {}
    public let name = RuleName.venueFit
    public let forbids = "A session may not be held at a venue its course or five-haves segment does not allow."

    /// Enforced by generating placements only at allowed venues.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.ordered.compactMap { s in
            guard let v = f.context.venues[s.venue] else { return Violation(family: name, message: "\(f.describe(s)) names unknown venue '\(s.venue)'") }
            guard let c = f.context.courses[s.course] else { return nil }
            let rule = s.segment.flatMap { k in c.fiveHaves?.segments.first { $0.kind == k }?.venueRule } ?? c.venueRule
            return rule.allows(v)
                ? nil
                : Violation(family: name, message: "\(f.describe(s)) is at '\(s.venue)' (\(v.kind.rawValue)), which its rule does not allow")
        }
    }
}
