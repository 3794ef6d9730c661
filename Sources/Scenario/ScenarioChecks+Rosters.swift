import Domain

extension ScenarioChecks {
    /// A group that lists its cadres by name has exactly that many: `size` seats the class in
    /// venues, the roster matches people to mentors, so the two must not disagree.
    func checkRosters() {
        // A broken entry (unknown group, bad key) is reported itself; counting around it would mislead.
        guard !s.cadres.isEmpty, !anyBroken("cadres") else { return }
        let w = r.wording
        for g in s.groups where !isBroken("groups", g.id.rawValue) {
            guard let listed = d.rosterCounts[g.id.rawValue], listed != g.size else { continue }
            r.current = EntityKey(collection: "groups", id: g.id.rawValue)
            r.error(
                .rosterSize, w("validate.roster.size", g.id, g.size, listed),
                at: map.location(of: "groups", id: g.id.rawValue, field: "size") ?? at("groups", g.id.rawValue),
                hint: w("validate.roster.sizeHint", listed),
                notes: s.cadres(of: g.id).prefix(1).map { w("validate.roster.firstCadre", $0.id, at("cadres", $0.id.rawValue)) })
            r.current = nil
        }
    }
}
