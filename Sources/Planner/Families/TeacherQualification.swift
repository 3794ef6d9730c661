import Domain
import MIP

/// A session may not be taught by someone who does not teach its course.
public struct TeacherQualification: ConstraintFamily {
    public init() {}
    public let name = RuleName.teacherQualification
    public let forbids = "A session may not be taught by someone who does not teach its course, nor go untaught unless it is self-study online."

    /// Enforced by generating placements only with teachers who list the course.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.ordered.compactMap { s in
            guard let t = s.teacher else {
                // self-study online modules nobody teaches need no teacher (S10)
                let selfStudy = f.context.courses[s.course]?.form == .online && !f.context.scenario.teachers.contains { $0.teaches.contains(s.course) }
                return selfStudy ? nil : Violation(family: name, message: "\(f.describe(s)) has no teacher")
            }
            guard let tch = f.context.teachers[t] else { return Violation(family: name, message: "\(f.describe(s)) names unknown teacher '\(t)'") }
            return tch.teaches.contains(s.course)
                ? nil
                : Violation(family: name, message: "teacher '\(t)' (\(tch.name)) does not teach '\(s.course)' but is given \(f.describe(s))")
        }
    }
}
