/// 培训需求未被完全覆盖的原因，以及班次需求满足率受限的原因。
enum ChineseNeeds {
    static let table: [String: String] = [
        "need.noCourse": "必修课和选修菜单中没有覆盖“{0}”的课程",
        "need.tradedOff": "所选选修课侧重其他主题",
        "need.atMost": "所开课程最多覆盖 {1} 分中的 {0} 分",
        "need.menuElsewhere": "选修课时用于缺口更大的主题",
        "need.balance": "选修课的选择兼顾了各主题的平衡",
        "need.notOffered": "“{0}”未开设",
        "need.notHeld": "“{0}”未排入",
        "need.noTeacher": "“{0}”没有有空的合格教师（{1}）",
        "need.noVenue": "“{0}”没有合适的空闲场地（{1}）",
        "need.noPeriod": "“{0}”在本班其他课程排定后找不到空闲节次（{1}）",
        "need.otherElective": "“{0}”本可排入，但另一门选修课更有利于整体目标",
        "need.blocked": "“{0}”受{1}限制"
    ]
}
