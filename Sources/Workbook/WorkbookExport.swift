import Domain
import Texts

/// A scenario as the sheets of a workbook, in the planner's language: every entity one row,
/// enumerated values by their names (党校, 讲授), lists of ids separated by commas. What
/// `WorkbookImport` reads back to the same scenario.
public enum WorkbookExport {
    /// Every sheet of `SheetKind`, then a read-me sheet saying what each column holds.
    /// Groups carry their resolved required courses and menu, so the packages sheet is empty
    /// (packages are folded into the groups when a scenario is loaded).
    public static func sheets(_ s: TrainingScenario, language: Language? = nil, in w: Wording) -> [Sheet] {
        SheetKind.allCases.map { kind in
            Sheet(name: kind.name(w), rows: [header(kind, w)] + rows(kind, s, language: language, w), origin: .workbook(path: ""))
        } + [readme(w)]
    }

    static func header(_ kind: SheetKind, _ w: Wording) -> [String] { kind.columns.map { kind.columnName($0, w) } }

    static func rows(_ kind: SheetKind, _ s: TrainingScenario, language: Language?, _ w: Wording) -> [[String]] {
        let c = s.calendar
        func ids<T>(_ list: [Identifier<T>]) -> String { list.map(\.rawValue).joined(separator: ", ") }
        func names<T: RawRepresentable>(_ list: [T], _ prefix: String) -> String where T.RawValue == String {
            // Names read as a Chinese list with 、; ids stay comma-separated in either language.
            list.map { w("\(prefix).\($0.rawValue)") }.joined(separator: w.language == .zh ? "、" : ", ")
        }
        func count(_ n: Int?) -> String { n.map(String.init) ?? "" }
        func yes(_ b: Bool) -> String { w(b ? "workbook.bool.true" : "workbook.bool.false") }
        func scores(_ list: [TopicScore]) -> String { list.map { "\($0.topic):\($0.score)" }.joined(separator: ", ") }
        func field(_ key: String, _ value: String) -> [String] { [kind.fieldName(key, w), value, kind.note(key, w)] }
        switch kind {
        case .programme:
            return [
                field("format", s.format), field("name", s.name), field("language", language?.rawValue ?? ""),
                field("start", c.start.iso), field("end", c.end.iso), field("weekdays", names(c.weekdays, "weekday")),
                field("pass", s.assessment.map { String($0.pass) } ?? ""),
                field("visit_minutes", count(s.visits?.minutes))
            ]
        case .periods:
            return c.periods.map { [$0.id.rawValue, $0.name ?? "", $0.start.description, $0.end.description] }
        case .holidays:
            return c.holidays.map { [$0.iso] }
        case .sites:
            return s.sites.map { [$0.id.rawValue, $0.name] }
        case .travel:
            return s.travel.map { [$0.from.rawValue, $0.to.rawValue, String($0.minutes)] }
        case .venues:
            return s.venues.map { v in
                [
                    v.id.rawValue, v.name, w("venue.\(v.kind.rawValue)"), v.isOnline ? "" : v.site?.rawValue ?? "", v.isOnline ? "" : count(v.capacity),
                    count(v.hostCapacity), scores(v.topics)
                ]
            }
        case .teachers:
            return s.teachers.map { t in
                [t.id.rawValue, t.name, ids(t.teaches), t.site?.rawValue ?? "", count(t.maxPeriodsPerDay), count(t.maxPeriods)]
            }
        case .courses:
            return s.courses.map { k in
                // A placement is whole days: no periods or sessions, its days and hosts instead.
                [
                    k.id.rawValue, k.title, w("form.\(k.form.rawValue)"), k.fiveHaves == nil && k.placement == nil ? String(k.periods) : "",
                    names(k.venueRule.kinds, "venue"), ids(k.venueRule.venues), scores(k.topics), yes(k.first), yes(k.joint),
                    k.placement == nil ? String(k.sessions) : "", count(k.minDays), count(k.fiveHaves?.withinDays), ids(k.after),
                    count(k.placement?.days), ids(k.placement?.hosts ?? [])
                ]
            }
        case .segments:
            return s.courses.flatMap { k in
                (k.fiveHaves?.segments ?? []).map { seg in
                    [k.id.rawValue, w("segment.\(seg.kind.rawValue)"), String(seg.periods), names(seg.venueRule.kinds, "venue"), ids(seg.venueRule.venues)]
                }
            }
        case .groups:
            return s.groups.map { g in
                [
                    g.id.rawValue, g.name, w("category.\(g.category.rawValue)"), String(g.size), g.site?.rawValue ?? "", ids(g.required),
                    "", "", g.menu.map { ids($0.from) } ?? "", count(g.menu?.periods), scores(g.needs),
                    count(g.mentoring?.months), count(g.mentoring?.meetings)
                ]
            }
        case .packages:
            return []
        case .cohorts:
            return s.cohorts.map { [$0.id.rawValue, $0.name, ids($0.groups)] }
        case .pins:
            return s.pins.map { p in
                [
                    p.group.rawValue, p.course.rawValue, count(p.occurrence), p.segment.map { w("segment.\($0.rawValue)") } ?? "",
                    p.date?.iso ?? "", p.period?.rawValue ?? "", p.venue?.rawValue ?? "", p.teacher?.rawValue ?? ""
                ]
            }
        case .unavailable:
            let owners: [(OwnerKind, String, [Unavailability])] =
                s.venues.map { (.venue, $0.id.rawValue, $0.unavailable) } + s.teachers.map { (.teacher, $0.id.rawValue, $0.unavailable) }
                + s.groups.map { (.group, $0.id.rawValue, $0.unavailable) } + s.mentors.map { (.mentor, $0.id.rawValue, $0.unavailable) }
                + s.teams.map { (.team, $0.id.rawValue, $0.unavailable) }
            return owners.flatMap { owner, id, entries in
                entries.map { u -> [String] in
                    let kind = w("workbook.owner.\(owner.rawValue)")
                    switch u {
                    case let .date(d, periods): return [kind, id, d.iso, "", "", periods.map(ids) ?? ""]
                    case let .range(from, to): return [kind, id, "", from.iso, to.iso, ""]
                    }
                }
            }
        case .cadres:
            // An empty needs cell means the group's needs (a cadre's own empty list cannot be told apart).
            return s.cadres.map { [$0.id.rawValue, $0.name, $0.group.rawValue, $0.town?.rawValue ?? "", $0.post ?? "", $0.needs.map(scores) ?? ""] }
        case .mentors:
            return s.mentors.map { [$0.id.rawValue, $0.name, $0.site.rawValue, scores($0.topics), String($0.capacity), names($0.categories, "category")] }
        case .teams:
            return s.teams.map { [$0.id.rawValue, $0.name, $0.site.rawValue, String($0.maxVisitsPerDay), String($0.maxMinutesPerDay)] }
        case .objective:
            let o = s.objective
            return [
                field("needs", number(o.needs)), field("travel", number(o.travel)), field("compactness", number(o.compactness)),
                field("teacher_balance", number(o.teacherBalance)), field("stability", number(o.stability)),
                field("over_capacity", o.overCapacity.map(number) ?? ""), field("spread", number(o.spread)),
                field("isolated", number(o.isolated)), field("venue_changes", number(o.venueChanges))
            ]
        }
    }

    /// What every sheet and column holds, for planners filling the workbook in.
    static func readme(_ w: Wording) -> Sheet {
        var rows = [["sheet", "column", "meaning"].map { w("workbook.column.readme.\($0)") }]
        for kind in SheetKind.allCases {
            let keys = kind.isFieldList ? kind.fields : kind.columns
            for key in keys {
                rows.append([kind.name(w), kind.isFieldList ? kind.fieldName(key, w) : kind.columnName(key, w), kind.note(key, w)])
            }
        }
        return Sheet(name: w("workbook.sheet.readme"), rows: rows, origin: .workbook(path: ""))
    }

    /// Whole weights without a decimal point.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}

/// Whose time an unavailability row takes away.
public enum OwnerKind: String, CaseIterable, Sendable {
    case venue, teacher, group, mentor, team
}
