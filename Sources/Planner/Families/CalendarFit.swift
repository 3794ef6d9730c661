import Domain
import MIP

/// A session may not fall on a day that is not a teaching day, run past the day's last period,
/// or last a different number of periods than its course (or segment) asks.
public struct CalendarFit: ConstraintFamily {
    public init() {}
    public let name = RuleName.calendarFit
    public let forbids = "A session may not fall outside the teaching calendar or differ in length from its course."

    /// Enforced by generating placements only on teaching days and within the day's periods.
    public func addRows(to m: inout ModelBuilder) {}

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        for s in f.ordered {
            if f.context.dayIndex[s.day] == nil {
                out.append(
                    Violation(
                        family: name,
                        message:
                            "\(f.describe(s)) is not on a teaching day (weekday, holiday or outside \(f.context.scenario.calendar.start.iso)–\(f.context.scenario.calendar.end.iso))"
                    ))
            }
            if s.firstPeriod < 0 || s.periodCount < 1 || s.firstPeriod + s.periodCount > f.context.periodsPerDay {
                out.append(Violation(family: name, message: "\(f.describe(s)) runs outside the day's \(f.context.periodsPerDay) periods"))
            }
            if let c = f.context.courses[s.course] {
                let want = s.segment.flatMap { k in c.fiveHaves?.segments.first { $0.kind == k }?.periods } ?? c.periods
                if want != s.periodCount {
                    out.append(Violation(family: name, message: "\(f.describe(s)) lasts \(s.periodCount) periods but needs \(want)"))
                }
            } else {
                out.append(Violation(family: name, message: "session '\(s.id)' names unknown course '\(s.course)'"))
            }
        }
        return out
    }
}
