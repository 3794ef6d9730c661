import Domain
import Foundation
import Scenario
import Testing
import Texts

@testable import Workbook

/// `paike workbook` then `paike import` gives back the scenario it started from.
@Suite struct RoundTripTests {
    static let wensu = ScenarioLoader.load(path: Paths.wensu).scenario!

    /// Through an .xlsx workbook and through a folder of CSV files, in either language.
    @Test(arguments: Language.allCases, ["wensu.xlsx", "wensu"])
    func wensuComesBack(_ language: Language, _ name: String) throws {
        let w = Wording(language)
        let path = Paths.temporary().appendingPathComponent(name).path
        try WorkbookFiles.write(WorkbookExport.sheets(Self.wensu, in: w), to: path)
        let sheets = try WorkbookFiles.read(path)
        #expect(sheets.first?.origin == (name.hasSuffix(".xlsx") ? .workbook(path: path) : .csv(path: path + "/" + sheets[0].name + ".csv")))
        let imported = WorkbookImport.read(sheets, wording: w).checked(as: "wensu.yaml", w)
        #expect(imported.diagnostics.isEmpty, "\(imported.rendered)")
        let back = try #require(imported.scenario)
        let s = Self.wensu
        // The same ids, counts and requirements, entity by entity, then the whole value.
        #expect(back.groups.map(\.id) == s.groups.map(\.id))
        #expect(back.teachers.map(\.id) == s.teachers.map(\.id))
        #expect(back.venues.map(\.id) == s.venues.map(\.id))
        #expect(back.courses.map(\.id) == s.courses.map(\.id))
        #expect(back.sites.count == s.sites.count && back.travel.count == s.travel.count)
        #expect(back.calendar.teachingDays == s.calendar.teachingDays)
        #expect(back.groups.map(\.required) == s.groups.map(\.required))
        #expect(back.groups.map(\.menu) == s.groups.map(\.menu))
        // Wensu's roster, mentors (with their days away) and the young classes' mentoring come back too.
        #expect(back.cadres.count == 116 && back.mentors == s.mentors)
        #expect(back.groups.compactMap(\.mentoring).count == 4)
        #expect(back == s)
    }

    @Test func sheetsAndColumnsAreNamedInTheChosenLanguage() {
        let zh = WorkbookExport.sheets(Self.wensu, in: .chinese)
        #expect(zh.map(\.name).prefix(15) == ["项目", "课时", "节假日", "地点", "交通", "场地", "教师", "课程", "五有环节", "班级", "培训套餐", "学员重叠", "固定安排", "不可用时间", "目标权重"])
        let teachers = zh.first { $0.name == "教师" }!
        #expect(teachers.rows[0] == ["编号", "姓名", "可授课程", "所在地点", "每日最多课时", "全程最多课时"])
        let venues = zh.first { $0.name == "场地" }!
        #expect(venues.rows.dropFirst().map { $0[2] }.contains("党校"))
        let en = WorkbookExport.sheets(Self.wensu, in: .english)
        #expect(en.first { $0.name == "venues" }!.rows.dropFirst().map { $0[2] }.contains("Party school"))
    }

    /// Every column the scenario format has, somewhere in the workbook (docs/workbook.md lists them).
    @Test func everyFieldOfTheFormatHasASheetOrColumn() {
        let all = Set(SheetKind.allCases.flatMap { $0.columns + $0.fields })
        for key in [
            "format", "name", "language", "start", "end", "weekdays", "date", "id", "from", "to", "minutes", "kind", "site", "capacity",
            "teaches", "max_periods_per_day", "max_periods", "title", "form", "periods", "venue_kinds", "venues", "topics", "first",
            "joint", "sessions", "min_days", "within_days", "after", "segment", "category", "size", "required", "required_add",
            "required_remove", "menu_from", "menu_periods", "needs", "groups", "group", "course", "occurrence", "period", "venue",
            "teacher", "owner", "travel", "compactness", "teacher_balance", "stability", "over_capacity", "spread", "isolated",
            "venue_changes", "town", "post", "capacity", "categories", "mentoring_months", "mentoring_meetings"
        ] {
            #expect(all.contains(key), "\(key)")
        }
    }

    /// In a workbook, whole numbers are numbers and dates are dates, so Excel sorts and filters them.
    @Test func numbersAndDatesAreTypedInTheWorkbook() {
        #expect(WorkbookFiles.value("120") == .number(120))
        #expect(WorkbookFiles.value("2025-03-10") == .date(year: 2025, month: 3, day: 10))
        #expect(WorkbookFiles.value("007") == .text("007"))
        #expect(WorkbookFiles.value("1.10") == .text("1.10"))
        #expect(WorkbookFiles.value("党校") == .text("党校"))
    }

    @Test func theSameScenarioGivesTheSameFiles() throws {
        let a = Paths.temporary(), b = Paths.temporary()
        try CSVFolder.write(WorkbookExport.sheets(Self.wensu, in: .chinese), to: a.path)
        try CSVFolder.write(WorkbookExport.sheets(Self.wensu, in: .chinese), to: b.path)
        for name in try FileManager.default.contentsOfDirectory(atPath: a.path) {
            #expect(
                FileManager.default.contents(atPath: a.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: b.appendingPathComponent(name).path))
        }
        let x = Paths.temporary().appendingPathComponent("a.xlsx").path, y = Paths.temporary().appendingPathComponent("b.xlsx").path
        try WorkbookFiles.write(WorkbookExport.sheets(Self.wensu, in: .chinese), to: x)
        try WorkbookFiles.write(WorkbookExport.sheets(Self.wensu, in: .chinese), to: y)
        #expect(FileManager.default.contents(atPath: x) == FileManager.default.contents(atPath: y))
        let sheets = try CSVFolder.read(a.path)
        #expect(WorkbookImport.read(sheets, wording: .chinese).yaml == WorkbookImport.read(sheets, wording: .chinese).yaml)
    }

    /// Pins, cohorts, over-capacity, an order rule and every kind of unavailability.
    @Test func partsWensuLacksComeBackToo() throws {
        var s = Template.scenario(.english)
        s.pins = [
            Pin(group: "young", course: "governance", occurrence: 2, date: Day(iso: "2025-03-12"), period: "pm1", teacher: "wang_li"),
            Pin(group: "secretaries", course: "walnut_unit", segment: .explanation, venue: "walnut_field")
        ]
        s.cohorts = [Cohort(id: "both", name: "shared trainees", groups: ["secretaries", "young"])]
        s.objective.overCapacity = 0.5
        s.objective.venueChanges = 3
        s.calendar.holidays = [Day(iso: "2025-03-13")!]
        s.courses[1].minDays = 2
        s.courses[2].after = [s.courses[1].id]
        let w = Wording.chinese
        let imported = WorkbookImport.read(WorkbookExport.sheets(s, language: .en, in: w), wording: w).checked(as: "t.yaml", w)
        #expect(imported.scenario == s, "\(imported.rendered)")
    }
}
