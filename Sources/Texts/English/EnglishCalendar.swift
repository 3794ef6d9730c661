/// The iCalendar files for teachers and classes.
enum EnglishCalendar {
    static let table: [String: String] = [
        "ics.name.teacher": "{0} — teaching, {1}",
        "ics.name.class": "{0} — timetable, {1}",
        "ics.classes": "Classes: {0}",
        "ics.teacher": "Teacher: {0}",
        "ics.venue": "Venue: {0}",
        "ics.programme": "Programme: {0}",
    ]
}
