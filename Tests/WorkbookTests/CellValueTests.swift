import Domain
import Testing

@testable import Workbook

/// Dates, times and numbers as planners type them in Excel or WPS, or as Excel stores them.
@Suite struct CellValueTests {
    @Test(arguments: [
        ("2025-03-10", "2025-03-10"), ("2025/3/10", "2025-03-10"), ("2025/03/10", "2025-03-10"), ("2025.3.10", "2025-03-10"),
        ("2025年3月10日", "2025-03-10"), ("2025年03月10号", "2025-03-10"), ("２０２５年３月１０日", "2025-03-10"), (" 2025-3-10 ", "2025-03-10"),
        ("45726", "2025-03-10"), ("45726.0", "2025-03-10"), ("1", "1900-01-01"), ("61", "1900-03-01"), ("2024/2/29", "2024-02-29")
    ])
    func datesRead(_ text: String, _ iso: String) {
        #expect(CellValues.day(text)?.iso == iso)
    }

    @Test(arguments: ["2025/2/30", "2025-13-01", "10/3/2025", "2025-3/10", "2025年3月", "next monday", "", "60", "45726.5"])
    func notDates(_ text: String) {
        #expect(CellValues.day(text) == nil)
    }

    @Test(arguments: [("10:00", 600), ("9:30", 570), ("10：00", 600), ("18:00:00", 1080), ("0.416666666666667", 600), ("0.75", 1080)])
    func timesRead(_ text: String, _ minutes: Int) {
        #expect(CellValues.time(text)?.minutes == minutes)
    }

    @Test(arguments: ["25:00", "10.30", "ten", "10:0", "1.5"])
    func notTimes(_ text: String) {
        #expect(CellValues.time(text) == nil)
    }

    @Test func wholeNumbersListsAndScores() {
        #expect(CellValues.whole("4") == 4 && CellValues.whole("4.0") == 4 && CellValues.whole("４５") == 45)
        #expect(CellValues.whole("4.5") == nil && CellValues.whole("四") == nil)
        #expect(CellValues.list("xi_thought, governance、policy；micro\nlast") == ["xi_thought", "governance", "policy", "micro", "last"])
        #expect(CellValues.list("Party school, field classroom", spaces: false) == ["Party school", "field classroom"])
        let (scores, bad) = CellValues.scores("rural:4，governance：3; x=2, broken")
        #expect(scores.map { "\($0.0)=\($0.1)" } == ["rural=4", "governance=3", "x=2"])
        #expect(bad == ["broken"])
    }
}
