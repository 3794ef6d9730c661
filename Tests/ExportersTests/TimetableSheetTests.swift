import Domain
import Testing
import Texts

@testable import Exporters

@Suite struct TimetableSheetTests {
    let look = Lookup(Fixture.scenario, Fixture.timetable)

    @Test func aClassSheetHasItsPeriodsAsRowsAndOnlyItsOwnDatesAsColumns() throws {
        let sheets = TimetableSheet.sheets(.group, look)
        #expect(sheets.map(\.entityID) == ["g_sec", "g_young"])
        for sheet in sheets {
            let own = Set(look.sessions.filter { $0.groups.contains(Group.ID(sheet.entityID)) }.map(\.day))
            #expect(sheet.days == own.sorted())
            #expect(sheet.cells.count == Fixture.scenario.calendar.periods.count)
            #expect(sheet.cells.allSatisfy { $0.count == sheet.days.count })
            // Every period of every session of the class is in its cell, and nothing else is.
            let placed = sheet.cells.flatMap { $0.flatMap { $0 } }
            let expected = look.sessions.filter { $0.groups.contains(Group.ID(sheet.entityID)) }
            #expect(placed.count == expected.reduce(0) { $0 + $1.periodCount })
        }
    }

    @Test func headingsAndCellsSpeakTheChosenLanguage() throws {
        let day = Fixture.day("2025-03-10")
        #expect(TimetableSheet.dayHeading(day, .chinese) == "3月10日 星期一")
        #expect(TimetableSheet.dayHeading(day, .english) == "Mon 2025-03-10")
        let unit = try #require(look.sessions.first { $0.segment == .theory })
        #expect(look.courseLabel(unit, .chinese).hasSuffix("（理论导入）"))
        #expect(look.courseLabel(unit, .english).hasSuffix(" (theory introduction)"))
        #expect(TimetableSheet.cellLines(.teacher, unit, look, .chinese).contains(look.groupNames(unit)))
    }

    @Test func aPeriodIsHeadedByTheScenariosNameForIt() {
        var period = Fixture.scenario.calendar.periods[0]
        #expect(TimetableSheet.periodHeading(period) == "am1 08:30–10:00")
        period.name = "上午第一节"
        #expect(TimetableSheet.periodHeading(period) == "上午第一节 08:30–10:00")
    }
}
