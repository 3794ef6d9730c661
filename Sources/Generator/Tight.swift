import Domain
import Exporters
import Foundation
import Scenario

/// Builds a tight scenario around a planted timetable (`paike generate --tight`): the timetable
/// is laid out first, group by group, and the teachers, venues, limits and closures are then
/// sized to it, so the scenario is feasible by construction and has little room to spare.
///
/// The layout keeps every hard rule by construction or by checking as it goes:
/// - each group starts with the Xi Jinping Thought course (joint, in a hall, on the first
///   morning or afternoon of its cohort); nothing of the group is before it;
/// - two-period courses fill whole half-days (am1–am2 or pm1–pm2); one-period courses pair up in
///   a half-day at the county seat or online, so a group never changes site within a half-day
///   and every move falls in the 150-minute lunch break (travel is at most 150 minutes);
/// - a five-haves unit runs theory (county Party school, am2 of day d), explanation and
///   observation (the base, pm1–pm2 of day d), exchange and summary (the base, am1–am2 of day
///   d+1), within 2 or 3 teaching days; one group per unit and start day, so on-site venues never clash;
/// - venues are taken first-free in a fixed order, a new room made only when all are busy;
/// - teachers are packed best-fit in time order, checking clashes, their per-day limit and the
///   travel between their sessions, a new teacher hired only when nobody can take a session;
///   `max_periods` is then their planted load plus at most 10 %.
struct TightBuilder {
    let scale: GeneratorScale
    let seed: Int
    var rng: SeededRandom
    var sites: [Site] = []
    var travel: [Travel] = []
    /// "a|b" → minutes, both ways, for quick look-ups.
    var travelTable: [String: Int] = [:]
    var venues: [Venue] = []
    var teachers: [Teacher] = []
    var groups: [Group] = []
    var specs: [Spec] = []
    var usedPlaces = Set<String>()

    /// Venue families: interchangeable venues a course may use, and how to make one more.
    var families: [String: Family] = [:]
    /// Per venue: busy cells (day × 4 + period).
    var venueBusy: [Set<Int>] = []
    /// Per group: its cells, -1 free, -2 kept empty (before its first course), else a draft index.
    var cells: [[Int]] = []
    var drafts: [Draft] = []
    /// "unit|day": a unit already starting that day (for some group).
    var unitStarts = Set<String>()

    // Teachers.
    var teacherRole: [Builder.Role] = []
    var teacherLoad: [Int] = []
    /// Per teacher: day → sessions (first period, count, site).
    var teacherDays: [[Int: [(first: Int, count: Int, site: Site.ID?)]]] = []
    var pools: [String: [Int]] = [:]

    let periods: [Period] = [
        Period(id: "am1", name: "上午第一节", start: ClockTime("10:00")!, end: ClockTime("11:30")!),
        Period(id: "am2", name: "上午第二节", start: ClockTime("12:00")!, end: ClockTime("13:30")!),
        Period(id: "pm1", name: "下午第一节", start: ClockTime("16:00")!, end: ClockTime("17:30")!),
        Period(id: "pm2", name: "下午第二节", start: ClockTime("18:00")!, end: ClockTime("19:30")!)
    ]
    let start = Day(year: 2025, month: 3, day: 10)!  // a Monday
    var end: Day { start.adding(days: 7 * scale.weeks - 3) }
    let days: [Day]
    /// Share of a group's usable periods filled with required sessions.
    static let fill = 0.95

    struct Family {
        var venues: [Int]
        var name: (Int) -> String
        var kind: VenueKind
        var site: Site.ID?
        var capacity: Int?
        var idStem: String
    }

    struct Spec {
        var id: Course.ID
        var title: String
        var form: CourseForm
        var periods: Int
        var families: [String]
        var topics: [TopicScore]
        var first = false
        var joint = false
        var sessions = 1
        /// Five-haves segments: kind and venue family.
        var segments: [(SegmentKind, String)] = []
        var withinDays = 2
        /// Teacher pool key, nil for self-study online modules.
        var pool: String?
        var role: Builder.Role = .school
        var home: Site.ID?
        var online = false
    }

    struct Draft {
        var spec: Int
        var segment: SegmentKind?
        var groups: [Int]
        var day: Int
        var period: Int
        var length: Int
        var venue = -1
        var teacher: Int?
        var occurrence = 1
    }

    init(scale: GeneratorScale, seed: Int) {
        self.scale = scale; self.seed = seed
        rng = SeededRandom(seed: seed)
        let cal = TeachingCalendar(start: start, end: start.adding(days: 7 * scale.weeks - 3), periods: periods)
        days = cal.teachingDays
    }

    // MARK: Build

    mutating func build() -> (TrainingScenario, Timetable) {
        var area = ""
        if scale == .county {
            let online = addOnline(prefix: "")
            area = rng.placeName(avoiding: &usedPlaces) + "县"
            buildCounty(prefix: "", name: area, prefecture: nil, online: online, cohorts: [Array(days.indices)], groupCount: 13)
        } else {
            for n in 0..<scale.prefectures {
                let prefix = scale == .province ? "p\(two(n + 1))_" : ""
                let online = addOnline(prefix: prefix)
                let name = buildPrefecture(prefix: prefix, online: online)
                if area.isEmpty { area = name }
            }
            if scale == .province { area = "自治区" }
        }
        assignResources()
        return finish(area: area)
    }

