import Domain
import Texts

/// A topic counts as fully covered at this many coverage points (a course scores 0–5).
public let fullCoverage = 5.0

extension Plan {
    /// Coverage per group and topic, each group's met share of weighted need, and the potential:
    /// the same share for the best menu choice if teachers and venues were unlimited, so a
    /// planner sees what the resources cost (S2, S4, S10).
    public func needIndicators(_ timetable: Timetable) -> (coverage: [TopicCoverage], shares: [NeedShare]) {
        let facts = TimetableFacts(context: context, timetable: timetable)
        var lines: [TopicCoverage] = []
        var shares: [NeedShare] = []
        for g in context.scenario.groups where !g.needs.isEmpty {
            let best = bestMenuChoice(for: g)
            let needs = g.needs.filter { $0.score > 0 }
            let total = needs.reduce(0.0) { $0 + Double($1.score) * fullCoverage }
            var met = 0.0, potential = 0.0
            var blocked: [String: Phrase] = [:]  // course -> why it is not held
            for need in needs {
                let have = facts.coverage(of: g.id, topic: need.topic)
                let could = coverage(of: need.topic, courses: g.required + best)
                met += Double(need.score) * min(have, fullCoverage)
                potential += Double(need.score) * min(could, fullCoverage)
                var because: [Phrase] = []
                if have + 1e-9 < fullCoverage {
                    let offered = (g.required + (g.menu?.from ?? [])).filter { topicScore(of: $0, need.topic) > 0 }
                    if offered.isEmpty {
                        because = [Phrase("need.noCourse", need.topic)]
                    } else if have + 1e-9 < could {
                        let missing = best.filter { topicScore(of: $0, need.topic) > 0 && !held($0, by: g.id, in: facts) }
                        let why = missing.map { c in
                            let phrase = blocked[c.rawValue] ?? whyNotHeld(c, group: g.id, timetable: timetable)
                            blocked[c.rawValue] = phrase
                            return phrase
                        }
                        because = why.isEmpty ? [Phrase("need.tradedOff")] : why
                    } else {
                        because =
                            could + 1e-9 < fullCoverage && offered.count == (g.required + best).filter({ topicScore(of: $0, need.topic) > 0 }).count
                            ? [Phrase("need.atMost", String(Int(could)), String(Int(fullCoverage)))]
                            : [Phrase("need.menuElsewhere")]
                    }
                }
                lines.append(
                    TopicCoverage(
                        group: g.id, topic: need.topic, gap: need.score, coverage: have, potential: could,
                        reason: Self.english(because), because: because))
            }
            let metShare = total > 0 ? met / total : 1
            let potentialShare = total > 0 ? potential / total : 1
            let heldBack =
                metShare + 1e-9 < potentialShare
                ? (blocked.isEmpty ? [Phrase("need.balance")] : blocked.sorted { $0.key < $1.key }.map(\.value))
                : []
            shares.append(
                NeedShare(
                    group: g.id, met: metShare, potential: potentialShare, heldBackBy: Self.english(heldBack),
                    heldBackBecause: heldBack))
        }
        return (lines, shares)
    }

    func topicScore(of course: Course.ID, _ topic: String) -> Int {
        context.courses[course]?.topics.first { $0.topic == topic }?.score ?? 0
    }

    func coverage(of topic: String, courses: [Course.ID]) -> Double {
        Set(courses).reduce(0.0) { $0 + Double(topicScore(of: $1, topic)) }
    }

    func held(_ course: Course.ID, by group: Group.ID, in facts: TimetableFacts) -> Bool {
        (facts.sessionsOfGroup[group] ?? []).contains { $0.course == course }
    }

    /// The menu courses that fill exactly `menu.periods` and meet the most weighted need with every
    /// required course held and unlimited resources: an exhaustive search over menus of up to 20
    /// courses (ties go to the earlier courses in the menu).
    public func bestMenuChoice(for g: Group) -> [Course.ID] {
        guard let menu = g.menu else { return [] }
        let offered = Array(menu.from.filter { !g.required.contains($0) }.prefix(20))
        let needs = g.needs.filter { $0.score > 0 }
        func share(_ chosen: [Course.ID]) -> Double {
            needs.reduce(0.0) { $0 + Double($1.score) * min(coverage(of: $1.topic, courses: g.required + chosen), fullCoverage) }
        }
        var best: (value: Double, courses: [Course.ID])? = nil
        for mask in 0..<(1 << offered.count) {
            var periods = 0
            var chosen: [Course.ID] = []
            for (i, c) in offered.enumerated() where mask & (1 << i) != 0 {
                periods += context.courses[c]?.totalPeriods ?? 0
                chosen.append(c)
            }
            guard periods == menu.periods else { continue }
            let v = share(chosen)
            if best == nil || v > best!.value + 1e-9 { best = (v, chosen) }
        }
        return best?.courses ?? []
    }

    /// Why a course that the best menu choice would take is not held for the group: the rule that
    /// blocks its placements against the rest of the timetable, in the planner's words.
    func whyNotHeld(_ course: Course.ID, group: Group.ID, timetable: Timetable) -> Phrase {
        let c = course.rawValue
        guard let r = model.requirements.first(where: { $0.group == group && $0.course == course }) else { return Phrase("need.notOffered", c) }
        var probe = timetable
        probe.unmet = [UnmetRequirement(group: group, course: course, occurrence: r.occurrence, segment: r.segment, rule: nil, reason: "")]
        guard let d = diagnose(probe).first, let rule = d.rule else { return Phrase("need.notHeld", c) }
        switch rule {
        case .teacherClash, .teacherLoad, .teacherQualification: return Phrase("need.noTeacher", c, rule.rawValue)
        case .venueClash, .venueCapacity, .venueFit: return Phrase("need.noVenue", c, rule.rawValue)
        case .groupClash, .firstCourse, .calendarFit, .availability: return Phrase("need.noPeriod", c, rule.rawValue)
        case .sessionCoverage: return Phrase("need.otherElective", c)
        default: return Phrase("need.blocked", c, rule.rawValue)
        }
    }

    /// The English sentence report.json keeps: the parts joined by "; ".
    static func english(_ phrases: [Phrase]) -> String {
        phrases.map { Wording.english.text($0.key, arguments: $0.arguments) }.joined(separator: "; ")
    }
}
