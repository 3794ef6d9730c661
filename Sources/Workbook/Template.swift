import Domain
import Texts

/// The programme `paike init` writes: small but complete (two classes, three teachers, four
/// venues, one five-haves unit, a package), with names in the chosen language. It validates
/// and solves in a second, so a planner can start from it and change one thing at a time.
public enum Template {
    public static func scenario(_ w: Wording) -> TrainingScenario {
        func t(_ key: String) -> String { w("workbook.template.\(key)") }
        let day = { (d: Int) in Day(year: 2025, month: 3, day: d)! }
        func time(_ s: String) -> ClockTime { ClockTime(s)! }
        let calendar = TeachingCalendar(
            start: day(10), end: day(14),
            periods: [
                Period(id: "am1", name: t("period.am1"), start: time("10:00"), end: time("11:30")),
                Period(id: "am2", name: t("period.am2"), start: time("11:45"), end: time("13:15")),
                Period(id: "pm1", name: t("period.pm1"), start: time("16:00"), end: time("17:30")),
                Period(id: "pm2", name: t("period.pm2"), start: time("17:45"), end: time("19:15"))
            ])
        let party = VenueRule(kinds: [.partySchool])
        let walnut = FiveHaves(
            segments: [
                Segment(kind: .theory, periods: 1, venueRule: party),
                Segment(kind: .explanation, periods: 1, venueRule: VenueRule(venues: ["walnut_field"])),
                Segment(kind: .observation, periods: 2, venueRule: VenueRule(venues: ["walnut_field"])),
                Segment(kind: .exchange, periods: 1, venueRule: VenueRule(kinds: [.fieldClassroom, .partySchool])),
                Segment(kind: .summary, periods: 1, venueRule: party)
            ], withinDays: 2)
        var s = TrainingScenario(
            name: t("name"), calendar: calendar,
            sites: [Site(id: "town", name: t("site.town")), Site(id: "park", name: t("site.park"))],
            travel: [Travel(from: "town", to: "park", minutes: 40)],
            venues: [
                Venue(id: "ps_hall", name: t("venue.hall"), kind: .partySchool, site: "town", capacity: 120),
                Venue(id: "ps_room2", name: t("venue.room"), kind: .partySchool, site: "town", capacity: 50),
                Venue(
                    id: "walnut_field", name: t("venue.field"), kind: .fieldClassroom, site: "park", capacity: 60,
                    unavailable: [.date(day(11), periods: ["am1", "am2"])]),
                Venue(id: "fingertip", name: t("venue.online"), kind: .online, site: nil, capacity: nil)
            ],
            teachers: [
                Teacher(id: "wang_li", name: t("teacher.wang"), teaches: ["xi_thought", "governance"], maxPeriodsPerDay: 4, maxPeriods: 16),
                Teacher(id: "zhao_min", name: t("teacher.zhao"), teaches: ["rural_policy", "governance"], site: "town"),
                Teacher(
                    id: "guide_1", name: t("teacher.guide"), teaches: ["walnut_unit"], site: "park",
                    unavailable: [.range(from: day(13), to: day(14))])
            ],
            courses: [
                Course(
                    id: "xi_thought", title: t("course.xi"), form: .lecture, periods: 2, venueRule: party,
                    topics: [TopicScore(topic: "theory", score: 5)], first: true, joint: true),
                Course(
                    id: "governance", title: t("course.governance"), form: .case, periods: 1,
                    topics: [TopicScore(topic: "governance", score: 4)], sessions: 2),
                Course(
                    id: "rural_policy", title: t("course.policy"), form: .lecture, periods: 2, venueRule: party,
                    topics: [TopicScore(topic: "rural_revitalisation", score: 3)]),
                Course(
                    id: "walnut_unit", title: t("course.walnut"), form: .onsite, periods: 6,
                    topics: [TopicScore(topic: "rural_revitalisation", score: 5)], fiveHaves: walnut),
                Course(
                    id: "policy_micro", title: t("course.micro"), form: .online, periods: 1, venueRule: VenueRule(kinds: [.online]),
                    topics: [TopicScore(topic: "governance", score: 2)])
            ],
            groups: [
                Group(
                    id: "secretaries", name: t("group.secretaries"), category: .villageSecretary, size: 45, site: "town",
                    required: ["xi_thought", "walnut_unit"], menu: Menu(from: ["governance", "policy_micro"], periods: 2),
                    needs: [TopicScore(topic: "rural_revitalisation", score: 4), TopicScore(topic: "governance", score: 3)]),
                Group(
                    id: "young", name: t("group.young"), category: .youngCadre, size: 30, site: "town",
                    required: ["xi_thought", "governance", "rural_policy"], needs: [TopicScore(topic: "governance", score: 2)],
                    unavailable: [.date(day(14), periods: nil)])
            ])
        s.language = w.language.rawValue
        return s
    }

    /// The template as sheets; the village secretaries' courses are stated once, in their
    /// category's package, as planners do for several classes of one kind.
    public static func sheets(_ w: Wording) -> [Sheet] {
        let s = scenario(w)
        var sheets = WorkbookExport.sheets(s, language: w.language, in: w)
        let secretaries = s.groups[0]
        guard let p = sheets.firstIndex(where: { SheetKind.kind(named: $0.name) == .packages }),
            let g = sheets.firstIndex(where: { SheetKind.kind(named: $0.name) == .groups })
        else { return sheets }
        func ids<T>(_ list: [Identifier<T>]) -> String { list.map(\.rawValue).joined(separator: ", ") }
        sheets[p].rows.append([
            w("category.\(secretaries.category.rawValue)"), t(w, "package"), ids(secretaries.required),
            ids(secretaries.menu!.from), String(secretaries.menu!.periods)
        ])
        // The group row keeps only what is its own; the package supplies the rest.
        let columns = SheetKind.groups.columns
        for key in ["required", "menu_from", "menu_periods"] { sheets[g].rows[1][columns.firstIndex(of: key)!] = "" }
        return sheets
    }

    static func t(_ w: Wording, _ key: String) -> String { w("workbook.template.\(key)") }

    /// The commented scenario file of the template, read from its own sheets so the two always agree.
    public static func yaml(_ w: Wording) -> String {
        WorkbookImport.read(sheets(w), wording: w, comments: true, header: w("workbook.template.comment")).yaml
    }
}
