/// 方案比较表（屏幕输出、compare.md、compare.csv）及批量汇总共用的指标。
enum ChineseCompare {
    static let table: [String: String] = [
        "compare.title": "方案比较",
        "compare.indicator": "指标", "compare.file": "文件", "compare.status": "状态",
        "compare.status.valid": "有效", "compare.status.unmet": "有未排入", "compare.status.none": "无课表",
        "compare.status.invalid": "方案有误", "compare.status.failure": "失败",
        "compare.unmet": "未排入的要求",
        "compare.objective": "目标值（按基准方案权重）",
        "compare.term": "{0}（{1}，权重 {2}）",
        "compare.moved": "与基准方案相比调整的课次",
        "compare.base": "基准",
        "compare.footnote": "各列口径一致：各项数量用各自的单位，目标值按基准方案的权重重新加权。",
        "indicator.metShare": "需求满足率（各班次平均）",
        "indicator.teacherUse": "教师利用率",
        "indicator.venueUse": "场地利用率（实体教室）",
        "indicator.daysUsed": "使用的教学日"
    ]
}
