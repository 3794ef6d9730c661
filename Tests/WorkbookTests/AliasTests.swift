import Domain
import Testing

@testable import Workbook

/// Chinese names and the shorter forms planners use read as the file's values.
@Suite struct AliasTests {
    @Test(arguments: [
        ("星期一", "mon"), ("周三", "wed"), ("礼拜五", "fri"), ("星期日", "sun"), ("周天", "sun"), ("Mon", "mon"), ("monday", "mon")
    ])
    func weekdays(_ text: String, _ raw: String) { #expect(Aliases.value(text, "weekday", as: Weekday.self)?.rawValue == raw) }

    @Test(arguments: [
        ("讲授", "lecture"), ("案例", "case"), ("现场教学", "onsite"), ("体验式", "experiential"), ("互动", "interactive"),
        ("线上", "online"), ("研讨", "seminar"), ("调研", "research"), ("case study", "case"), ("on-site teaching", "onsite"), ("LECTURE", "lecture")
    ])
    func forms(_ text: String, _ raw: String) { #expect(Aliases.value(text, "form", as: CourseForm.self)?.rawValue == raw) }

    @Test(arguments: [
        ("党校", "party_school"), ("产业园区", "enterprise_park"), ("园区企业", "enterprise_park"), ("田间课堂", "field_classroom"),
        ("项目课堂", "project_classroom"), ("指尖课堂", "online"), ("Party school", "party_school"), ("party school", "party_school"),
        ("ｐａｒｔｙ＿ｓｃｈｏｏｌ", "party_school")
    ])
    func venueKinds(_ text: String, _ raw: String) { #expect(Aliases.value(text, "venue", as: VenueKind.self)?.rawValue == raw) }

    @Test(arguments: [
        ("理论导入", "theory"), ("现场讲解", "explanation"), ("观摩体验", "observation"), ("活动交流", "exchange"), ("总结提炼", "summary"),
        ("理论", "theory"), ("总结", "summary")
    ])
    func segments(_ text: String, _ raw: String) { #expect(Aliases.value(text, "segment", as: SegmentKind.self)?.rawValue == raw) }

    @Test(arguments: [
        ("班子成员", "leadership"), ("乡镇党政班子成员", "leadership"), ("村书记", "village_secretary"),
        ("村（社区）党组织书记", "village_secretary"), ("年轻干部", "young_cadre"), ("优秀年轻干部", "young_cadre"), ("其他", "other")
    ])
    func categories(_ text: String, _ raw: String) { #expect(Aliases.value(text, "category", as: GroupCategory.self)?.rawValue == raw) }

    @Test func yesNoAndWhatIsNeither() {
        for yes in ["是", "√", "yes", "TRUE", "1"] { #expect(Aliases.bool(yes) == true, "\(yes)") }
        for no in ["否", "no", "false", "0", "×"] { #expect(Aliases.bool(no) == false, "\(no)") }
        #expect(Aliases.bool("maybe") == nil)
        #expect(Aliases.value("礼堂", "venue", as: VenueKind.self) == nil)
    }

    /// No spelling may name two values of one kind, or a cell would read differently by list order.
    @Test func noSpellingIsShared() {
        func check<T: RawRepresentable & CaseIterable>(_ prefix: String, _: T.Type) where T.RawValue == String {
            var seen: [String: String] = [:]
            for v in T.allCases {
                for s in Aliases.spellings("\(prefix).\(v.rawValue)", raw: v.rawValue) {
                    #expect(seen[s] == nil || seen[s] == v.rawValue, "'\(s)' names both \(seen[s] ?? "") and \(v.rawValue)")
                    seen[s] = v.rawValue
                }
            }
        }
        check("weekday", Weekday.self); check("form", CourseForm.self); check("venue", VenueKind.self)
        check("segment", SegmentKind.self); check("category", GroupCategory.self); check("workbook.owner", OwnerKind.self)
    }
}
