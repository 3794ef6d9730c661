/// The grids (by-group.csv, by-teacher.csv, by-venue.csv): one 课程表 per entity.
enum EnglishGrid {
    static let table: [String: String] = [
        "grid.placement": "Shadowing placement: {0}", "grid.placementHost": "{0} ({1} cadres)",
        "grid.period": "period",
        "grid.empty.group": "no sessions scheduled for this class",
        "grid.empty.teacher": "no sessions scheduled for this teacher",
        "grid.empty.venue": "no sessions scheduled at this venue"
    ]
}
