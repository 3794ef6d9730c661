import Domain
import MIP

/// A teacher may not teach two sessions at once.
public struct TeacherClash: ConstraintFamily {
    public init() {}
    public let name = RuleName.teacherClash
    public let forbids = "A teacher may not teach two sessions at once."

    public func addRows(to m: inout ModelBuilder) {
        var busy: [Teacher.ID: [Int: [Int]]] = [:]
        for p in m.set.placements {
            guard let teacher = p.teacher else { continue }
            for q in p.periods { busy[teacher, default: [:]][m.slot(day: p.day, period: q), default: []].append(m.placementColumn[p.index]) }
        }
        for (t, slots) in busy.sorted(by: { $0.key < $1.key }) {
            for (slot, cols) in slots.sorted(by: { $0.key < $1.key }) where cols.count > 1 {
                m.program.addRow("tclash_\(t)_\(slot)", cols.map { ($0, 1.0) }, .atMost(1))
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        f.sessionsOfTeacher.sorted { $0.key < $1.key }.flatMap { t, list in
            f.overlappingPairs(list).map { a, b in
                Violation(family: name, message: "teacher '\(t)' teaches \(f.describe(a)) and \(f.describe(b)) at once")
            }
        }
    }
}
