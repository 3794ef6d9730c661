import Domain
import MIP

/// No session of a group may start before the group's compulsory first course (S1) has ended.
public struct FirstCourse: ConstraintFamily {
    public init() {}
    public let name = RuleName.firstCourse
    public let forbids = "No session of a group may start before its compulsory first course has ended."

    public func addRows(to m: inout ModelBuilder) {
        for g in m.context.scenario.groups {
            let reqs = m.requirementsOfGroup[g.id] ?? []
            let firsts = reqs.filter { m.requirements[$0].first }
            let others = reqs.filter { !m.requirements[$0].first }
            for f in firsts where !others.isEmpty { m.addPrecedence(earlier: f, later: others, name: "first\(f)") }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for g in f.context.scenario.groups {
            let list = f.sessionsOfGroup[g.id] ?? []
            let firsts = list.filter { f.context.courses[$0.course]?.first == true }
            let others = list.filter { f.context.courses[$0.course]?.first != true }
            let firstRequired = f.requirements.contains { $0.group == g.id && $0.first }
            if firstRequired, firsts.isEmpty, let o = others.first {
                out.append(Violation(family: name, message: "group '\(g.id)' has \(f.describe(o)) but never takes its first course"))
                continue
            }
            for o in others {
                for fs in firsts where !fs.endsBefore(o) {
                    out.append(Violation(family: name, message: "group '\(g.id)' starts \(f.describe(o)) before its first course \(f.describe(fs)) has ended"))
                }
            }
        }
        return out
    }
}

extension ScheduledSession {
    /// Whether this session ends before `other` begins.
    public func endsBefore(_ other: ScheduledSession) -> Bool {
        day < other.day || (day == other.day && firstPeriod + periodCount <= other.firstPeriod)
    }
}