    /// One prefecture: its seat, hall and situation report, then its counties in two cohorts.
    mutating func buildPrefecture(prefix: String, online: [Int]) -> String {
        let area = rng.placeName(avoiding: &usedPlaces) + "地区"
        let seat = Site.ID(prefix + "pref_seat")
        sites.append(Site(id: seat, name: "\(area)行政中心（地委党校所在地）"))
        addFamily(prefix + "pref_hall", kind: .partySchool, site: seat, capacity: 320, idStem: prefix + "pref_ps_hall") { n in
            n == 1 ? "\(area)地委党校大礼堂" : "\(area)地委党校第\(chinese(n))报告厅"
        }
        addVenue(to: prefix + "pref_hall")
        let situation = addSpec(
            Spec(
                id: Course.ID(prefix + "pref_situation"), title: "\(area)经济社会发展形势与任务报告", form: .lecture,
                periods: 2, families: [prefix + "pref_hall"], topics: scores(rural: 3, governance: 2, industry: 3),
                joint: true, pool: prefix + "pref|expert", role: .expert(seat), home: seat))
        let prefecture = Prefecture(seat: seat, situation: situation)
        let split = days.count / 2
        let cohorts = [Array(0..<split), Array(split..<days.count)]
        var seats: [Site.ID] = []
        let counties = scale == .province ? rng.int(7...9) : 8
        for c in 1...counties {
            let county = rng.placeName(avoiding: &usedPlaces) + "县"
            let countySeat = buildCounty(
                prefix: prefix + "c\(c)_", name: county, prefecture: prefecture, online: online,
                cohorts: cohorts, groupCount: rng.int(12...14))
            for other in seats { addTravel(other, countySeat, rng.int(60...240)) }
            seats.append(countySeat)
        }
        return area
    }

    mutating func addTravel(_ a: Site.ID, _ b: Site.ID, _ minutes: Int) {
        travel.append(Travel(from: a, to: b, minutes: minutes))
        travelTable["\(a)|\(b)"] = minutes
        travelTable["\(b)|\(a)"] = minutes
    }

    struct Prefecture {
        var seat: Site.ID
        var situation: Int
    }

    mutating func addFamily(_ key: String, kind: VenueKind, site: Site.ID?, capacity: Int?, idStem: String, name: @escaping (Int) -> String) {
        families[key] = Family(venues: [], name: name, kind: kind, site: site, capacity: capacity, idStem: idStem)
    }

    /// One more venue of a family; returns its index.
    @discardableResult
    mutating func addVenue(to key: String) -> Int {
        var f = families[key]!
        let n = f.venues.count + 1
        let id = n == 1 ? f.idStem : "\(f.idStem)_\(n)"
        venues.append(Venue(id: Venue.ID(id), name: f.name(n), kind: f.kind, site: f.site, capacity: f.capacity))
        venueBusy.append([])
        f.venues.append(venues.count - 1)
        families[key] = f
        return venues.count - 1
    }

    mutating func addSpec(_ s: Spec) -> Int { specs.append(s); return specs.count - 1 }

    mutating func addOnline(prefix: String) -> [Int] {
        addFamily(prefix + "online", kind: .online, site: nil, capacity: nil, idStem: prefix + "fingertip") { _ in "党员干部“指尖课堂”" }
        addVenue(to: prefix + "online")
        let modules: [(String, String, [TopicScore])] = [
            ("online_party_window", "指尖课堂·党建之窗", scores(party: 3)),
            ("online_policy_law", "指尖课堂·政策法规库", scores(rural: 1, law: 3)),
            ("online_micro_class", "指尖课堂·党务小课堂", scores(party: 2, governance: 1))
        ]
        return modules.map { key, title, topics in
            addSpec(
                Spec(
                    id: Course.ID(prefix + key), title: title, form: .online, periods: 1, families: [prefix + "online"], topics: topics,
                    joint: true, online: true))
        }
    }

    // MARK: County

