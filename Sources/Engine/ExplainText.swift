import Domain
import Planner
import Texts

/// What `paike explain` prints: each cause once, with the settings in its way and their values,
/// what it knocks on (counted, not listed line by line), and the change found.
extension Workflow {
    public static func explanation(_ e: Explanation, scenario s: TrainingScenario, wording w: Wording) -> String {
        let o = e.outcome
        if o.summary.status == .none && o.timetable.sessions.isEmpty { return w("explain.noTimetable", s.name) }
        if o.timetable.unmet.isEmpty { return w("explain.allMet", s.name) }
        var lines = [w("explain.header", s.name, o.timetable.unmet.count, e.causes.count)]
        for (n, cause) in e.causes.enumerated() {
            lines.append("")
            let first = cause.roots[0]
            lines.append("\(n + 1). " + w("explain.causeLine", requirementWords(cause.roots, in: s, wording: w), localReason(first, w), first.ruleName))
            if !cause.blockers.isEmpty {
                lines.append("   " + w("explain.blockedBy"))
                for b in mergedRules(cause.blockers) { lines.append("     - " + words(b, in: s, wording: w, among: cause.blockers)) }
            }
            if !cause.knockOns.isEmpty {
                let rules = Set(cause.knockOns.map(\.ruleName)).sorted().joined(separator: ", ")
                let courses = orderedUnique(cause.knockOns.map { $0.course.rawValue })
                let shown = courses.prefix(6).joined(separator: separator(w)) + (courses.count > 6 ? "…" : "")
                lines.append("   " + w("explain.knockOn", cause.knockOns.count, rules, shown))
            }
            if cause.fix?.isEmpty == true {
                lines.append("   " + w("explain.noChangeNeeded"))
            } else if let fix = cause.fix {
                let change = fix.map { $0.words(w, in: s) }.joined(separator: w("explain.and"))
                lines.append("   " + w(fix.count == 1 ? "explain.fix" : "explain.fixTwo", change))
            } else if let partial = cause.partial {
                let classes = partial.groups.map { "\(s.group($0)?.name ?? $0.rawValue) [\($0)]" }.joined(separator: separator(w))
                lines.append("   " + w("explain.partial", cause.tried, partial.change.words(w, in: s), classes))
            } else if cause.tried == 0 {
                lines.append("   " + w("explain.noTime"))
            } else {
                lines.append("   " + w("explain.noFix", cause.tried))
            }
        }
        lines.append("")
        lines.append(w("explain.rules"))
        let rules = Dictionary(grouping: o.timetable.unmet, by: \.ruleName).sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        for (rule, list) in rules {
            let forbids = allConstraintFamilies.first { $0.name.rawValue == rule }?.forbids ?? ""
            // The rule's sentence is the family's own (English); Chinese readers get its name first.
            let name = w.language == .zh && w.has("explain.rule.\(rule)") ? "\(w("explain.rule.\(rule)")) \(rule)" : rule
            lines.append("  \(name) (\(list.count)): \(forbids)")
        }
        return lines.joined(separator: "\n")
    }

    /// Venue rules of several segments of one unit that allow the same venues, said once.
    static func mergedRules(_ blockers: [BlockingSetting]) -> [BlockingSetting] {
        var out: [BlockingSetting] = []
        for b in blockers {
            if case let .venueRule(c, _, kinds, venues) = b,
                out.contains(where: {
                    if case let .venueRule(c2, _, k2, v2) = $0 { c2 == c && k2 == kinds && v2 == venues } else { false }
                })
            {
                continue
            }
            out.append(b)
        }
        return out
    }

    /// An id as each language quotes it.
    static func quoted(_ x: CustomStringConvertible, _ w: Wording) -> String { w.language == .zh ? "“\(x)”" : "'\(x)'" }

    /// Between items of a list: the enumeration comma in Chinese.
    static func separator(_ w: Wording) -> String { w.language == .zh ? "、" : ", " }

