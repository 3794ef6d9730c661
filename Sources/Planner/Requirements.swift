import Domain

/// One session a group must (or, for an elective, may) attend: a course occurrence, or one
/// segment of a five-haves unit. The unit of "scheduled or unmet".
public struct SessionRequirement: Sendable, Equatable {
    public var index: Int
    public var group: Group.ID
    public var course: Course.ID
    /// 1-based occurrence of the course for this group.
    public var occurrence: Int
    public var segment: SegmentKind?
    /// Consecutive periods of this session.
    public var length: Int
    public var venueRule: VenueRule
    /// Chosen from the group's menu rather than required.
    public var elective: Bool
    public var joint: Bool
    public var first: Bool

    public var label: String {
        var s = "\(group) · \(course)"
        if occurrence > 1 { s += " #\(occurrence)" }
        if let segment { s += " · \(segment.rawValue)" }
        return s
    }
}

extension PlanningContext {
    /// Every session requirement of every group, required courses first then menu courses,
    /// in scenario order (deterministic).
    public func sessionRequirements() -> [SessionRequirement] { requirements }

    /// Built once with the context (see `init`): the checks of every trial placement read it.
    static func buildRequirements(_ scenario: TrainingScenario, courses: [Course.ID: Course]) -> [SessionRequirement] {
        var out: [SessionRequirement] = []
        for g in scenario.groups {
            var courseIDs: [(Course.ID, Bool)] = g.required.map { ($0, false) }
            for c in g.menu?.from ?? [] where !g.required.contains(c) { courseIDs.append((c, true)) }
            for (cid, elective) in courseIDs {
                // A shadowing placement is whole days at host units, no session (PlacementBlocks).
                guard let c = courses[cid], c.form != .placement else { continue }
                for occ in 1...max(1, c.sessions) {
                    if let fh = c.fiveHaves {
                        for seg in fh.segments.sorted(by: { $0.kind < $1.kind }) {
                            out.append(
                                SessionRequirement(
                                    index: out.count, group: g.id, course: cid, occurrence: occ, segment: seg.kind,
                                    length: seg.periods, venueRule: seg.venueRule, elective: elective,
                                    joint: c.joint, first: c.first))
                        }
                    } else {
                        out.append(
                            SessionRequirement(
                                index: out.count, group: g.id, course: cid, occurrence: occ, segment: nil,
                                length: c.periods, venueRule: c.venueRule, elective: elective,
                                joint: c.joint, first: c.first))
                    }
                }
            }
        }
        return out
    }
}

extension UnmetRequirement {
    /// A session requirement not held, with why (and the rule that kept it out, if one did).
    public init(_ r: SessionRequirement, rule: RuleName?, reason: String) {
        self.init(group: r.group, course: r.course, occurrence: r.occurrence, segment: r.segment, rule: rule, reason: reason, periods: r.length)
    }

    /// A group's elective menu short of `periods` (listed under the menu's pseudo-course).
    public init(menuOf group: Group.ID, periods: Int, rule: RuleName?, reason: String) {
        self.init(group: group, course: menuShortfallCourse, rule: rule, reason: reason, periods: periods)
    }
}
