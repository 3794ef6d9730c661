/// `paike validate` 的提示：全角标点、枚举值的中文名称、教师每日课时上限。
enum ChineseValidate {
    static let table: [String: String] = [
        "validate.fullwidth.colon": "全角冒号", "validate.fullwidth.comma": "全角逗号",
        "validate.fullwidth.semicolon": "全角分号", "validate.fullwidth.parenthesis": "全角括号",
        "validate.fullwidth.quote": "全角引号", "validate.fullwidth.space": "全角空格",
        "validate.fullwidth.afterKey": "键“{2}”后用了{0}「{1}」",
        "validate.fullwidth.after": "“{2}”后用了{0} {1}",
        "validate.fullwidth.between": "列表项之间用了{0}「{1}」",
        "validate.fullwidth.inValue": "“{2}”的值中有{0}「{1}」",
        "validate.fullwidth.inItem": "列表项中有{0}「{1}」",
        "validate.fullwidth.indent": "缩进中有全角空格 U+3000",
        "validate.fullwidth.use": "请改用半角 {0}",
        "validate.fullwidth.useSpaces": "请用半角空格缩进",
        "validate.fullwidth.note": "第 {2} 列有{0}「{1}」：请改用半角 {3}",
        "validate.alias.didYouMean": "是否应为“{0}”？",
        "validate.alias.didYouMeanName": "是否应为“{0}”（{1}）？",
        "validate.alias.names": "也可以写中文名称：{0}",
        "validate.dailyLimit.lasts": "该课程每次连续 {0} 节",
        "validate.dailyLimit.segmentLasts": "其环节“{0}”连续 {1} 节",
        "validate.dailyLimit.sole": "教师“{0}”每天最多上 {1} 节，却是课程“{2}”唯一的授课教师，而{3}",
        "validate.dailyLimit.soleHint": "把 max_periods_per_day 提高到 {0}，或在另一位教师的 teaches 中加入“{1}”",
        "validate.dailyLimit.every": "课程“{0}”的每位教师每天可上的节数都不够：{1}",
        "validate.dailyLimit.everyHint": "把其中一位教师的 max_periods_per_day 提高到 {0}，或增加一位教师",
        "validate.dailyLimit.teacherNote": "教师“{0}”：max_periods_per_day 为 {1}",
        "validate.ok": "{0}：无误 —— {1} 个班、{2} 位教师、{3} 个场地、{4} 门课程、{5} 个教学日"
    ]
}
