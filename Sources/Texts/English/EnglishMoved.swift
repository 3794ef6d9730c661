/// What moved between a base timetable and a variant's (`paike compare`).
enum EnglishMoved {
    static let table: [String: String] = [
        "moved.base": "base",
        "moved.replanned": "variant re-planned",
        "moved.kept": "against the base",
        "moved.fresh": "from scratch",
        "moved.total": "sessions moved against the base",
        "moved.added": "sessions added (not in the base)",
        "moved.groups": "groups with moved sessions",
        "moved.teachers": "teachers with moved sessions",
        "moved.venues": "venues with moved sessions",
        "moved.byGroup": "moved: group {0} ({1})",
        "moved.byTeacher": "moved: teacher {0} ({1})",
        "moved.byVenue": "moved: venue {0} ({1})",
        "moved.note":
            "Moved: sessions of the base whose date, first period, venue or teacher differ in the variant, or that it drops. Variants are re-planned against the base's timetable, as paike solve --keep does, unless --fresh is given. A move counts under each teacher and venue it concerns, before and after. Each variant's changes.csv, changes-by-teacher.csv and changes-by-venue.csv list every move."
    ]
}
