import Domain

extension ScenarioGenerator {
    /// Cadres per mentor, as the issue sizes mentoring (导师帮带): about one mentor per 13 cadres.
    static let cadresPerMentor = 13

    /// `generate()` with rosters and mentoring (`paike generate --rosters`): every village-secretary
    /// class lists its cadres by name (from the class's county seat and townships) and is mentored
    /// for six months, three meetings, by experienced secretaries and county cadres, about one per
    /// 13 cadres, at the county's places. New village secretaries are who mentoring pairs most
    /// (a county has about 200 of them in four classes). Drawn from a random source of its own, so
    /// the rest of the scenario is the same as without the option.
    public func generateWithRosters() -> TrainingScenario {
        addRosters(to: generate())
    }

    public func addRosters(to base: TrainingScenario) -> TrainingScenario {
        var s = base
        var rng = SeededRandom(seed: seed &* 7919 &+ 13)
        let window = (from: s.calendar.end.adding(days: 1), to: s.calendar.end.adding(days: 180))
        // Names differ within a class and among a county's mentors; a province has more cadres
        // than the name pool, so repeats elsewhere are allowed (as in life), and after a few tries here too.
        var usedNames = Set<String>()
        func uniqueName() -> String {
            for _ in 0..<20 {
                let name = rng.personName()
                if usedNames.insert(name).inserted { return name }
            }
            return rng.personName()
        }
        // A county's places: its seat and townships (and park, for mentors), by the seat's id prefix.
        func places(of seat: Site.ID, withPark: Bool) -> [Site.ID] {
            let prefix = String(seat.rawValue.dropLast("seat".count))
            return s.sites.map(\.id).filter {
                $0 == seat || ($0.rawValue.hasPrefix(prefix + "town") && !$0.rawValue.dropFirst(prefix.count).contains("_"))
                    || (withPark && $0.rawValue == prefix + "park")
            }
        }
        let posts = ["村党支部书记", "村党组织书记兼村委会主任", "社区党组织书记", "村党支部书记（新任）", "社区党委书记"]
        let topics = Array(Set(s.groups.flatMap { $0.needs.map(\.topic) })).sorted()
        // Mentors per county seat, in the order the seats' classes come.
        var menteesBySeat: [(seat: Site.ID, count: Int)] = []
        for i in s.groups.indices where s.groups[i].category == .villageSecretary {
            let g = s.groups[i]
            guard let seat = g.site, seat.rawValue.hasSuffix("seat") else { continue }
            let towns = places(of: seat, withPark: false)
            usedNames = []
            for n in 1...g.size {
                var cadre = Cadre(
                    id: Cadre.ID("\(g.id)_\(n < 10 ? "0" : "")\(n)"), name: uniqueName(), group: g.id,
                    town: rng.pick(towns), post: rng.pick(posts))
                // About one in five has gaps of their own.
                if rng.chance(20), !topics.isEmpty {
                    cadre.needs = rng.choose(2, of: topics).map { TopicScore(topic: $0, score: rng.int(3...5)) }
                }
                s.cadres.append(cadre)
            }
            s.groups[i].mentoring = Mentoring(months: 6, meetings: 3)
            if let k = menteesBySeat.firstIndex(where: { $0.seat == seat }) { menteesBySeat[k].count += g.size } else { menteesBySeat.append((seat, g.size)) }
        }
        for (seat, count) in menteesBySeat {
            let mentors = max(1, (count + Self.cadresPerMentor / 2) / Self.cadresPerMentor)
            // Enough places for everyone with about 15 % to spare, so the matching has choices.
            let capacity = (count * 115 / 100 + mentors - 1) / mentors
            let sites = places(of: seat, withPark: true)
            let prefix = String(seat.rawValue.dropLast("seat".count))
            usedNames = []
            for n in 1...mentors {
                var m = Mentor(
                    id: Mentor.ID("\(prefix)mentor_\(n)"), name: uniqueName(), site: rng.pick(sites),
                    topics: rng.choose(2, of: topics).map { TopicScore(topic: $0, score: rng.int(3...5)) },
                    capacity: capacity, categories: [.villageSecretary])
                // A quarter are away a week or two in the mentoring months.
                if rng.chance(25) {
                    let from = window.from.adding(days: rng.int(0...160))
                    m.unavailable = [.range(from: from, to: from.adding(days: rng.int(6...13)))]
                }
                s.mentors.append(m)
            }
        }
        return s
    }
}
