import Domain

extension ScenarioChecks {
    /// A team whose whole day is shorter than one visit can visit no town at all: almost
    /// certainly a typo in minutes (hours written as minutes). A warning, since the timetable
    /// itself does not depend on teams; `paike visits` reports the towns left out.
    func checkTeams() {
        guard !s.teams.isEmpty else { return }
        let w = r.wording
        let visit = s.visits?.minutes ?? VisitSettings.defaultMinutes
        for t in s.teams where !isBroken("teams", t.id.rawValue) && t.maxMinutesPerDay < visit {
            r.warning(
                .teamDayTooShort, w("validate.team.dayTooShort", t.id, t.maxMinutesPerDay, visit),
                at: map.location(of: "teams", id: t.id.rawValue, field: "max_minutes_per_day") ?? at("teams", t.id.rawValue),
                hint: w("validate.team.dayTooShortHint"))
        }
    }
}