    @discardableResult
    mutating func buildCounty(
        prefix p: String, name county: String, prefecture: Prefecture?, online: [Int],
        cohorts: [[Int]], groupCount: Int
    ) -> Site.ID {
        // Sites; every trip at most 150 minutes, so any move fits the lunch break.
        let seat = Site.ID(p + "seat"), park = Site.ID(p + "park")
        let parkName = rng.pick(Names.parks)
        sites.append(Site(id: seat, name: "\(county)县城（县委党校所在地）"))
        sites.append(Site(id: park, name: "\(county)\(parkName)"))
        var towns: [(site: Site.ID, name: String, project: Bool, subject: String)] = []
        let projectAt = rng.below(3)
        var crops = rng.choose(3, of: Names.crops)
        for n in 1...3 {
            let project = n - 1 == projectAt
            let town = rng.placeName(avoiding: &usedPlaces) + (rng.chance(60) ? "镇" : "乡")
            let subject = project ? rng.pick(Names.projects) : crops.removeFirst()
            let site = Site.ID(p + "town\(n)")
            sites.append(Site(id: site, name: project ? "\(town)\(subject)项目区" : "\(town)\(subject)产业示范基地"))
            towns.append((site, town, project, subject))
        }
        let countySites = [seat, park] + towns.map(\.site)
        for i in countySites.indices {
            for j in (i + 1)..<countySites.count {
                let minutes = i == 0 ? rng.int(35...120) : rng.int(40...140)
                addTravel(countySites[i], countySites[j], minutes)
            }
        }
        if let prefecture {
            let base = rng.int(50...110)
            addTravel(seat, prefecture.seat, base)
            for s in countySites.dropFirst() { addTravel(s, prefecture.seat, base + rng.int(10...40)) }
        }

        // Venue families.
        let hallCap = rng.int(18...22) * 10, lectureCap = rng.int(15...18) * 10
        addFamily(p + "halls", kind: .partySchool, site: seat, capacity: hallCap, idStem: p + "ps_hall") { n in
            n == 1 ? "\(county)县委党校礼堂" : "\(county)县委党校第\(chinese(n - 1))报告厅"
        }
        addVenue(to: p + "halls")
        families[p + "halls"]!.capacity = lectureCap
        addVenue(to: p + "halls")
        addFamily(p + "rooms", kind: .partySchool, site: seat, capacity: 60, idStem: p + "ps_room") { n in "\(county)县委党校第\(chinese(n))教室" }
        for _ in 1...3 { addVenue(to: p + "rooms") }
        addFamily(p + "seminar", kind: .partySchool, site: seat, capacity: 40, idStem: p + "ps_seminar") { n in
            n == 1 ? "\(county)县委党校研讨室" : "\(county)县委党校第\(chinese(n))研讨室"
        }
        addVenue(to: p + "seminar")
        addFamily(p + "community", kind: .community, site: seat, capacity: 60, idStem: p + "community") { n in
            n == 1 ? "\(county)城区社区党群服务中心" : "\(county)城区第\(chinese(n))社区党群服务中心"
        }
        addVenue(to: p + "community")
        addFamily(p + "park_center", kind: .enterprisePark, site: park, capacity: 80, idStem: p + "park_center") { n in
            n == 1 ? "\(parkName)党群服务中心" : "\(parkName)党群服务中心第\(chinese(n))会议室"
        }
        addVenue(to: p + "park_center")
        addFamily(p + "park_enterprise", kind: .enterprise, site: park, capacity: 60, idStem: p + "park_enterprise") { n in
            n == 1 ? "\(parkName)龙头企业生产车间" : "\(parkName)第\(chinese(n))家骨干企业车间"
        }
        addVenue(to: p + "park_enterprise")
        for (i, t) in towns.enumerated() {
            let n = i + 1, tn = t.name, subject = t.subject, project = t.project
            addFamily(p + "town\(n)_ps", kind: .partySchool, site: t.site, capacity: 60, idStem: p + "town\(n)_ps") { k in
                k == 1 ? "\(tn)党校教室" : "\(tn)党校第\(chinese(k))教室"
            }
            addVenue(to: p + "town\(n)_ps")
            addFamily(p + "town\(n)_village", kind: .village, site: t.site, capacity: 60, idStem: p + "town\(n)_village") { k in
                k == 1 ? "\(tn)示范村党群服务中心" : "\(tn)第\(chinese(k))示范村党群服务中心"
            }
            addVenue(to: p + "town\(n)_village")
            let cap = rng.int(6...8) * 10
            addFamily(
                p + "town\(n)_class", kind: project ? .projectClassroom : .fieldClassroom, site: t.site, capacity: cap,
                idStem: p + "town\(n)_" + (project ? "project" : "field")
            ) { k in
                (project ? "\(tn)\(subject)项目课堂" : "\(tn)\(subject)田间课堂") + (k == 1 ? "" : "（\(chinese(k))号点）")
            }
            addVenue(to: p + "town\(n)_class")
        }

        // Courses.
        func course(
            _ key: String, _ title: String, _ form: CourseForm, _ periods: Int, _ fams: [String], _ topics: [TopicScore],
            _ role: Builder.Role, first: Bool = false, joint: Bool = false, sessions: Int = 1
        ) -> Int {
            let scope: String
            if case let .guide(s) = role { scope = "\(s)|guide" } else { scope = "\(p)|\(role.key)" }
            let home: Site.ID =
                role == .enterprise
                ? park
                : {
                    if case let .guide(s) = role { return s }; return seat
                }()
            return addSpec(
                Spec(
                    id: Course.ID(p + key), title: title, form: form, periods: periods, families: fams.map { p + $0 },
                    topics: topics, first: first, joint: joint, sessions: sessions, pool: scope, role: role, home: home))
        }
        let townSchools = (1...3).map { "town\($0)_ps" }
        let lecture = ["rooms", "halls", "seminar"], wide = ["rooms", "halls", "seminar"] + townSchools
        let xi = course(
            "xi_thought", "习近平新时代中国特色社会主义思想（首修课）", .lecture, 2, ["halls", "rooms"],
            scores(party: 5, rural: 2, governance: 2), .school, first: true, joint: true)
        let ethnic = course("ethnic_unity", "铸牢中华民族共同体意识与民族团结进步", .lecture, 1, lecture, scores(party: 3, governance: 3), .school)
        let discipline = course("clean_governance", "全面从严治党与廉洁自律警示教育", .lecture, 1, lecture, scores(party: 4, law: 2), .school)
        let clinic = course("case_clinic", "基层治理难题会诊（案例研讨）", .seminar, 1, lecture, scores(governance: 4, mediation: 2), .school, sessions: 2)
        let research = course(
            "field_research", "进村入企专题调研", .research, 2,
            ["town1_village", "town2_village", "town3_village", "community", "park_enterprise"],
            scores(rural: 3, governance: 3, industry: 2, mediation: 2), .department)
        let seminar = course("research_seminar", "调研成果集中研讨", .seminar, 1, lecture, scores(rural: 2, governance: 2, mediation: 1), .school)
        let ruralPolicy = course("rural_policy", "乡村全面振兴政策解读", .lecture, 2, wide, scores(rural: 5, industry: 2), .school)
        let leadershipDev = course("leadership_dev", "乡镇党委统筹发展和稳定案例教学", .case, 2, wide, scores(rural: 3, governance: 2, industry: 3), .department)
        let partyOrg = course("village_party_org", "村级党组织标准化规范化建设", .interactive, 2, wide, scores(party: 4, governance: 2), .school)
        let petition = course("petition_mediation", "新时代“枫桥经验”与信访矛盾纠纷化解", .case, 2, wide, scores(governance: 2, mediation: 5, law: 2), .department)
        let youngSkills = course("young_skills", "年轻干部做好群众工作本领提升", .interactive, 2, wide, scores(party: 1, governance: 3, mediation: 2), .school)
        let grid = course("grid_governance", "网格化服务管理与驻村工作实务", .case, 2, wide, scores(governance: 4, mediation: 2), .department)
        var pool2 = [ruralPolicy, leadershipDev, partyOrg, petition, youngSkills, grid]
        pool2.append(course("lawful_admin", "依法行政与乡镇综合行政执法", .lecture, 2, wide, scores(governance: 2, law: 5), .school))
        pool2.append(course("law_village", "法治乡村建设与基层依法办事", .lecture, 2, wide, scores(governance: 2, law: 4), .school))
        pool2.append(course("mediation_workshop", "矛盾纠纷调解情景模拟", .interactive, 2, wide, scores(mediation: 4, law: 3), .department))
        pool2.append(course("emergency_mgmt", "应急管理与防灾减灾", .lecture, 2, wide, scores(governance: 3, law: 2), .department))
        pool2.append(course("party_affairs", "党务工作实务（“三会一课”与发展党员）", .interactive, 2, wide, scores(party: 5), .school))
        pool2.append(course("village_collective", "发展壮大村级集体经济", .case, 2, wide, scores(rural: 4, governance: 1, industry: 3), .department))
        pool2.append(course("investment", "招商引资与优化营商环境", .case, 2, ["park_center", "rooms"], scores(industry: 5), .enterprise))
        pool2.append(course("ecommerce", "农村电商与直播带货", .experiential, 2, ["park_center"], scores(rural: 2, industry: 4), .enterprise))
        for (i, t) in towns.enumerated() {
            let title = t.project ? "\(t.subject)项目建设与管护（项目课堂）" : "\(t.subject)种植技术与品牌建设（田间课堂）"
            pool2.append(
                course(
                    "town\(i + 1)_course", title, .experiential, 2, ["town\(i + 1)_class"],
                    t.project ? scores(rural: 3, governance: 1, industry: 2) : scores(rural: 4, industry: 3), .guide(t.site)))
        }
        // Five-haves units: theory at the county Party school, the rest at the base.
        var units: [Int] = []
        for (i, t) in towns.enumerated() {
            let n = i + 1
            let title = t.project ? "\(t.subject)项目现场教学（项目课堂）" : "\(t.subject)产业现场教学（田间课堂）"
            let u = course(
                "town\(n)_unit", title, .onsite, 5, [], t.project ? scores(rural: 4, governance: 2, industry: 2) : scores(rural: 4, industry: 4), .guide(t.site)
            )
            specs[u].segments = [
                (.theory, p + "rooms"), (.explanation, p + "town\(n)_class"), (.observation, p + "town\(n)_class"),
                (.exchange, p + "town\(n)_village"), (.summary, p + "town\(n)_ps")
            ]
            specs[u].withinDays = rng.int(2...3)
            units.append(u)
        }
        let pu = course("park_unit", "\(county)\(parkName)现场教学", .onsite, 5, [], scores(governance: 1, industry: 5), .guide(park))
        specs[pu].segments = [
            (.theory, p + "rooms"), (.explanation, p + "park_center"), (.observation, p + "park_enterprise"),
            (.exchange, p + "park_center"), (.summary, p + "park_center")
        ]
        specs[pu].withinDays = rng.int(2...3)
        units.append(pu)

        // Groups.
        let categories: [GroupCategory] = [.leadership, .villageSecretary, .youngCadre]
        var issue: [GroupCategory: Int] = [:]
        var members: [[Int]] = cohorts.map { _ in [] }
        var mandatory: [Int: [Int]] = [:]
        for n in 0..<groupCount {
            let category = categories[n % 3]
            let cohort = (n / 3) % cohorts.count
            issue[category, default: 0] += 1
            let key: String, size: Int, needs: [TopicScore], own: [Int]
            switch category {
            case .leadership:
                key = "leaders"; size = rng.int(38...50); own = [ruralPolicy, leadershipDev]; needs = randomNeeds(boost: "industry")
            case .villageSecretary:
                key = "secretaries"; size = rng.int(45...58); own = [partyOrg, petition]; needs = randomNeeds(boost: "party_building")
            default:
                key = "young"; size = rng.int(25...36); own = [youngSkills, grid]; needs = randomNeeds(boost: "grassroots_governance")
            }
            var unavailable: [Unavailability] = []
            if cohorts.count > 1 {
                let other = cohorts[1 - cohort]
                unavailable.append(.range(from: days[other.first!], to: days[other.last!]))
            }
            let townNames = rng.choose(2, of: towns.map(\.name)).joined(separator: "、")
            let label = scale == .county ? "" : county
            groups.append(
                Group(
                    id: Group.ID("\(p)\(key)_\(issue[category]!)"),
                    name: "\(label)\(category.chinese)第\(chinese(issue[category]!))期（\(townNames)）",
                    category: category, size: size, site: seat, required: [], needs: needs, unavailable: unavailable))
            cells.append(Array(repeating: -1, count: days.count * 4))
            members[cohort].append(groups.count - 1)
            mandatory[groups.count - 1] = own
        }

        // Plant, cohort by cohort: the first course, the situation report, units, then the rest.
        for (c, cohort) in cohorts.enumerated() {
            let gs = members[c]
            plantFirst(xi, groups: gs, day: cohort[0], halls: p + "halls")
            if let prefecture {
                let leaders = gs.filter { groups[$0].category == .leadership }
                if !leaders.isEmpty { plantSituation(prefecture.situation, groups: leaders, cohort: cohort) }
            }
            for g in gs {
                var required = [xi]
                if let prefecture, groups[g].category == .leadership { required.append(prefecture.situation) }
                let chosen = rng.choose([1, 2, 3, 3][rng.below(4)], of: units)
                for u in chosen where plantUnit(u, group: g, cohort: cohort) { required.append(u) }
                let modules = rng.choose(2, of: online)
                let spare = online.first { !modules.contains($0) }!
                required += fill(
                    group: g, cohort: cohort, ones: [ethnic, discipline, clinic, clinic, seminar] + modules, spareOne: spare,
                    twos: [research] + mandatory[g]!, pool: pool2)
                var seen = Set<Int>()
                groups[g].required = required.filter { seen.insert($0).inserted }.map { specs[$0].id }
            }
        }
        return seat
    }

