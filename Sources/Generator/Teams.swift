import Domain

extension ScenarioGenerator {
    /// `paike generate --teams N`: follow-up visiting teams (跟踪回访) and `visits: {minutes: 90}`
    /// added to a generated scenario. Teams are based first at the prefecture seats (地委组织部),
    /// then at the county seats (县委组织部 / 党校) in the order the file lists them, round again
    /// when there are more teams than seats; three towns and eight hours a day. About one team in
    /// four is away a week in the two months after the programme. Drawn from a random source of
    /// its own, so the rest of the scenario is the same as without the option.
    public func addTeams(_ count: Int, to base: TrainingScenario) -> TrainingScenario {
        guard count > 0 else { return base }
        var s = base
        var rng = SeededRandom(seed: seed &* 104_729 &+ 29)
        let prefectures = s.sites.filter { $0.id.rawValue.hasSuffix("pref_seat") }
        let counties = s.sites.filter { $0.id.rawValue.hasSuffix("seat") && !$0.id.rawValue.hasSuffix("pref_seat") }
        let bases = prefectures + counties
        guard !bases.isEmpty else { return s }
        var used: [Site.ID: Int] = [:]
        for n in 0..<count {
            let site = bases[n % bases.count]
            used[site.id, default: 0] += 1
            // "英附县县城（县委党校所在地）" → 英附县; "普提地区行政中心（…）" → 普提地区.
            let place = site.name.components(separatedBy: "县城").first.map { $0.hasSuffix("县") ? $0 : $0.components(separatedBy: "行政中心")[0] } ?? site.name
            let isPrefecture = site.id.rawValue.hasSuffix("pref_seat")
            let office = isPrefecture ? "地委组织部" : "委组织部"
            let name = "\(isPrefecture && place.hasSuffix("地区") ? String(place.dropLast(2)) : place)\(office)回访\(chinese(used[site.id]!))组"
            var team = Team(id: Team.ID("team_\(n + 1)"), name: name, site: site.id, maxVisitsPerDay: 3, maxMinutesPerDay: 480)
            if rng.chance(25) {
                let from = s.calendar.end.adding(days: rng.int(1...55))
                team.unavailable = [.range(from: from, to: from.adding(days: 6))]
            }
            s.teams.append(team)
        }
        s.visits = VisitSettings(minutes: 90)
        return s
    }
}
