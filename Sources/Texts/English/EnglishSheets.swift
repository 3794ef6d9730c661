/// Headers of the CSVs people open in Excel besides the grids (coverage.csv, changes.csv,
/// changes-by-teacher.csv). English headers are the column ids scripts read, unchanged.
enum EnglishSheets {
    static let table: [String: String] = [
        "coverage.col.group_id": "group_id", "coverage.col.group_name": "group_name", "coverage.col.topic": "topic",
        "coverage.col.gap": "gap", "coverage.col.coverage": "coverage", "coverage.col.potential": "potential",
        "coverage.col.uncovered": "uncovered", "coverage.col.courses": "courses", "coverage.col.reason": "reason",
        "coverage.col.group_met_share": "group_met_share", "coverage.col.group_potential_share": "group_potential_share",
        "changes.col.teacher_id": "teacher_id", "changes.col.teacher_name": "teacher_name",
        "changes.col.venue_id": "venue_id", "changes.col.venue_name": "venue_name",
        "changes.col.group_id": "group_id", "changes.col.group_name": "group_name", "changes.col.course_id": "course_id",
        "changes.col.course_title": "course_title", "changes.col.occurrence": "occurrence", "changes.col.segment": "segment",
        "changes.col.change": "change", "changes.col.before_date": "before_date", "changes.col.before_period": "before_period",
        "changes.col.before_venue": "before_venue", "changes.col.before_teacher": "before_teacher",
        "changes.col.after_date": "after_date", "changes.col.after_period": "after_period",
        "changes.col.after_venue": "after_venue", "changes.col.after_teacher": "after_teacher"
    ]
}
