import Domain
import MIP

/// A group may not miss a session it requires, nor take a session twice or one it never asked for.
public struct SessionCoverage: ConstraintFamily {
    public init() {}
    public let name = "SessionCoverage"
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
        func key(_ g: Group.ID, _ c: Course.ID, _ o: Int, _ s: SegmentKind?) -> String { "\(g)|\(c)|\(o)|\(s?.rawValue ?? "")" }
        var held: [String: Int] = [:]
        for s in f.timetable.sessions { for g in s.groups { held[key(g, s.course, s.occurrence, s.segment), default: 0] += 1 } }
        let excused = Set(f.timetable.unmet.map { key($0.group, $0.course, $0.occurrence, $0.segment) })
        let chosen = f.chosenElectives()
        var expected = Set<String>()
        for r in f.requirements where !r.elective || chosen.contains("\(r.group)|\(r.course)") {
            let k = key(r.group, r.course, r.occurrence, r.segment)
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
            let parts = k.split(separator: "|", omittingEmptySubsequences: false)
            out.append(Violation(family: name, message: "group '\(parts[0])' takes '\(parts[1])' #\(parts[2]) \(parts[3]) which it neither requires nor chose"))
        }
        return out
    }
}

extension TimetableFacts {
    /// "group|course" of every menu course a group takes (held or listed as unmet).
    func chosenElectives() -> Set<String> {
        var out = Set<String>()
        for g in context.scenario.groups {
            guard let menu = g.menu else { continue }
            let offered = Set(menu.from).subtracting(g.required)
            for s in sessionsOfGroup[g.id] ?? [] where offered.contains(s.course) { out.insert("\(g.id)|\(s.course)") }
            for u in timetable.unmet where u.group == g.id && offered.contains(u.course) { out.insert("\(g.id)|\(u.course)") }
        }
        return out
    }
}
