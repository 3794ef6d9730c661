import Testing

@testable import Domain

@Test(arguments: [("2025-03-10", Weekday.mon), ("2024-02-29", .thu), ("1970-01-01", .thu), ("2000-01-01", .sat)])
func weekdayOfKnownDates(_ iso: String, _ expected: Weekday) {
    #expect(Day(iso: iso)?.weekday == expected)
}

@Test(arguments: ["2025-02-29", "2025-13-01", "25-01-01", "2025-1-01", "2025-01-0x", ""])
func rejectsBadDates(_ iso: String) { #expect(Day(iso: iso) == nil) }

@Test func ordinalRoundTrips() {
    for n in stride(from: -1000, through: 40000, by: 37) { #expect(Day(ordinal: n).ordinal == n) }
    #expect(Day(iso: "2025-03-31")!.adding(days: 1).iso == "2025-04-01")
}

@Test func clockTimes() {
    #expect(ClockTime("09:30")?.minutes == 570)
    #expect(ClockTime("9:30")?.description == "09:30")
    #expect(ClockTime("24:01") == nil)
    #expect(ClockTime("12:60") == nil)
}

@Test func teachingDaysSkipWeekendsAndHolidays() {
    let cal = TeachingCalendar(
        start: Day(iso: "2025-03-07")!, end: Day(iso: "2025-03-12")!,
        holidays: [Day(iso: "2025-03-11")!], periods: [])
    #expect(cal.teachingDays.map(\.iso) == ["2025-03-07", "2025-03-10", "2025-03-12"])
}