    mutating func randomNeeds(boost: String) -> [TopicScore] {
        Topics.all.map { t in TopicScore(topic: t, score: min(5, rng.int(1...4) + (t == boost ? 1 : 0))) }
    }

    // MARK: Planting

    mutating func addDraft(_ d: Draft) -> Int {
        drafts.append(d)
        let i = drafts.count - 1
        for g in d.groups { for q in d.period..<(d.period + d.length) { cells[g][d.day * 4 + q] = i } }
        if d.venue >= 0 { for q in d.period..<(d.period + d.length) { venueBusy[d.venue].insert(d.day * 4 + q) } }
        return i
    }

    /// The first course, joint: groups fill halls in turn on the cohort's first morning, then its
    /// first afternoon; a group taught in the afternoon keeps that morning empty.
    mutating func plantFirst(_ xi: Int, groups gs: [Int], day: Int, halls: String) {
        var slots: [(half: Int, hall: Int)] = []
        for half in [0, 2] { for v in families[halls]!.venues { slots.append((half, v)) } }
        var at = 0
        var batch: [Int] = []
        func flush(_ b: inout TightBuilder) {
            guard !batch.isEmpty else { return }
            let s = slots[at]
            _ = b.addDraft(Draft(spec: xi, groups: batch, day: day, period: s.half, length: 2, venue: s.hall))
            if s.half == 2 { for g in batch { b.cells[g][day * 4] = -2; b.cells[g][day * 4 + 1] = -2 } }
            batch = []
            at += 1
        }
        for g in gs {
            if at == slots.count { slots.append((0, addVenue(to: halls))) }
            let cap = venues[slots[at].hall].capacity!
            if batch.reduce(0, { $0 + groups[$1].size }) + groups[g].size > cap {
                flush(&self)
                if at == slots.count { slots.append((0, addVenue(to: halls))) }
            }
            batch.append(g)
        }
        flush(&self)
    }

