import Foundation
import Domain
import Texts

/// How planners write enumerated values in a sheet: the file's own spelling (`party_school`),
/// the catalogue's names in both languages (党校, Party school) and the shorter forms people
/// use (园区企业, 村书记, 周一). One table, so the YAML loader's aliases can join it later.
public enum Aliases {
    /// Spellings beyond the catalogue's, per catalogue key.
    static let extra: [String: [String]] = [
        "weekday.mon": ["周一", "礼拜一", "星期1", "monday", "一"], "weekday.tue": ["周二", "礼拜二", "星期2", "tuesday", "二"],
        "weekday.wed": ["周三", "礼拜三", "星期3", "wednesday", "三"], "weekday.thu": ["周四", "礼拜四", "星期4", "thursday", "四"],
        "weekday.fri": ["周五", "礼拜五", "星期5", "friday", "五"], "weekday.sat": ["周六", "礼拜六", "星期6", "saturday", "六"],
        "weekday.sun": ["周日", "周天", "星期天", "礼拜天", "礼拜日", "sunday", "日", "天"],
        "segment.theory": ["理论", "理论导入环节"], "segment.explanation": ["讲解", "现场讲解环节"],
        "segment.observation": ["观摩", "体验", "观摩体验环节"], "segment.exchange": ["交流", "活动交流环节", "互动交流"],
        "segment.summary": ["总结", "总结提炼环节"],
        "form.lecture": ["讲座", "专题讲授", "课堂讲授"], "form.case": ["案例教学", "案例式", "case study"],
        "form.experiential": ["体验", "体验教学"], "form.interactive": ["互动", "互动式"],
        "form.onsite": ["现场", "现场教学单元", "五有现场教学", "on-site"], "form.online": ["线上教学", "网络", "指尖课堂"],
        "form.research": ["调研式", "调查研究"], "form.seminar": ["研讨式", "研讨会", "座谈"],
        "venue.party_school": ["党校教室", "党校礼堂", "县委党校"], "venue.enterprise_park": ["园区企业", "产业园", "园区"],
        "venue.field_classroom": ["田间", "田间地头"], "venue.project_classroom": ["项目", "项目现场"],
        "venue.online": ["线上", "网络", "在线"], "venue.village": ["村委会", "村庄"], "venue.community": ["社区服务中心"],
        "venue.enterprise": ["公司", "企业车间"], "venue.other": ["其他", "其它", "其它场地"],
        "category.leadership": ["班子成员", "乡镇班子", "乡镇党政班子", "党政班子成员", "乡镇领导班子"],
        "category.village_secretary": ["村书记", "村党组织书记", "社区书记", "村（社区）书记", "村(社区)党组织书记"],
        "category.young_cadre": ["年轻干部", "青年干部", "青干", "优秀年轻干部班"], "category.other": ["其它"],
        "workbook.owner.venue": ["场所", "教学场所"], "workbook.owner.teacher": ["老师", "讲解员", "导师"], "workbook.owner.group": ["班次", "班"],
        "workbook.bool.true": ["是", "对", "√", "✓", "✔", "y", "yes", "true", "1", "要", "需要"],
        "workbook.bool.false": ["否", "不", "×", "✗", "n", "no", "false", "0", "不是", "无"],
    ]

    /// The value of `T` that `text` names, with `prefix` the catalogue's key prefix (`form`, `venue`…).
    public static func value<T: RawRepresentable & CaseIterable>(_ text: String, _ prefix: String, as: T.Type) -> T? where T.RawValue == String {
        let n = normal(text)
        guard !n.isEmpty else { return nil }
        return T.allCases.first { spellings("\(prefix).\($0.rawValue)", raw: $0.rawValue).contains(n) }
    }

    /// A yes/no cell: 是/否, yes/no, true/false, 1/0, ✓/×; empty is nil.
    public static func bool(_ text: String) -> Bool? {
        let n = normal(text)
        if spellings("workbook.bool.true", raw: "true").contains(n) { return true }
        if spellings("workbook.bool.false", raw: "false").contains(n) { return false }
        return nil
    }

    /// Every accepted spelling of one catalogue key, normalised.
    static func spellings(_ key: String, raw: String) -> Set<String> {
        var all: Set<String> = [normal(raw), normal(raw.replacingOccurrences(of: "_", with: " "))]
        for language in Language.allCases where Wording(language).has(key) { all.insert(normal(Wording(language)(key))) }
        for e in extra[key] ?? [] { all.insert(normal(e)) }
        return all
    }

    /// Case, spaces and full-width forms do not matter: `ＰＡＲＴＹ_school ` reads as `party_school`.
    public static func normal(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            var c = c
            // Full-width ASCII (U+FF01–FF5E) to half-width; the ideographic space is a space.
            if (0xFF01...0xFF5E).contains(c.value), let h = Unicode.Scalar(c.value - 0xFEE0) { c = h }
            if c.properties.isWhitespace || c == "\u{3000}" || c == "\u{FEFF}" { continue }
            out.append(c)
        }
        return String(out).lowercased()
    }
}
