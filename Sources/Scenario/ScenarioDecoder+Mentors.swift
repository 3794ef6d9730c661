import Domain

extension Keys {
    static let mentor = ["id", "name", "site", "topics", "capacity", "categories", "unavailable"]
    static let mentoring = ["months", "meetings"]
}

extension ScenarioDecoder {
    /// Mentoring runs months, not years; more meetings than days would be a typo.
    static let maxMentoringMonths = 24
    static let maxMeetings = 100

    /// A mentor (导师): where they work, expertise per topic, how many mentees, which categories.
    func readMentor(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Mentor {
        let site = reference("sites", f["site"], "site", what, owner: key)
        let topics = readScores(f["topics"], "topics", what)
        let capacity = f["capacity"].flatMap { r.int($0, "capacity", what, positive: true, range: 1...Self.maxPeople) }
        var categories: [GroupCategory] = []
        if let c = f["categories"], let items = r.list(c, "categories", what) {
            categories = items.compactMap { r.choice($0, "categories", what, as: GroupCategory.self) }
        }
        // Mentors meet after the programme, so their days off lie outside the calendar by design:
        // not recorded for the outside-calendar warning.
        let recorded = unavailableDates.count
        let unavailable = readUnavailable(f["unavailable"], what, owner: key)
        unavailableDates.removeSubrange(recorded...)
        return Mentor(
            id: Mentor.ID(id), name: name(f, "name", what), site: Site.ID(site ?? ""), topics: topics, capacity: capacity ?? 1,
            categories: categories, unavailable: unavailable)
    }

    /// A group's `mentoring: {months, meetings}`.
    func readMentoring(_ node: YNode, _ what: String, _ key: EntityKey) -> Mentoring? {
        guard let f = r.fields(node, "mentoring", what: "the mentoring of \(what)", allowed: Keys.mentoring, required: ["months", "meetings"]) else {
            return nil
        }
        for (k, v) in f.values { map.record(key, field: "mentoring.\(k)", at: v.location) }
        let months = f["months"].flatMap { r.int($0, "months", "the mentoring of \(what)", positive: true, range: 1...Self.maxMentoringMonths) }
        let meetings = f["meetings"].flatMap { r.int($0, "meetings", "the mentoring of \(what)", positive: true, range: 1...Self.maxMeetings) }
        guard let months, let meetings else { return nil }
        return Mentoring(months: months, meetings: meetings)
    }
}
