/// Names of the scenario's enumerated values, as a reader sees them (the files keep the ids).
enum EnglishEnums {
    static let table: [String: String] = [
        "weekday.mon": "Mon", "weekday.tue": "Tue", "weekday.wed": "Wed", "weekday.thu": "Thu",
        "weekday.fri": "Fri", "weekday.sat": "Sat", "weekday.sun": "Sun",
        "segment.theory": "theory introduction", "segment.explanation": "on-site explanation",
        "segment.observation": "observation", "segment.exchange": "exchange", "segment.summary": "summary",
        "form.lecture": "lecture", "form.case": "case study", "form.experiential": "experiential",
        "form.interactive": "interactive", "form.onsite": "on-site teaching", "form.online": "online",
        "form.research": "field research", "form.seminar": "seminar", "form.placement": "shadowing placement",
        "venue.party_school": "Party school", "venue.enterprise_park": "industrial park",
        "venue.field_classroom": "field classroom", "venue.project_classroom": "project classroom",
        "venue.online": "online classroom", "venue.village": "village", "venue.community": "community",
        "venue.enterprise": "enterprise", "venue.other": "other venue", "venue.host_unit": "host unit",
        "category.leadership": "township leadership team", "category.village_secretary": "village Party secretaries",
        "category.young_cadre": "young cadres", "category.other": "other"
    ]
}
