import Domain

/// How large a generated programme is (issue 6): one county over two weeks, one prefecture of
/// about eight counties over four weeks, or one province of about ten prefectures.
public enum GeneratorScale: String, CaseIterable, Sendable {
    case county, prefecture, province

    var prefectures: Int { self == .province ? 10 : 1 }
    var weeks: Int { self == .county ? 2 : 4 }
    /// "县级", "地区级", "省级", for the programme's name.
    var chinese: String {
        switch self {
        case .county: "县级";
        case .prefecture: "地区级";
        case .province: "省级"
        }
    }
}

/// Builds realistic training scenarios of a given scale, the same value for the same seed.
///
/// Structure, so a solver may decompose by county: every county has its own sites (a county
/// Party school, an industrial park, three townships with a township Party school, a village
/// and a field or project classroom), its own courses (ids prefixed by the county), its own
/// teachers and its own five-haves units. Above the counties a prefecture shares a Party school
/// with a situation report for leadership groups, a few experts who also teach in several
/// counties, and the online fingertip classroom with its modules. At prefecture and province
/// scale each county runs two cohorts, one in weeks 1–2 and one in weeks 3–4.
///
/// Sizing keeps every generated scenario comfortably feasible: each course has at least two
/// qualified teachers, `max_periods` is 60 % of a teacher's free periods and the work they are
/// expected to do (counting joint courses once per group) at most 55 % of that, and
/// every venue a group must use holds it.
public struct ScenarioGenerator: Sendable {
    public let scale: GeneratorScale
    public let seed: Int

    public init(scale: GeneratorScale, seed: Int) { self.scale = scale; self.seed = seed }

    public func generate() -> TrainingScenario {
        var b = Builder(scale: scale, seed: seed)
        return b.build()
    }
}

/// Counts of a scenario, as the issue sizes them.
public struct ScenarioSize: Sendable, Equatable, CustomStringConvertible {
    public var groups: Int
    /// Group × course × occurrence × segment, with a menu counted as its periods divided by the
    /// mean length of the courses it offers.
    public var sessionRequirements: Int
    public var teachers: Int
    public var venues: Int
    public var sites: Int
    public var teachingDays: Int
    public var courses: Int
    /// Cadres by name and mentors (`--rosters`); said only when there are any.
    public var cadres = 0
    public var mentors = 0

    public init(of s: TrainingScenario) {
        let courses = Dictionary(s.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sessions = 0
        for g in s.groups {
            for cid in g.required {
                guard let c = courses[cid] else { continue }
                sessions += c.sessions * (c.fiveHaves?.segments.count ?? 1)
            }
            if let m = g.menu {
                let lengths = m.from.compactMap { courses[$0]?.periods }
                if !lengths.isEmpty {
                    let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
                    sessions += Int((Double(m.periods) / mean).rounded())
                }
            }
        }
        groups = s.groups.count; sessionRequirements = sessions; teachers = s.teachers.count
        venues = s.venues.count; sites = s.sites.count; teachingDays = s.calendar.teachingDays.count
        self.courses = s.courses.count
        cadres = s.cadres.count; mentors = s.mentors.count
    }

    public var description: String {
        "\(groups) groups, \(sessionRequirements) sessions, \(teachers) teachers, \(venues) venues, \(sites) sites, \(courses) courses, \(teachingDays) teaching days"
            + (cadres + mentors > 0 ? ", \(cadres) cadres, \(mentors) mentors" : "")
    }
}