    /// The prefecture's situation report for a cohort's leadership groups of one county, joint,
    /// in a free half-day of the prefecture hall after the first day.
    mutating func plantSituation(_ spec: Int, groups gs: [Int], cohort: [Int]) {
        let family = specs[spec].families[0]
        var options: [(day: Int, half: Int, venue: Int)] = []
        for d in cohort.dropFirst() {
            for half in [0, 2] {
                for v in families[family]!.venues where !venueBusy[v].contains(d * 4 + half) && !venueBusy[v].contains(d * 4 + half + 1) {
                    if gs.allSatisfy({ cells[$0][d * 4 + half] == -1 && cells[$0][d * 4 + half + 1] == -1 }) {
                        options.append((d, half, v)); break
                    }
                }
            }
        }
        let o: (day: Int, half: Int, venue: Int) = options.isEmpty ? (cohort[1], 2, addVenue(to: family)) : rng.pick(options)
        _ = addDraft(Draft(spec: spec, groups: gs, day: o.day, period: o.half, length: 2, venue: o.venue))
    }

    /// A five-haves unit: theory am2 of day d, explanation and observation pm1–pm2, exchange and
    /// summary am1–am2 of the next teaching day. False when the group has no such two days free.
    mutating func plantUnit(_ u: Int, group g: Int, cohort: [Int]) -> Bool {
        let need = [1, 2, 3, 4, 5]  // cells from d*4: am2, pm1, pm2, next am1, next am2
        var fresh: [Int] = [], used: [Int] = []
        for d in cohort.dropFirst().dropLast() where need.allSatisfy({ cells[g][d * 4 + $0] == -1 }) && cells[g][d * 4] != -2 {
            if unitStarts.contains("\(u)|\(d)") { used.append(d) } else { fresh.append(d) }
        }
        guard let d = fresh.isEmpty ? (used.isEmpty ? nil : rng.pick(used)) : rng.pick(fresh) else { return false }
        unitStarts.insert("\(u)|\(d)")
        let kinds = specs[u].segments.map(\.0)
        for (k, cell) in zip(kinds, need) {
            _ = addDraft(Draft(spec: u, segment: k, groups: [g], day: d + cell / 4, period: cell % 4, length: 1))
        }
        return true
    }

