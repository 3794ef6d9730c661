import Domain

extension Keys {
    static let team = ["id", "name", "site", "unavailable", "max_visits_per_day", "max_minutes_per_day"]
    static let visits = ["minutes"]
}

extension ScenarioDecoder {
    /// Every order of a day's towns is tried, so a day of more than 8 towns would be a typo (and slow).
    static let maxVisitsPerDay = 8
    static let minutesPerDay = 24 * 60
    /// A team's day when the file gives none: eight hours; towns per day: three.
    static let defaultTeamMinutes = 480
    static let defaultTeamVisits = 3

    /// A follow-up visiting team (跟踪回访小组): its base, days away, and daily limits.
    func readTeam(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Team {
        let site = reference("sites", f["site"], "site", what, owner: key)
        let visits = f["max_visits_per_day"].flatMap { r.int($0, "max_visits_per_day", what, positive: true, range: 1...Self.maxVisitsPerDay) }
        let minutes = f["max_minutes_per_day"].flatMap { r.int($0, "max_minutes_per_day", what, positive: true, range: 1...Self.minutesPerDay) }
        // Visits come after the programme, so days off outside the calendar are expected: not recorded for that warning.
        let recorded = unavailableDates.count
        let unavailable = readUnavailable(f["unavailable"], what, owner: key)
        unavailableDates.removeSubrange(recorded...)
        return Team(
            id: Team.ID(id), name: name(f, "name", what), site: Site.ID(site ?? ""), unavailable: unavailable,
            maxVisitsPerDay: visits ?? Self.defaultTeamVisits, maxMinutesPerDay: minutes ?? Self.defaultTeamMinutes)
    }

    /// `visits: {minutes: 90}`: how long a team stays in each town.
    func readVisits(_ node: YNode) -> VisitSettings? {
        let key = EntityKey(collection: "visits", id: "")
        r.current = key
        defer { r.current = nil }
        guard let f = r.fields(node, "visits", what: "the visits", allowed: Keys.visits, required: ["minutes"]) else { return nil }
        map.record(key, at: node.location)
        for (k, v) in f.values { map.record(key, field: k, at: v.location) }
        guard let minutes = f["minutes"].flatMap({ r.int($0, "minutes", "the visits", positive: true, range: 1...Self.minutesPerDay) }) else {
            return nil
        }
        return VisitSettings(minutes: minutes)
    }
}
