/// 课程表网格（by-group.csv、by-teacher.csv、by-venue.csv）。
enum ChineseGrid {
    static let table: [String: String] = [
        "grid.placement": "跟班学习：{0}", "grid.placementHost": "{0} {1}人",
        "grid.period": "节次",
        "grid.empty.group": "本班次没有安排课程",
        "grid.empty.teacher": "该教师没有授课安排",
        "grid.empty.venue": "该场地没有安排课程"
    ]
}
