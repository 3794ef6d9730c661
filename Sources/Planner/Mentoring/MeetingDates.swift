import Domain

/// Meeting dates of one mentor pair: `meetings` dates spread evenly over the `months` after the
/// programme's last day. The window is cut into equal slices, one per meeting; each meeting
/// takes the day nearest its slice's middle (the earlier on a tie) that is a working day of the
/// calendar (its `weekdays`, not a `holiday`) on which the mentor is not away. A slice with no
/// such day borrows the nearest free one elsewhere in the window; dates never repeat. Pure
/// arithmetic on dates, so the same scenario always gives the same dates.
public enum MeetingDates {
    /// The days after `end` up to the same day `months` months later (clamped to the month's length).
    public static func window(after end: Day, months: Int) -> ClosedRange<Day> {
        let first = end.adding(days: 1)
        let total = end.month - 1 + months
        let year = end.year + total / 12, month = total % 12 + 1
        let last = Day(year: year, month: month, day: min(end.day, Day.daysIn(month: month, year: year)))!
        return first...max(first, last)
    }

    /// Whether a meeting may be held on `day` with `mentor`.
    public static func isOpen(_ day: Day, calendar: TeachingCalendar, mentor: Mentor) -> Bool {
        calendar.weekdays.contains(day.weekday) && !calendar.holidays.contains(day) && !mentor.isAway(on: day)
    }

    /// At most `count` dates, in order; fewer only when the window has fewer open days.
    public static func dates(count: Int, months: Int, calendar: TeachingCalendar, mentor: Mentor) -> [Day] {
        let w = window(after: calendar.end, months: months)
        let days = (w.lowerBound.ordinal...w.upperBound.ordinal).map(Day.init(ordinal:))
        var open = Set(days.filter { isOpen($0, calendar: calendar, mentor: mentor) }.map(\.ordinal))
        guard count > 0, !open.isEmpty else { return [] }
        let n = days.count
        var chosen: [Int] = []
        for i in 0..<count where !open.isEmpty {
            // Slice i is days [i·n/count, (i+1)·n/count); its middle is the target.
            let lo = i * n / count, hi = max(lo, (i + 1) * n / count - 1)
            let target = w.lowerBound.ordinal + (lo + hi) / 2
            let inSlice = (lo...hi).map { w.lowerBound.ordinal + $0 }.filter { open.contains($0) }
            let pool = inSlice.isEmpty ? Array(open) : inSlice
            let pick = pool.min { (abs($0 - target), $0) < (abs($1 - target), $1) }!
            open.remove(pick)
            chosen.append(pick)
        }
        return chosen.sorted().map(Day.init(ordinal:))
    }
}
