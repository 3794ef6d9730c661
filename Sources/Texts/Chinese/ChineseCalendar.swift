/// 教师和各班的日历文件（iCalendar）。
enum ChineseCalendar {
    static let table: [String: String] = [
        "ics.name.teacher": "{0} 授课安排 — {1}",
        "ics.name.class": "{0} 课程表 — {1}",
        "ics.classes": "班次：{0}",
        "ics.teacher": "授课教师：{0}",
        "ics.venue": "地点：{0}",
        "ics.placement.summary": "{0}（跟班学习 第{1}天/共{2}天）",
        "ics.placement.hosts": "跟班单位：{0}",
        "ics.placement.host": "{0}（{1}人）",
        "ics.programme": "培训项目：{0}"
    ]
}
