import Domain
import Texts

/// An enumerated value of the scenario format that may also be written by its Chinese name
/// (党校, 讲授, 星期一, 理论导入 …): the names come from the message catalogue's `<prefix>.<raw>`
/// keys, so what Paike prints is what it reads back, plus the synonyms planners commonly use.
public protocol AliasedChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The catalogue prefix of this enum's names: `venue`, `form`, `weekday`, `segment`, `category`.
    static var cataloguePrefix: String { get }
    /// Common spellings besides the catalogue's Chinese name.
    static var synonyms: [String: Self] { get }
}

extension VenueKind: AliasedChoice {
    public static let cataloguePrefix = "venue"
    public static let synonyms: [String: VenueKind] = [
        "县委党校": .partySchool, "党校教室": .partySchool, "园区": .enterprisePark, "产业园": .enterprisePark,
        "田间学校": .fieldClassroom, "田间": .fieldClassroom, "项目": .projectClassroom, "项目现场": .projectClassroom,
        "线上": .online, "网络": .online, "在线": .online, "村委会": .village, "村庄": .village, "社区服务中心": .community,
        "其他": .other, "跟班学习单位": .hostUnit, "接收单位": .hostUnit, "host unit": .hostUnit,
        // Spellings seen in planners' workbooks.
        "党校礼堂": .partySchool, "园区企业": .enterprisePark, "田间地头": .fieldClassroom, "公司": .enterprise, "企业车间": .enterprise, "其它": .other, "其它场地": .other
    ]
}

extension CourseForm: AliasedChoice {
    public static let cataloguePrefix = "form"
    public static let synonyms: [String: CourseForm] = [
        "专题讲授": .lecture, "讲座": .lecture, "授课": .lecture, "案例教学": .case, "案例式": .case,
        "体验": .experiential, "体验式教学": .experiential, "互动": .interactive, "互动式": .interactive,
        "现场": .onsite, "现场教学": .onsite, "网络": .online, "在线": .online, "网络教学": .online, "线上教学": .online,
        "调查研究": .research, "研讨式": .seminar, "研讨交流": .seminar, "跟班培训": .placement, "跟班": .placement, "跟班锻炼": .placement,
        // Spellings seen in planners' workbooks.
        "课堂讲授": .lecture, "体验教学": .experiential, "现场教学单元": .onsite, "五有现场教学": .onsite, "on-site": .onsite, "指尖课堂": .online, "调研式": .research, "研讨会": .seminar,
        "座谈": .seminar
    ]
}

extension Weekday: AliasedChoice {
    public static let cataloguePrefix = "weekday"
    public static let synonyms: [String: Weekday] = [
        "周一": .mon, "周二": .tue, "周三": .wed, "周四": .thu, "周五": .fri, "周六": .sat, "周日": .sun, "周天": .sun,
        "星期天": .sun, "礼拜一": .mon, "礼拜二": .tue, "礼拜三": .wed, "礼拜四": .thu, "礼拜五": .fri, "礼拜六": .sat,
        "礼拜天": .sun, "礼拜日": .sun,
        // Spellings seen in planners' workbooks.
        "星期1": .mon, "monday": .mon, "一": .mon, "星期2": .tue, "tuesday": .tue, "二": .tue, "星期3": .wed, "wednesday": .wed, "三": .wed, "星期4": .thu,
        "thursday": .thu, "四": .thu, "星期5": .fri, "friday": .fri, "五": .fri, "星期6": .sat, "saturday": .sat, "六": .sat, "sunday": .sun, "日": .sun, "天": .sun
    ]
}

extension SegmentKind: AliasedChoice {
    public static let cataloguePrefix = "segment"
    public static let synonyms: [String: SegmentKind] = [
        "导入": .theory, "理论": .theory, "讲解": .explanation, "观摩": .observation, "体验": .observation,
        "交流": .exchange, "总结": .summary, "提炼": .summary,
        // Spellings seen in planners' workbooks.
        "理论导入环节": .theory, "现场讲解环节": .explanation, "观摩体验环节": .observation, "活动交流环节": .exchange, "互动交流": .exchange, "总结提炼环节": .summary
    ]
}

