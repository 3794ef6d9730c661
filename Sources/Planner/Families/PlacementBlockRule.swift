import Domain
import MIP

/// A class taking a shadowing placement (跟班学习) goes out together for one block of the
/// course's `days` consecutive teaching days, every period of them its own: no other session of
/// the class on those days, none of them a day it is unavailable. A placement not held is
/// listed unmet.
public struct PlacementBlockRule: ConstraintFamily {
    public init() {}
    public let name = RuleName.placementBlock
    public let forbids = "A class may not take a shadowing placement except as one block of consecutive whole teaching days with no other session."

    /// No rows: blocks are chosen before the program is built (`PlacementBlocks`), which sees the
    /// class unavailable on its block days, so no placement of another session falls there.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        let c = f.context
        var seen = Set<String>()
        for b in f.timetable.placements {
            let what = "placement '\(b.course)' of group '\(b.group)'"
            guard let g = c.groups[b.group], let course = c.courses[b.course], let rule = course.placement else {
                out.append(Violation(family: name, message: "\(what) is no shadowing placement the group requires")); continue
            }
            if !g.required.contains(b.course) { out.append(Violation(family: name, message: "group '\(b.group)' does not require placement '\(b.course)'")) }
            if !seen.insert("\(b.group)\u{1F}\(b.course)").inserted { out.append(Violation(family: name, message: "\(what) is held twice")) }
            let indices = b.days.map { c.dayIndex[$0] }
            if let bad = zip(b.days, indices).first(where: { $0.1 == nil }) {
                out.append(Violation(family: name, message: "\(what) falls on \(bad.0.iso), which is not a teaching day")); continue
            }
            let idx = indices.compactMap { $0 }
            if idx.count != rule.days || zip(idx, idx.dropFirst()).contains(where: { $1 != $0 + 1 }) {
                out.append(
                    Violation(
                        family: name, message: "\(what) holds \(b.days.map(\.iso).joined(separator: ", ")) but must be \(rule.days) consecutive teaching days"))
            }
            for d in idx where !c.isFree(g.unavailable, day: d, periods: 0..<c.periodsPerDay) {
                out.append(Violation(family: name, message: "\(what) falls on \(c.days[d].iso), when the group is unavailable"))
            }
            let days = Set(b.days)
            for pin in c.scenario.pins where pin.group == b.group && pin.course == b.course {
                if let d = pin.date, !days.contains(d) {
                    out.append(Violation(family: name, message: "\(what) does not include \(d.iso), the date of its pin"))
                }
            }
            for s in f.sessionsOfGroup[b.group] ?? [] where days.contains(s.day) {
                out.append(Violation(family: name, message: "\(f.describe(s)) falls on a day group '\(b.group)' is out on \(what)"))
            }
        }
        // Every placement a group requires is held or listed unmet.
        let unmet = Set(f.timetable.unmet.map { "\($0.group)\u{1F}\($0.course)" })
        for g in c.scenario.groups {
            for cid in g.required where c.courses[cid]?.form == .placement {
                let key = "\(g.id)\u{1F}\(cid)"
                if !seen.contains(key) && !unmet.contains(key) {
                    out.append(
                        Violation(family: name, message: "group '\(g.id)' requires placement '\(cid)' but the timetable neither holds it nor lists it unmet"))
                }
            }
        }
        return out
    }
}
