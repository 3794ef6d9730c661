import Domain
import MIP

/// Only a course marked joint may be taught to several groups in one session.
public struct JointClass: ConstraintFamily {
    public init() {}
    public let name = RuleName.jointClass
    public let forbids = "A session may not serve several groups unless its course is joint."

    /// Enforced by the model's structure: only joint activities have per-group attendance columns.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.ordered.compactMap { s in
            if s.groups.isEmpty { return Violation(family: name, message: "session '\(s.id)' has no group") }
            if s.groups.count > 1, f.context.courses[s.course]?.joint != true {
                return Violation(family: name, message: "\(f.describe(s)) serves \(s.groups.count) groups but '\(s.course)' is not joint")
            }
            if Set(s.groups).count != s.groups.count { return Violation(family: name, message: "session '\(s.id)' lists a group twice") }
            return nil
        }
    }
}
