import Domain
import MIP

/// A group may not miss a session it requires, nor take a session twice or one it never asked for.
public struct SessionCoverage: ConstraintFamily {
    public init() {}
    public let name = RuleName.sessionCoverage
    public let forbids = "A group may not miss a required session, take one twice, or take a course it neither requires nor chose."

    public func addRows(to m: inout ModelBuilder) {
        for r in m.requirements {
            var terms = m.assignmentsOf[r.index].map { (m.assignments[$0].column, 1.0) }
            terms.append((m.unmetColumn[r.index], 1.0))
            if let taken = m.takenColumn(r) {
                terms.append((taken, -1.0))
                m.program.addRow("cover\(r.index)", terms, .equal(0))
            } else {
                m.program.addRow("cover\(r.index)", terms, .equal(1))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        var held: [SessionKey: Int] = [:]
        for s in f.timetable.sessions { for g in s.groups { held[SessionKey(g, s.course, s.occurrence, s.segment), default: 0] += 1 } }
        let excused = Set(f.timetable.unmet.map { SessionKey($0.group, $0.course, $0.occurrence, $0.segment) })
        let chosen = f.chosenElectives()
        var expected = Set<SessionKey>()
        for r in f.requirements where !r.elective || chosen.contains(GroupCourse(r.group, r.course)) {
            let k = SessionKey(r.group, r.course, r.occurrence, r.segment)
            expected.insert(k)
            let n = held[k] ?? 0
            let title = f.context.courses[r.course]?.title ?? r.course.rawValue
            let what = "'\(title)'" + (r.occurrence > 1 ? " #\(r.occurrence)" : "") + (r.segment.map { "（\($0.chinese)）" } ?? "")
            if n == 0 && !excused.contains(k) {
                out.append(Violation(family: name, message: "group '\(r.group)' misses \(what) and it is not listed as unmet"))
            } else if n > 1 {
                out.append(Violation(family: name, message: "group '\(r.group)' takes \(what) \(n) times"))
            }
        }
        for (k, _) in held.sorted(by: { $0.key < $1.key }) where !expected.contains(k) {
            out.append(
                Violation(
                    family: name,
                    message: "group '\(k.group)' takes '\(k.course)' #\(k.occurrence) \(k.segment?.rawValue ?? "") which it neither requires nor chose"))
        }
        return out
    }
}

extension TimetableFacts {
    /// Every menu course a group takes (held or listed as unmet).
    func chosenElectives() -> Set<GroupCourse> {
        var out = Set<GroupCourse>()
        let unmetOf = Dictionary(grouping: timetable.unmet, by: \.group)
        for g in context.scenario.groups {
            guard let menu = g.menu else { continue }
            let offered = Set(menu.from).subtracting(g.required)
            for s in sessionsOfGroup[g.id] ?? [] where offered.contains(s.course) { out.insert(GroupCourse(g.id, s.course)) }
            for u in unmetOf[g.id] ?? [] where offered.contains(u.course) { out.insert(GroupCourse(g.id, u.course)) }
        }
        return out
    }
}