    /// Fills the group's free cells, leaving empty 5 % of them (less what is already kept empty):
    /// one-period courses in single free cells and in pairs, two-period courses in free half-days.
    /// Returns the courses added, in order.
    mutating func fill(group g: Int, cohort: [Int], ones: [Int], spareOne: Int, twos: [Int], pool: [Int]) -> [Int] {
        var halves: [Int] = [], singles: [Int] = []  // first cell of a free half-day; free cells with a busy partner
        var kept = 0
        for d in cohort {
            for half in [0, 2] {
                let a = cells[g][d * 4 + half], b = cells[g][d * 4 + half + 1]
                if a == -2 { kept += 1 }
                if b == -2 { kept += 1 }
                if a == -1 && b == -1 {
                    halves.append(d * 4 + half)
                } else if a == -1 {
                    singles.append(d * 4 + half)
                } else if b == -1 {
                    singles.append(d * 4 + half + 1)
                }
            }
        }
        let usable = cohort.count * 4
        var slack = usable - Int((Double(usable) * Self.fill).rounded()) - kept
        if slack >= 2, !halves.isEmpty { halves.remove(at: rng.below(halves.count)); slack -= 2 }
        if slack >= 1, !singles.isEmpty { singles.remove(at: rng.below(singles.count)); slack -= 1 }
        var ones = ones
        if (ones.count - singles.count) % 2 != 0 { ones.append(spareOne) }
        // Shuffle the one-period courses; the first go to single cells, the rest in pairs.
        var shuffled: [Int] = []
        while !ones.isEmpty { shuffled.append(ones.remove(at: rng.below(ones.count))) }
        let pairs = (shuffled.count - singles.count) / 2
        let fillers = max(0, halves.count - pairs - twos.count)
        let extra = rng.choose(fillers, of: pool.filter { !twos.contains($0) })
        var items: [[Int]] = (twos + extra).map { [$0] }
        for k in 0..<pairs { items.append([shuffled[singles.count + 2 * k], shuffled[singles.count + 2 * k + 1]]) }
        precondition(items.count <= halves.count, "group \(groups[g].id): \(items.count) half-day items for \(halves.count) half-days")
        var order: [[Int]] = []
        while !items.isEmpty { order.append(items.remove(at: rng.below(items.count))) }
        for (cell, spec) in zip(singles, shuffled) {
            _ = addDraft(Draft(spec: spec, groups: [g], day: cell / 4, period: cell % 4, length: 1))
        }
        for (cell, item) in zip(halves, order) {
            if item.count == 1 {
                _ = addDraft(Draft(spec: item[0], groups: [g], day: cell / 4, period: cell % 4, length: 2))
            } else {
                _ = addDraft(Draft(spec: item[0], groups: [g], day: cell / 4, period: cell % 4, length: 1))
                _ = addDraft(Draft(spec: item[1], groups: [g], day: cell / 4, period: cell % 4 + 1, length: 1))
            }
        }
        return shuffled.prefix(singles.count) + order.flatMap { $0 }
    }

    // MARK: Venues and teachers

    /// Drafts in time order.
    func chronological() -> [Int] {
        drafts.indices.sorted { a, b in
            let x = drafts[a], y = drafts[b]
            return (x.day, x.period, x.groups[0], specs[x.spec].id.rawValue, x.segment?.order ?? -1)
                < (y.day, y.period, y.groups[0], specs[y.spec].id.rawValue, y.segment?.order ?? -1)
        }
    }

