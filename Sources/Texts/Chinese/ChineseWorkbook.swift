/// timetable.xlsx 的工作表名称和表头。
enum ChineseWorkbook {
    static let table: [String: String] = [
        "xlsx.sheet.teacher": "教师 {0}",
        "xlsx.sheet.venue": "场地 {0}",
        "xlsx.sheet.list": "课程总表",
        "xlsx.sheet.workload": "教师课时",
        "xlsx.title.group": "{0}　{1}　课程表",
        "xlsx.title.teacher": "{0}　{1}　授课安排",
        "xlsx.title.venue": "{0}　{1}　使用安排",
        "xlsx.title.list": "{0}　课程总表（每班每节一行）",
        "xlsx.title.workload": "{0}　教师课时统计",
        "xlsx.period": "节次",
        "xlsx.nothing": "没有安排课程。",
        "xlsx.column.date": "日期", "xlsx.column.weekday": "星期", "xlsx.column.period": "节次",
        "xlsx.column.start": "开始", "xlsx.column.end": "结束", "xlsx.column.group_id": "班次编号",
        "xlsx.column.group_name": "班次", "xlsx.column.course_id": "课程编号", "xlsx.column.course_title": "课程",
        "xlsx.column.form": "教学形式", "xlsx.column.segment": "现场教学环节", "xlsx.column.teacher_id": "教师编号",
        "xlsx.column.teacher_name": "教师", "xlsx.column.venue_id": "场地编号", "xlsx.column.venue_name": "场地",
        "xlsx.column.venue_kind": "场地类型", "xlsx.column.session_id": "课次编号",
        "xlsx.column.occurrence": "第几次",
        "xlsx.workload.teacher_id": "教师编号", "xlsx.workload.name": "教师", "xlsx.workload.sessions": "场次",
        "xlsx.workload.periods": "课时", "xlsx.workload.busiest_day": "单日最多课时",
        "xlsx.workload.max_periods_per_day": "每日上限（max_periods_per_day）",
        "xlsx.workload.max_periods": "总课时上限（max_periods）"
    ]
}
