import Domain
import MIP

/// A teacher may not teach more periods in a day, or in the programme, than their limits.
public struct TeacherLoad: ConstraintFamily {
    public init() {}
    public let name = RuleName.teacherLoad
    public let forbids = "A teacher may not teach more than max_periods_per_day in a day or max_periods in all."

    public func addRows(to m: inout ModelBuilder) {
        var byTeacher: [Teacher.ID: [Placement]] = [:]
        for p in m.set.placements { if let t = p.teacher { byTeacher[t, default: []].append(p) } }
        for (t, list) in byTeacher.sorted(by: { $0.key < $1.key }) {
            guard let teacher = m.context.teachers[t] else { continue }
            if let perDay = teacher.maxPeriodsPerDay {
                for (d, ps) in Dictionary(grouping: list, by: \.day).sorted(by: { $0.key < $1.key }) where ps.reduce(0, { $0 + $1.length }) > perDay {
                    m.program.addRow("tday_\(t)_\(d)", ps.map { (m.placementColumn[$0.index], Double($0.length)) }, .atMost(Double(perDay)))
                }
            }
            // load = Σ periods taught, bounded by max_periods
            let load = m.program.addColumn("load_\(t)", kind: .continuous, bounds: teacher.maxPeriods.map { .between(0, Double($0)) } ?? .atLeast(0))
            m.loadColumn[t] = load
            m.program.addRow("tload_\(t)", list.map { (m.placementColumn[$0.index], Double($0.length)) } + [(load, -1.0)], .equal(0))
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for (t, list) in f.sessionsOfTeacher.sorted(by: { $0.key < $1.key }) {
            guard let teacher = f.context.teachers[t] else { continue }
            if let perDay = teacher.maxPeriodsPerDay {
                for (d, ss) in Dictionary(grouping: list, by: \.day).sorted(by: { $0.key < $1.key }) {
                    let n = ss.reduce(0) { $0 + $1.periodCount }
                    if n > perDay {
                        out.append(Violation(family: name, message: "teacher '\(t)' teaches \(n) periods on \(d.iso), more than max_periods_per_day \(perDay)"))
                    }
                }
            }
            let n = list.reduce(0) { $0 + $1.periodCount }
            if let total = teacher.maxPeriods, n > total {
                out.append(Violation(family: name, message: "teacher '\(t)' teaches \(n) periods, more than max_periods \(total)"))
            }
        }
        return out
    }
}