    mutating func assignResources() {
        for i in chronological() {
            let d = drafts[i]
            if d.venue < 0 { drafts[i].venue = pickVenue(d) }
            if let pool = specs[d.spec].pool { drafts[i].teacher = pickTeacher(drafts[i], pool: pool) }
        }
    }

    func venueFamilies(_ d: Draft) -> [String] {
        if let k = d.segment { return [specs[d.spec].segments.first { $0.0 == k }!.1] }
        return specs[d.spec].families
    }

    mutating func pickVenue(_ d: Draft) -> Int {
        let fams = venueFamilies(d)
        let people = d.groups.reduce(0) { $0 + groups[$1].size }
        let slots = (d.period..<(d.period + d.length)).map { d.day * 4 + $0 }
        for f in fams {
            for v in families[f]!.venues {
                if venues[v].isOnline { return v }
                if let cap = venues[v].capacity, cap < people { continue }
                if slots.allSatisfy({ !venueBusy[v].contains($0) }) {
                    for s in slots { venueBusy[v].insert(s) }
                    return v
                }
            }
        }
        let f = fams.first { (families[$0]!.capacity ?? .max) >= people }!
        let v = addVenue(to: f)
        for s in slots { venueBusy[v].insert(s) }
        return v
    }

    /// Whether teacher `t` can take a session: no clash, within the day's limit, and time to travel.
    func canTake(_ t: Int, day: Int, first: Int, count: Int, site: Site.ID?) -> Bool {
        let list = teacherDays[t][day] ?? []
        if list.reduce(0, { $0 + $1.count }) + count > teacherRole[t].perDay { return false }
        for e in list {
            if e.first < first + count && first < e.first + e.count { return false }
            if e.first + e.count <= first {
                if minutes(e.site, site) > gap(e.first + e.count - 1, first) { return false }
            } else if minutes(site, e.site) > gap(first + count - 1, e.first) {
                return false
            }
        }
        return true
    }

    func gap(_ endOf: Int, _ startOf: Int) -> Int { periods[startOf].start.minutes - periods[endOf].end.minutes }

    func minutes(_ a: Site.ID?, _ b: Site.ID?) -> Int {
        guard let a, let b, a != b else { return 0 }
        return travelTable["\(a)|\(b)"] ?? 0
    }

    /// Best fit: the busiest teacher of the pool who already teaches the course and can take the
    /// session, else the busiest who can still add a course (five at most), else a new one.
    mutating func pickTeacher(_ d: Draft, pool: String) -> Int {
        let spec = specs[d.spec]
        let site = venues[d.venue].site
        var best: Int?, bestScore = Int.min
        for t in pools[pool] ?? [] {
            let teaches = teachers[t].teaches.contains(spec.id)
            guard teaches || teachers[t].teaches.count < 5, canTake(t, day: d.day, first: d.period, count: d.length, site: site) else { continue }
            let score = teacherLoad[t] + (teaches ? 100_000 : 0)
            if score > bestScore { best = t; bestScore = score }
        }
        let t = best ?? hire(spec.role, pool: pool, home: spec.home)
        if !teachers[t].teaches.contains(spec.id) { teachers[t].teaches.append(spec.id) }
        teacherLoad[t] += d.length
        teacherDays[t][d.day, default: []].append((d.period, d.length, site))
        return t
    }

    mutating func hire(_ role: Builder.Role, pool: String, home: Site.ID?) -> Int {
        let n = (pools[pool]?.count ?? 0) + 1
        let scope = pool.split(separator: "|", omittingEmptySubsequences: false)[0]
        let id: String
        switch role {
        case .school: id = "\(scope)ps_teacher_\(two(n))"
        case .department: id = "\(scope)dept_teacher_\(two(n))"
        case .enterprise: id = "\(scope)enterprise_head_\(two(n))"
        case let .guide(s): id = "\(s)_guide_\(two(n))"
        case .expert: id = "\(scope)_expert_\(two(n))"
        }
        teachers.append(Teacher(id: Teacher.ID(id), name: rng.personName(), teaches: [], site: home, maxPeriodsPerDay: role.perDay))
        teacherRole.append(role)
        teacherLoad.append(0)
        teacherDays.append([:])
        pools[pool, default: []].append(teachers.count - 1)
        return teachers.count - 1
    }

    // MARK: Finish

