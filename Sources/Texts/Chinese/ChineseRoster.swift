/// 干部名册与导师帮带：校验、输出与摘要。
enum ChineseRoster {
    static let table: [String: String] = [
        "validate.roster.size": "班次“{0}”的人数（size）为 {1}，但干部名册列出 {2} 名干部",
        "validate.roster.sizeHint": "把 size 改为 {0}，或在名册中列全该班的干部",
        "validate.roster.firstCadre": "该班名册的第一名干部“{0}”在 {1}",
    ]
}