    static func orderedUnique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }

    /// `书记班 [secretaries] · 核桃产业现场教学 [walnut_unit] · explanation, observation`, several
    /// classes joined when the cause is shared.
    static func requirementWords(_ roots: [UnmetRequirement], in s: TrainingScenario, wording w: Wording) -> String {
        let groups = orderedUnique(roots.map(\.group.rawValue)).map { g in "\(s.group(.init(g))?.name ?? g) [\(g)]" }
        let c = roots[0].course
        var text = groups.joined(separator: w("explain.and")) + " · \(s.course(c)?.title ?? c.rawValue) [\(c)]"
        let occurrences = orderedUnique(roots.filter { $0.occurrence > 1 }.map { "#\($0.occurrence)" })
        if !occurrences.isEmpty { text += " " + occurrences.joined(separator: ", ") }
        let segments = orderedUnique(roots.compactMap { $0.segment.map { w("segment.\($0.rawValue)") } })
        if !segments.isEmpty { text += " · " + segments.joined(separator: separator(w)) }
        return text
    }

    /// The diagnosis's reason; the planner words it in English, so Chinese readers get the rule's
    /// name in their language with the English detail after it.
    static func localReason(_ u: UnmetRequirement, _ w: Wording) -> String {
        w.language == .en ? u.reason : w("explain.reasonZh", w.has("explain.rule.\(u.ruleName)") ? w("explain.rule.\(u.ruleName)") : u.ruleName, u.reason)
    }

    static func days(_ list: [Day], _ w: Wording) -> String {
        let shown = list.prefix(5).map { "\(w("weekday.\($0.weekday.rawValue)")) \($0)" }
        return shown.joined(separator: separator(w)) + (list.count > 5 ? w("explain.more", list.count - 5) : "")
    }

    /// `among`: the cause's other settings, so a venue rule shared by several segments names them all.
    static func words(_ b: BlockingSetting, in s: TrainingScenario, wording w: Wording, among: [BlockingSetting] = []) -> String {
        func venue(_ v: Venue.ID) -> String {
            let x = s.venues.first { $0.id == v }
            return w("explain.venue", x.map { w("venue.\($0.kind.rawValue)") } ?? "", v, x?.name ?? "")
        }
        func teacher(_ t: Teacher.ID) -> String { w("explain.teacher", t, s.teachers.first { $0.id == t }?.name ?? "") }
        switch b {
        case let .venueClosed(v, closed, open):
            if open.isEmpty { return w("explain.block.venueNeverOpen", venue(v)) }
            return open.count <= closed.count
                ? w("explain.block.venueOpenOnly", venue(v), days(open, w))
                : w("explain.block.venueClosed", venue(v), days(closed, w))
        case let .venueTooSmall(v, capacity, size): return w("explain.block.venueTooSmall", venue(v), capacity, size)
        case let .venueRule(c, segment, kinds, venues):
            let alike = among.compactMap { other -> SegmentKind? in
                if case let .venueRule(c2, seg2, k2, v2) = other, c2 == c, k2 == kinds, v2 == venues { seg2 } else { nil }
            }
            let segments = segment.map { orderedUnique(([$0] + alike).map(\.rawValue)) } ?? []
            let what =
                segments.isEmpty
                ? Workflow.quoted(c, w)
                : w("explain.segmentOf", segments.map { w("segment.\($0)") }.joined(separator: separator(w)), c)
            var allowed = kinds.map { k in w("explain.kind", w("venue.\(k.rawValue)"), k.rawValue) } + venues.map { Workflow.quoted($0, w) }
            if allowed.isEmpty { allowed = [w("explain.anyVenue")] }
            return w("explain.block.venueRule", what, allowed.joined(separator: separator(w)))
        case let .teacherDailyLimit(t, limit, length): return w("explain.block.dailyLimit", teacher(t), limit, length)
        case let .teacherTotalLimit(t, limit, length): return w("explain.block.totalLimit", teacher(t), limit, length)
        case let .teacherClosed(t, closed): return w("explain.block.teacherClosed", teacher(t), days(closed, w))
        case let .teachers(c, list):
            return list.isEmpty
                ? w("explain.block.noTeacher", c)
                : w("explain.block.teachers", c, list.map { teacher($0) }.joined(separator: separator(w)))
        case let .calendar(g, days, periods, needed, available):
            return w("explain.block.calendar", days, periods, "\(s.group(g)?.name ?? g.rawValue) [\(g)]", needed, available)
        case let .order(g, c, p):
            return w("explain.block.order", c, p, "\(s.group(g)?.name ?? g.rawValue) [\(g)]")
        }
    }
}