    mutating func finish(area: String) -> (TrainingScenario, Timetable) {
        // Teachers: max_periods is the planted load plus at most 10 %; a second teacher for any
        // course only one teaches (a qualification, no load); a free day off for some.
        for t in teachers.indices {
            teachers[t].maxPeriods = teacherLoad[t] + rng.int(0...(teacherLoad[t] / 10))
        }
        for s in specs where s.pool != nil {
            let pool = pools[s.pool!] ?? []
            let qualified = pool.filter { teachers[$0].teaches.contains(s.id) }
            if qualified.count == 1, let other = pool.first(where: { !teachers[$0].teaches.contains(s.id) && teachers[$0].teaches.count < 5 }) {
                teachers[other].teaches.append(s.id)
            }
        }
        for t in teachers.indices where rng.chance(30) {
            let free = days.indices.filter { teacherDays[t][$0] == nil }
            if !free.isEmpty { teachers[t].unavailable = [.date(days[rng.pick(free)], periods: nil)] }
        }
        // Venues: closed on one or two days they are not used.
        for v in venues.indices where !venues[v].isOnline && rng.chance(60) {
            let free = days.indices.filter { d in (0..<4).allSatisfy { !venueBusy[v].contains(d * 4 + $0) } }
            if !free.isEmpty { venues[v].unavailable = rng.choose(min(free.count, rng.int(1...2)), of: free).map { .date(days[$0], periods: nil) } }
        }
        // Groups: half of them cannot attend one of their empty periods.
        for g in groups.indices where rng.chance(50) {
            let empty = cells[g].indices.filter { cells[g][$0] < 0 && !groups[g].unavailable.covers(days[$0 / 4], periods[$0 % 4].id) }
            if !empty.isEmpty {
                let c = rng.pick(empty)
                groups[g].unavailable.append(.date(days[c / 4], periods: [periods[c % 4].id]))
            }
        }
        // Sessions, in time order, numbering each group's occurrences of a course.
        var seen: [String: Int] = [:]
        var sessions: [ScheduledSession] = []
        for (n, i) in chronological().enumerated() {
            let d = drafts[i]
            let spec = specs[d.spec]
            var occurrence = 1
            if d.segment == nil {
                let key = "\(d.groups[0])|\(d.spec)"
                occurrence = (seen[key] ?? 0) + 1
                seen[key] = occurrence
            }
            sessions.append(
                ScheduledSession(
                    id: "planted_\(n + 1)", course: spec.id, segment: d.segment, occurrence: occurrence,
                    groups: d.groups.map { groups[$0].id }, teacher: d.teacher.map { teachers[$0].id },
                    venue: venues[d.venue].id, day: days[d.day], firstPeriod: d.period, periodCount: d.length))
        }
        let courses = specs.map { s -> Course in
            func rule(_ fams: [String]) -> VenueRule {
                s.online ? VenueRule(kinds: [.online]) : VenueRule(venues: fams.flatMap { families[$0]!.venues.map { venues[$0].id } })
            }
            if !s.segments.isEmpty {
                let segments = s.segments.map { Segment(kind: $0.0, periods: 1, venueRule: rule([$0.1])) }
                return Course(
                    id: s.id, title: s.title, form: s.form, periods: s.periods, topics: s.topics,
                    fiveHaves: FiveHaves(segments: segments, withinDays: s.withinDays))
            }
            return Course(
                id: s.id, title: s.title, form: s.form, periods: s.periods, venueRule: rule(s.families), topics: s.topics,
                first: s.first, joint: s.joint, sessions: s.sessions)
        }
        // Leave out courses no group takes (an online module nobody drew, say).
        let taken = Set(groups.flatMap(\.required))
        let calendar = TeachingCalendar(start: start, end: end, periods: periods)
        let title = "\(area)2025年春季乡镇干部集中轮训（生成场景·紧凑·\(scale.chinese)·种子\(seed)）"
        let scenario = TrainingScenario(
            name: title, calendar: calendar, sites: sites, travel: travel, venues: venues,
            teachers: teachers, courses: courses.filter { taken.contains($0.id) }, groups: groups,
            objective: Objective(needs: 10, travel: 1, compactness: 5, teacherBalance: 1))
        return (scenario, Timetable(sessions: sessions))
    }
}

/// A tight scenario and the timetable it was built around.
public struct PlantedScenario: Sendable, Equatable {
    public var scenario: TrainingScenario
    /// Meets every hard rule of `scenario` and holds every session it requires.
    public var planted: Timetable
}

extension ScenarioGenerator {
    /// A tight scenario built around a planted timetable.
    public func generateTight() -> PlantedScenario {
        var b = TightBuilder(scale: scale, seed: seed)
        let (s, t) = b.build()
        return PlantedScenario(scenario: s, planted: t)
    }

    /// The tight scenario's file text.
    public func tightYAML(_ p: PlantedScenario) -> String {
        "# Generated by `paike generate --scale \(scale.rawValue) --tight --seed \(seed)`: places, people and numbers are illustrative.\n"
            + "# Built around a planted timetable (\(p.planted.sessions.count) sessions) that meets every hard rule: see the .planted.csv beside it.\n"
            + "# \(ScenarioSize(of: p.scenario))\n" + ScenarioWriter.yaml(p.scenario)
    }

    /// The planted timetable as `timetable.csv`, written as `paike solve` writes it.
    public func plantedCSV(_ p: PlantedScenario) -> Data { TimetableCSV.write(scenario: p.scenario, timetable: p.planted) }

    /// Where the planted timetable goes beside a scenario file: `X.yaml` → `X.planted.csv`.
    public static func plantedPath(beside scenarioPath: String) -> String {
        for ext in [".yaml", ".yml"] where scenarioPath.hasSuffix(ext) { return String(scenarioPath.dropLast(ext.count)) + ".planted.csv" }
        return scenarioPath + ".planted.csv"
    }
}
