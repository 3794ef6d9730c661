/// The iCalendar files for teachers and classes.
enum EnglishCalendar {
    static let table: [String: String] = [
        "ics.name.teacher": "{0} — teaching, {1}",
        "ics.name.class": "{0} — timetable, {1}",
        "ics.classes": "Classes: {0}",
        "ics.teacher": "Teacher: {0}",
        "ics.venue": "Venue: {0}",
        "ics.placement.summary": "{0} (shadowing placement, day {1} of {2})",
        "ics.placement.hosts": "Host units: {0}",
        "ics.placement.host": "{0} ({1})",
        "ics.programme": "Programme: {0}"
    ]
}
