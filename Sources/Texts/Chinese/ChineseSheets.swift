/// coverage.csv、changes.csv、changes-by-teacher.csv 的中文表头。
enum ChineseSheets {
    static let table: [String: String] = [
        "coverage.col.group_id": "班次编号", "coverage.col.group_name": "班次名称", "coverage.col.topic": "需求主题",
        "coverage.col.gap": "缺口", "coverage.col.coverage": "覆盖分", "coverage.col.potential": "可达覆盖分",
        "coverage.col.uncovered": "未覆盖分", "coverage.col.courses": "覆盖课程", "coverage.col.reason": "原因",
        "coverage.col.group_met_share": "班次需求满足率", "coverage.col.group_potential_share": "班次可达满足率",
        "changes.col.teacher_id": "教师编号", "changes.col.teacher_name": "教师姓名",
        "changes.col.venue_id": "场地编号", "changes.col.venue_name": "场地名称",
        "changes.col.group_id": "班次编号", "changes.col.group_name": "班次名称", "changes.col.course_id": "课程编号",
        "changes.col.course_title": "课程名称", "changes.col.occurrence": "第几次", "changes.col.segment": "环节",
        "changes.col.change": "调整内容", "changes.col.before_date": "原日期", "changes.col.before_period": "原节次",
        "changes.col.before_venue": "原场地", "changes.col.before_teacher": "原教师",
        "changes.col.after_date": "新日期", "changes.col.after_period": "新节次",
        "changes.col.after_venue": "新场地", "changes.col.after_teacher": "新教师"
    ]
}
