import Domain

extension Keys {
    static let cadre = ["id", "name", "group", "town", "post", "needs"]
}

extension ScenarioDecoder {
    /// A roster entry (干部名册). `needs` absent means the group's apply; written, even empty, it replaces them.
    func readCadre(_ f: Fields, _ id: String, _ what: String, _ key: EntityKey) -> Cadre {
        let group = reference("groups", f["group"], "group", what, owner: key)
        // Counted for every entry written, so a duplicate id is not also called a size mismatch.
        if let group { rosterCounts[group, default: 0] += 1 }
        let town = reference("sites", f["town"], "town", what, owner: key)
        let post = f["post"].flatMap { r.text($0, "post", what) }
        let needs = f.has("needs") ? readScores(f["needs"], "needs", what) : nil
        return Cadre(
            id: Cadre.ID(id), name: name(f, "name", what), group: Group.ID(group ?? ""), town: town.map { Site.ID($0) },
            post: post, needs: needs)
    }
}
