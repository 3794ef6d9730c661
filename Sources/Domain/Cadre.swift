/// One trainee by name (a roster entry, 干部名册): optional. A group that lists cadres has exactly
/// that many (`size` must equal their count); a group without is planned as a whole, as before.
/// Read by mentor matching (each cadre gets a mentor) and shadowing placements (host units).
public struct Cadre: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Cadre>
    public var id: ID
    public var name: String
    public var group: Group.ID
    /// Where the cadre lives and works (a site), for travel to mentors and host units; nil: the group's site.
    public var town: Site.ID?
    /// The cadre's post, e.g. 乡镇党委副书记; shown to people, not interpreted.
    public var post: String?
    /// Gap scores 0–5 per topic for this cadre alone; nil: the group's `needs` apply.
    public var needs: [TopicScore]?
    public init(id: ID, name: String, group: Group.ID, town: Site.ID? = nil, post: String? = nil, needs: [TopicScore]? = nil) {
        self.id = id; self.name = name; self.group = group; self.town = town; self.post = post; self.needs = needs
    }
}

extension TrainingScenario {
    public func cadre(_ id: Cadre.ID) -> Cadre? { cadres.first { $0.id == id } }

    /// The roster of a group, in file order (empty when the group lists no cadres).
    public func cadres(of group: Group.ID) -> [Cadre] { cadres.filter { $0.group == group } }

    /// The needs that apply to a cadre: its own when given, else its group's.
    public func needs(of cadre: Cadre) -> [TopicScore] {
        cadre.needs ?? group(cadre.group)?.needs ?? []
    }

    /// Where a cadre travels from: its own town when given, else its group's site.
    public func town(of cadre: Cadre) -> Site.ID? {
        cadre.town ?? group(cadre.group)?.site
    }
}