extension GroupCategory: AliasedChoice {
    public static let cataloguePrefix = "category"
    public static let synonyms: [String: GroupCategory] = [
        "乡镇党政领导班子成员": .leadership, "乡镇领导班子": .leadership, "班子成员": .leadership, "乡镇班子": .leadership,
        "村(社区)党组织书记": .villageSecretary, "村党组织书记": .villageSecretary, "社区党组织书记": .villageSecretary,
        "村书记": .villageSecretary, "村支书": .villageSecretary, "年轻干部": .youngCadre, "中青年干部": .youngCadre,
        // Spellings seen in planners' workbooks.
        "乡镇党政班子": .leadership, "党政班子成员": .leadership, "社区书记": .villageSecretary, "村（社区）书记": .villageSecretary, "青年干部": .youngCadre, "青干": .youngCadre,
        "优秀年轻干部班": .youngCadre, "其它": .other
    ]
}

/// Chinese names of enumerated values, built in one place from the catalogue, for the scenario
/// reader and for importers (a workbook's 类型 column) alike.
public enum EnumAliases {
    /// Every accepted spelling of `E` besides its raw value, each with the value it means.
    public static func table<E: AliasedChoice>(_ type: E.Type) -> [String: E] {
        var out = E.synonyms
        for value in E.allCases {
            let key = "\(E.cataloguePrefix).\(value.rawValue)"
            // The catalogue's names win over synonyms; English names ("Party school") read too.
            out[Wording.chinese(key)] = value
            out[Wording.english(key).lowercased()] = value
        }
        return out
    }

    /// The value written as its raw value, a catalogue name or a synonym (surrounding spaces,
    /// full-width ones included, ignored; English case ignored); nil when none matches.
    public static func value<E: AliasedChoice>(_ text: String, as type: E.Type) -> E? {
        let t = text.trimmingCharacters(in: .whitespaces.union(["\u{3000}"]))
        if let v = E(rawValue: t) ?? E(rawValue: t.lowercased()) { return v }
        return table(type)[t] ?? table(type)[t.lowercased()]
    }

    /// The spelling closest to an unrecognised one, with its raw value: `田间教室` → (`田间课堂`,
    /// field_classroom). Chinese spellings are compared by the characters they share (an edit
    /// distance of one is already half of a two-character word), others by edit distance.
    public static func nearest<E: AliasedChoice>(_ text: String, as type: E.Type) -> (spelling: String, value: E)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let names = table(type)
        if t.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
            let chars = Set(t)
            let official = Set(E.allCases.map { Wording.chinese("\(E.cataloguePrefix).\($0.rawValue)") })
            // Ties go to the name Paike prints, then the longer (fuller) name, then the first in order.
            func rank(_ s: String) -> (Int, Int) { (official.contains(s) ? 1 : 0, s.count) }
            var best: (shared: Int, spelling: String)?
            for spelling in names.keys where spelling.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
                let shared = Set(spelling).intersection(chars).count
                // At least half of the longer word's characters in common; a shared beginning counts extra.
                guard 2 * shared >= max(chars.count, spelling.count), shared > 0 else { continue }
                let score = shared + zip(t, spelling).prefix { $0 == $1 }.count
                if best == nil || score > best!.shared
                    || (score == best!.shared
                        && (rank(spelling) > rank(best!.spelling)
                            || (rank(spelling) == rank(best!.spelling) && spelling < best!.spelling)))
                {
                    best = (score, spelling)
                }
            }
            if let best, let v = names[best.spelling] { return (best.spelling, v) }
            return nil
        }
        let raws = E.allCases.map(\.rawValue)
        if let raw = Spelling.closest(to: t, in: raws), let v = E(rawValue: raw) { return (raw, v) }
        return nil
    }

    /// Every synonym by catalogue key (`venue.party_school` → [县委党校, …]), for readers that look
    /// values up by key, such as the workbook importer.
    public static let synonymsByKey: [String: [String]] = {
        var out: [String: [String]] = [:]
        func add<E: AliasedChoice>(_ type: E.Type) {
            for (spelling, value) in E.synonyms { out["\(E.cataloguePrefix).\(value.rawValue)", default: []].append(spelling) }
        }
        add(VenueKind.self); add(CourseForm.self); add(Weekday.self); add(SegmentKind.self); add(GroupCategory.self)
        return out.mapValues { $0.sorted() }
    }()

    /// The Chinese names of every value, `党校 (party_school)`, for an error's list of accepted values.
    public static func chineseNames<E: AliasedChoice>(_ type: E.Type) -> [String] {
        E.allCases.map { "\(Wording.chinese("\(E.cataloguePrefix).\($0.rawValue)")) (\($0.rawValue))" }
    }
}
