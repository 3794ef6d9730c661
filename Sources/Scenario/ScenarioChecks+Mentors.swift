import Domain

extension ScenarioChecks {
    /// A group asking for mentoring when the file lists no mentor at all is a missing section, not a
    /// matching outcome: say so before solving. Capacity and categories are the matching's to report.
    func checkMentoring() {
        guard s.mentors.isEmpty, !anyBroken("mentors"), (d.ids["mentors"] ?? []).isEmpty else { return }
        let w = r.wording
        for g in s.groups where g.mentoring != nil && !isBroken("groups", g.id.rawValue) {
            r.error(
                .mentoringWithoutMentors, w("validate.mentoring.noMentors", g.id),
                at: map.location(of: "groups", id: g.id.rawValue, field: "mentoring") ?? at("groups", g.id.rawValue),
                hint: w("validate.mentoring.noMentorsHint"))
        }
    }
}
