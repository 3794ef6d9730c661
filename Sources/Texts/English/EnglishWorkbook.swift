/// Sheet names and headings of timetable.xlsx.
enum EnglishWorkbook {
    static let table: [String: String] = [
        "xlsx.sheet.teacher": "Teacher {0}",
        "xlsx.sheet.venue": "Venue {0}",
        "xlsx.sheet.list": "All sessions",
        "xlsx.sheet.workload": "Teacher workload",
        "xlsx.title.group": "{0} — timetable of {1}",
        "xlsx.title.teacher": "{0} — teaching timetable of {1}",
        "xlsx.title.venue": "{0} — timetable of {1}",
        "xlsx.title.list": "{0} — every session, one row per class and period",
        "xlsx.title.workload": "{0} — teacher workload (periods)",
        "xlsx.period": "Period",
        "xlsx.nothing": "No sessions scheduled.",
        "xlsx.column.date": "Date", "xlsx.column.weekday": "Weekday", "xlsx.column.period": "Period",
        "xlsx.column.start": "Start", "xlsx.column.end": "End", "xlsx.column.group_id": "Class id",
        "xlsx.column.group_name": "Class", "xlsx.column.course_id": "Course id", "xlsx.column.course_title": "Course",
        "xlsx.column.form": "Form", "xlsx.column.segment": "Five-haves part", "xlsx.column.teacher_id": "Teacher id",
        "xlsx.column.teacher_name": "Teacher", "xlsx.column.venue_id": "Venue id", "xlsx.column.venue_name": "Venue",
        "xlsx.column.venue_kind": "Venue kind", "xlsx.column.session_id": "Session id",
        "xlsx.column.occurrence": "Occurrence",
        "xlsx.workload.teacher_id": "Teacher id", "xlsx.workload.name": "Teacher", "xlsx.workload.sessions": "Sessions",
        "xlsx.workload.periods": "Periods", "xlsx.workload.busiest_day": "Most periods in one day",
        "xlsx.workload.max_periods_per_day": "Day limit (max_periods_per_day)",
        "xlsx.workload.max_periods": "Total limit (max_periods)"
    ]
}
