import Domain

/// Builds one scenario. Every random choice comes from one `SeededRandom` in a fixed order and
/// nothing iterates a dictionary, so the same scale and seed give the same value.
struct Builder {
    let scale: GeneratorScale
    let seed: Int
    var rng: SeededRandom
    var sites: [Site] = []
    var travel: [Travel] = []
    var venues: [Venue] = []
    var teachers: [Teacher] = []
    var courses: [Course] = []
    var groups: [Group] = []
    var usedPlaces = Set<String>()
    /// Work each teacher is expected to do (periods) and the most they should be given.
    var loads: [Double] = []
    var targets: [Double] = []
    /// Pool key ("scope|role") → teacher indices, in creation order.
    var pools: [String: [Int]] = [:]
    var poolOrder: [String] = []

    let periods: [Period] = [
        Period(id: "am1", name: "上午第一节", start: ClockTime("10:00")!, end: ClockTime("11:30")!),
        Period(id: "am2", name: "上午第二节", start: ClockTime("12:00")!, end: ClockTime("13:30")!),
        Period(id: "pm1", name: "下午第一节", start: ClockTime("16:00")!, end: ClockTime("17:30")!),
        Period(id: "pm2", name: "下午第二节", start: ClockTime("18:00")!, end: ClockTime("19:30")!)
    ]
    let start = Day(year: 2025, month: 3, day: 10)!  // a Monday
    var end: Day { start.adding(days: 7 * scale.weeks - 3) }
    var days: [Day] { TeachingCalendar(start: start, end: end, periods: periods).teachingDays }

    init(scale: GeneratorScale, seed: Int) {
        self.scale = scale; self.seed = seed
        rng = SeededRandom(seed: seed)
    }

    mutating func build() -> TrainingScenario {
        var area = ""
        for p in 0..<scale.prefectures {
            let prefix = scale == .province ? "p\(two(p + 1))_" : ""
            let name = buildPrefecture(prefix: prefix)
            if area.isEmpty { area = name }
        }
        if scale == .province { area = "自治区" }
        let calendar = TeachingCalendar(start: start, end: end, periods: periods)
        let title = "\(area)2025年春季乡镇干部集中轮训（生成场景·\(scale.chinese)·种子\(seed)）"
        return TrainingScenario(
            name: title, calendar: calendar, sites: sites, travel: travel, venues: venues,
            teachers: teachers, courses: courses, groups: groups,
            objective: Objective(needs: 10, travel: 1, compactness: 5, teacherBalance: 1))
    }

    // MARK: Prefecture

    /// One prefecture (or, at county scale, one county standing alone). Returns the area's name.
    mutating func buildPrefecture(prefix: String) -> String {
        let online = addOnline(prefix: prefix)
        guard scale != .county else {
            let county = rng.placeName(avoiding: &usedPlaces) + "县"
            buildCounty(prefix: prefix, name: county, prefecture: nil, online: online, cohorts: [days], groupCount: 12)
            return county
        }
        let prefName = rng.placeName(avoiding: &usedPlaces) + "地区"
        let seat = Site.ID(prefix + "pref_seat")
        sites.append(Site(id: seat, name: "\(prefName)行政中心（地委党校所在地）"))
        let hall = Venue.ID(prefix + "pref_ps_hall")
        venues.append(
            Venue(
                id: hall, name: "\(prefName)地委党校大礼堂", kind: .partySchool, site: seat, capacity: 320,
                unavailable: [.date(days[rng.below(days.count)], periods: ["pm1", "pm2"])]))
        var halls = [hall]
        for n in 1...2 {
            let id = Venue.ID(prefix + "pref_ps_room\(n)")
            venues.append(Venue(id: id, name: "\(prefName)地委党校第\(chinese(n))教室", kind: .partySchool, site: seat, capacity: 80))
            halls.append(id)
        }
        let situation = Course.ID(prefix + "pref_situation")
        courses.append(
            Course(
                id: situation, title: "\(prefName)经济社会发展形势与任务报告", form: .lecture, periods: 2,
                venueRule: VenueRule(venues: halls), topics: scores(rural: 3, governance: 2, industry: 3),
                joint: true))
        let split = days.count / 2
        let cohorts = [Array(days[..<split]), Array(days[split...])]
        let counties = scale == .province ? rng.int(7...9) : 8
        var seats: [Site.ID] = []
        for c in 1...counties {
            let county = rng.placeName(avoiding: &usedPlaces) + "县"
            let pref = PrefectureShared(seat: seat, situation: situation, scope: prefix + "pref")
            let countySeat = buildCounty(
                prefix: prefix + "c\(c)_", name: county, prefecture: pref, online: online,
                cohorts: cohorts, groupCount: rng.int(12...14))
            // Prefecture experts travel between county seats.
            for other in seats { travel.append(Travel(from: other, to: countySeat, minutes: rng.int(60...240))) }
            seats.append(countySeat)
        }
        return prefName
    }

    struct PrefectureShared {
        var seat: Site.ID
        var situation: Course.ID
        var scope: String
    }

    struct Online {
        var modules: [Course.ID]
    }

    mutating func addOnline(prefix: String) -> Online {
        let venue = Venue.ID(prefix + "fingertip")
        venues.append(Venue(id: venue, name: "党员干部“指尖课堂”", kind: .online, site: nil, capacity: nil))
        let modules: [(String, String, [TopicScore])] = [
            ("online_party_window", "指尖课堂·党建之窗", scores(party: 3)),
            ("online_policy_law", "指尖课堂·政策法规库", scores(rural: 1, law: 3)),
            ("online_micro_class", "指尖课堂·党务小课堂", scores(party: 2, governance: 1))
        ]
        var ids: [Course.ID] = []
        for (key, title, topics) in modules {
            let id = Course.ID(prefix + key)
            courses.append(
                Course(
                    id: id, title: title, form: .online, periods: 1, venueRule: VenueRule(kinds: [.online]),
                    topics: topics, joint: true))
            ids.append(id)
        }
        return Online(modules: ids)
    }

    // MARK: County

    enum BaseKind { case field, project }

    /// One county: sites, venues, courses, groups, then teachers sized to the groups' demand.
    /// Returns the county seat's site id.
    @discardableResult
    mutating func buildCounty(
        prefix p: String, name county: String, prefecture: PrefectureShared?, online: Online,
        cohorts: [[Day]], groupCount: Int
    ) -> Site.ID {
        // Sites.
        let seat = Site.ID(p + "seat"), park = Site.ID(p + "park")
        let parkName = rng.pick(Names.parks)
        sites.append(Site(id: seat, name: "\(county)县城（县委党校所在地）"))
        sites.append(Site(id: park, name: "\(county)\(parkName)"))
        var towns: [(site: Site.ID, name: String, kind: BaseKind, subject: String)] = []
        let projectAt = rng.below(3)
        var crops = rng.choose(3, of: Names.crops)
        for n in 1...3 {
            let kind: BaseKind = n - 1 == projectAt ? .project : .field
            let town = rng.placeName(avoiding: &usedPlaces) + (rng.chance(60) ? "镇" : "乡")
            let subject = kind == .project ? rng.pick(Names.projects) : crops.removeFirst()
            let site = Site.ID(p + "town\(n)")
            sites.append(Site(id: site, name: kind == .project ? "\(town)\(subject)项目区" : "\(town)\(subject)产业示范基地"))
            towns.append((site, town, kind, subject))
        }
        let countySites = [seat, park] + towns.map(\.site)
        for i in countySites.indices {
            for j in (i + 1)..<countySites.count {
                let minutes = i == 0 ? rng.int(20...50) : rng.int(25...70)
                travel.append(Travel(from: countySites[i], to: countySites[j], minutes: minutes))
            }
        }
        if let prefecture {
            let base = rng.int(50...140)
            travel.append(Travel(from: seat, to: prefecture.seat, minutes: base))
            for s in countySites.dropFirst() { travel.append(Travel(from: s, to: prefecture.seat, minutes: base + rng.int(10...50))) }
        }

        // Venues.
        func venue(_ key: String, _ name: String, _ kind: VenueKind, _ site: Site.ID, _ capacity: Int, _ unavailable: [Unavailability] = []) -> Venue.ID {
            let id = Venue.ID(p + key)
            venues.append(Venue(id: id, name: name, kind: kind, site: site, capacity: capacity, unavailable: unavailable))
            return id
        }
        let allDays = cohorts.flatMap { $0 }
        let hall = venue(
            "ps_hall", "\(county)县委党校礼堂", .partySchool, seat, rng.int(15...22) * 10,
            rng.chance(50) ? [.date(rng.pick(allDays), periods: rng.chance(50) ? ["am1", "am2"] : ["pm1", "pm2"])] : [])
        var schoolRooms = [hall]
        for n in 1...3 {
            schoolRooms.append(venue("ps_room\(n)", "\(county)县委党校第\(chinese(n))教室", .partySchool, seat, 60))
        }
        schoolRooms.append(venue("ps_seminar", "\(county)县委党校研讨室", .partySchool, seat, 40))
        let community = venue("community", "\(county)城区社区党群服务中心", .community, seat, 60)
        let parkCenter = venue("park_center", "\(parkName)党群服务中心", .enterprisePark, park, 80)
        let parkEnterprise = venue("park_enterprise", "\(parkName)龙头企业生产车间", .enterprise, park, 60)
        var townSchools: [Venue.ID] = [], villages: [Venue.ID] = [], classrooms: [Venue.ID] = []
        for (n, t) in towns.enumerated() {
            townSchools.append(venue("town\(n + 1)_ps", "\(t.name)党校教室", .partySchool, t.site, 60))
            villages.append(venue("town\(n + 1)_village", "\(t.name)示范村党群服务中心", .village, t.site, 60))
            let closed: [Unavailability] = rng.chance(40) ? [.date(rng.pick(allDays), periods: nil)] : []
            classrooms.append(
                t.kind == .project
                    ? venue("town\(n + 1)_project", "\(t.name)\(t.subject)项目课堂", .projectClassroom, t.site, rng.int(6...8) * 10, closed)
                    : venue("town\(n + 1)_field", "\(t.name)\(t.subject)田间课堂", .fieldClassroom, t.site, rng.int(6...8) * 10, closed))
        }
        let schools = schoolRooms + townSchools

        // Courses. Each has a role saying who teaches it.
        let firstCourse = courses.count
        var roles: [(Course.ID, Role)] = []
        func course(
            _ key: String, _ title: String, _ form: CourseForm, _ periods: Int, _ venueIDs: [Venue.ID], _ topics: [TopicScore],
            _ role: Role, first: Bool = false, joint: Bool = false, sessions: Int = 1
        ) -> Course.ID {
            let id = Course.ID(p + key)
            courses.append(
                Course(
                    id: id, title: title, form: form, periods: periods, venueRule: VenueRule(venues: venueIDs),
                    topics: topics, first: first, joint: joint, sessions: sessions))
            roles.append((id, role))
            return id
        }
        let xi = course(
            "xi_thought", "习近平新时代中国特色社会主义思想（首修课）", .lecture, 2, schools,
            scores(party: 5, rural: 2, governance: 2), .school, first: true, joint: true)
        let ethnic = course(
            "ethnic_unity", "铸牢中华民族共同体意识与民族团结进步", .lecture, 1, schools,
            scores(party: 3, governance: 3), .school, joint: true)
        let discipline = course(
            "clean_governance", "全面从严治党与廉洁自律警示教育", .lecture, 1, schools,
            scores(party: 4, law: 2), .school, joint: true)
        let clinic = course(
            "case_clinic", "基层治理难题会诊（案例研讨）", .seminar, 1, schools,
            scores(governance: 4, mediation: 2), .school, sessions: 2)
        let research = course(
            "field_research", "进村入企专题调研", .research, 2, villages + [community, parkEnterprise],
            scores(rural: 3, governance: 3, industry: 2, mediation: 2), .department)
        let seminar = course(
            "research_seminar", "调研成果集中研讨", .seminar, 1, schools,
            scores(rural: 2, governance: 2, mediation: 1), .school, joint: true)
        let ruralPolicy = course("rural_policy", "乡村全面振兴政策解读", .lecture, 2, schools, scores(rural: 5, industry: 2), .school, joint: true)
        let leadershipDev = course(
            "leadership_dev", "乡镇党委统筹发展和稳定案例教学", .case, 2, schools,
            scores(rural: 3, governance: 2, industry: 3), .department)
        let partyOrg = course(
            "village_party_org", "村级党组织标准化规范化建设", .interactive, 2, schools,
            scores(party: 4, governance: 2), .school)
        let petition = course(
            "petition_mediation", "新时代“枫桥经验”与信访矛盾纠纷化解", .case, 2, schools,
            scores(governance: 2, mediation: 5, law: 2), .department)
        let youngSkills = course(
            "young_skills", "年轻干部做好群众工作本领提升", .interactive, 2, schools,
            scores(party: 1, governance: 3, mediation: 2), .school)
        let grid = course(
            "grid_governance", "网格化服务管理与驻村工作实务", .case, 2, schools,
            scores(governance: 4, mediation: 2), .department)
        let lawful = course("lawful_admin", "依法行政与乡镇综合行政执法", .lecture, 2, schools, scores(governance: 2, law: 5), .school)
        let lawVillage = course("law_village", "法治乡村建设与基层依法办事", .lecture, 2, schools, scores(governance: 2, law: 4), .school)
        let mediation = course("mediation_workshop", "矛盾纠纷调解情景模拟", .interactive, 2, schools, scores(mediation: 4, law: 3), .department)
        let emergency = course("emergency_mgmt", "应急管理与防灾减灾", .lecture, 2, schools, scores(governance: 3, law: 2), .department)
        let affairs = course("party_affairs", "党务工作实务（“三会一课”与发展党员）", .interactive, 2, schools, scores(party: 5), .school)
        let collective = course(
            "village_collective", "发展壮大村级集体经济", .case, 2, schools,
            scores(rural: 4, governance: 1, industry: 3), .department)
        let investment = course("investment", "招商引资与优化营商环境", .case, 2, [parkCenter] + schoolRooms, scores(industry: 5), .enterprise)
        let ecommerce = course("ecommerce", "农村电商与直播带货", .experiential, 2, [parkCenter], scores(rural: 2, industry: 4), .enterprise)
        var local: [Course.ID] = []
        for (n, t) in towns.enumerated() {
            let title = t.kind == .project ? "\(t.subject)项目建设与管护（项目课堂）" : "\(t.subject)种植技术与品牌建设（田间课堂）"
            local.append(
                course(
                    "town\(n + 1)_course", title, .experiential, 2, [classrooms[n]],
                    t.kind == .project ? scores(rural: 3, governance: 1, industry: 2) : scores(rural: 4, industry: 3),
                    .guide(t.site)))
        }

        // Five-haves units: one at each township base, one at the park.
        var units: [Course.ID] = []
        func unit(
            _ key: String, _ title: String, _ schoolVenues: [Venue.ID], _ explain: Venue.ID, _ observe: Venue.ID, _ exchange: Venue.ID,
            _ topics: [TopicScore], _ site: Site.ID
        ) {
            let id = Course.ID(p + key)
            let segments = [
                Segment(kind: .theory, periods: 1, venueRule: VenueRule(venues: schoolVenues)),
                Segment(kind: .explanation, periods: 1, venueRule: VenueRule(venues: [explain])),
                Segment(kind: .observation, periods: 1, venueRule: VenueRule(venues: [observe])),
                Segment(kind: .exchange, periods: 1, venueRule: VenueRule(venues: [exchange])),
                Segment(kind: .summary, periods: 1, venueRule: VenueRule(venues: schoolVenues))
            ]
            courses.append(
                Course(
                    id: id, title: title, form: .onsite, periods: 5, topics: topics,
                    fiveHaves: FiveHaves(segments: segments, withinDays: 2)))
            roles.append((id, .guide(site)))
            units.append(id)
        }
        for (n, t) in towns.enumerated() {
            let title = t.kind == .project ? "\(t.subject)项目现场教学（项目课堂）" : "\(t.subject)产业现场教学（田间课堂）"
            unit(
                "town\(n + 1)_unit", title, [townSchools[n]] + schoolRooms.dropFirst(), classrooms[n], classrooms[n], villages[n],
                t.kind == .project ? scores(rural: 4, governance: 2, industry: 2) : scores(rural: 4, industry: 4), t.site)
        }
        unit(
            "park_unit", "\(county)\(parkName)现场教学", Array(schoolRooms.dropFirst()), parkCenter, parkEnterprise, parkCenter,
            scores(governance: 1, industry: 5), park)

        // Groups, alternating categories and cohorts.
        let categories: [GroupCategory] = [.leadership, .villageSecretary, .youngCadre]
        let common = [xi, ethnic, discipline, clinic, research, seminar]
        var issue: [GroupCategory: Int] = [:]
        var countyGroups: [Group] = []
        for n in 0..<groupCount {
            let category = categories[n % 3]
            let cohort = (n / 3) % cohorts.count
            issue[category, default: 0] += 1
            var required = common
            var menu: [Course.ID]
            let key: String, size: Int
            var needs: [TopicScore]
            switch category {
            case .leadership:
                key = "leaders"; size = rng.int(38...50)
                required += [ruralPolicy, leadershipDev] + (prefecture.map { [$0.situation] } ?? [])
                menu = [lawful, investment, ecommerce, emergency, collective, petition] + local
                needs = randomNeeds(boost: "industry")
            case .villageSecretary:
                key = "secretaries"; size = rng.int(45...58)
                required += [partyOrg, petition]
                menu = [affairs, collective, grid, lawVillage, mediation, ecommerce] + local
                needs = randomNeeds(boost: "party_building")
            default:
                key = "young"; size = rng.int(25...36)
                required += [youngSkills, grid]
                menu = [mediation, lawVillage, emergency, investment, ecommerce, lawful, affairs]
                needs = randomNeeds(boost: "grassroots_governance")
            }
            let unitCount = [1, 2, 3, 3][rng.below(4)]
            required += rng.choose(unitCount, of: units)
            required += rng.choose(2, of: online.modules)
            var unavailable: [Unavailability] = []
            if cohorts.count > 1 {
                let other = cohorts[1 - cohort]
                unavailable.append(.range(from: other.first!, to: other.last!))
            }
            if rng.chance(30) {
                unavailable.append(.date(rng.pick(cohorts[cohort]), periods: rng.chance(50) ? ["pm2"] : ["am1"]))
            }
            let townNames = rng.choose(2, of: towns.map(\.name)).joined(separator: "、")
            let label = scale == .county ? "" : county
            countyGroups.append(
                Group(
                    id: Group.ID("\(p)\(key)_\(issue[category]!)"),
                    name: "\(label)\(category.chinese)第\(chinese(issue[category]!))期（\(townNames)）",
                    category: category, size: size, site: seat, required: required,
                    menu: Menu(from: menu, periods: 4), needs: needs, unavailable: unavailable))
        }
        groups += countyGroups

        // Teachers, sized to what the groups will ask of them.
        let byID = Dictionary(courses[firstCourse...].map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (cid, role) in roles {
            let c = byID[cid]!
            let demand = Self.demand(of: c, in: countyGroups)
            var rest = demand
            // Prefecture experts take a third of the county's compulsory lectures.
            if let prefecture, cid == xi || cid == ruralPolicy {
                assign(cid, demand: demand / 3, role: .expert(prefecture.seat), scope: prefecture.scope, minTeachers: 1, days: days)
                rest = demand - demand / 3
            }
            assign(cid, demand: rest, role: role, scope: p, minTeachers: 2, days: allDays, home: (seat, park))
        }
        if let prefecture {
            let demand = Double(countyGroups.filter { $0.required.contains(prefecture.situation) }.count * 2)
            assign(
                prefecture.situation, demand: demand, role: .expert(prefecture.seat), scope: prefecture.scope,
                minTeachers: 3, days: days)
        }
        return seat
    }

    /// Periods of teaching a course is expected to need from this county's groups: all of it for
    /// required courses (joint ones too, in case they are not merged), and twice a fair share
    /// of each menu that offers it.
    static func demand(of c: Course, in groups: [Group]) -> Double {
        var total = 0.0
        for g in groups {
            if g.required.contains(c.id) { total += Double(c.totalPeriods) }
            if let m = g.menu, m.from.contains(c.id) {
                let share = Double(m.periods) / Double(m.from.count) * 2
                total += min(Double(c.totalPeriods), share)
            }
        }
        return total
    }

    /// Gap scores 1–5 on every topic, one topic weighted up for the category.
    mutating func randomNeeds(boost: String) -> [TopicScore] {
        Topics.all.map { t in TopicScore(topic: t, score: min(5, rng.int(1...4) + (t == boost ? 1 : 0))) }
    }

    // MARK: Teachers

    enum Role: Equatable {
        case school, department, enterprise, guide(Site.ID), expert(Site.ID)
        var key: String {
            switch self {
            case .school: "school";
            case .department: "department";
            case .enterprise: "enterprise"
            case let .guide(s): "guide:\(s)";
            case let .expert(s): "expert:\(s)"
            }
        }
        /// Periods a day; the whole programme allows 60 % of the free periods at that rate.
        var perDay: Int {
            switch self {
            case .school, .expert: 4
            case .guide: 3
            case .department, .enterprise: 2
            }
        }
    }

    /// Gives `demand` periods of `course` to teachers of the pool, at least `minTeachers` of
    /// them, each up to 55 % of their `max_periods`; hires a new teacher when the pool is full.
    mutating func assign(
        _ course: Course.ID, demand: Double, role: Role, scope: String, minTeachers: Int, days: [Day],
        home: (seat: Site.ID, park: Site.ID)? = nil
    ) {
        let key = scope + "|" + role.key
        var remaining = demand
        let chunk = max(demand / Double(minTeachers), 1)
        var given = (pools[key] ?? []).filter { teachers[$0].teaches.contains(course) }.count
        while remaining > 0.0001 || given < minTeachers {
            // Spread over new teachers until there are enough of them; then prefer those
            // already teaching the course, so nobody's list grows long.
            var best: Int?
            var bestScore = -1.0
            for t in pools[key] ?? [] {
                let room = targets[t] - loads[t]
                let teaches = teachers[t].teaches.contains(course)
                let short = teachers[t].teaches.count < 5
                guard room > 0.5, given < minTeachers ? !teaches && short : teaches || short else { continue }
                let score = room + (teaches ? 1000 : 0)
                if score > bestScore { best = t; bestScore = score }
            }
            let t = best ?? hire(role, key: key, scope: scope, days: days, home: home)
            let portion = min(remaining, chunk, targets[t] - loads[t])
            if !teachers[t].teaches.contains(course) { teachers[t].teaches.append(course); given += 1 }
            loads[t] += portion
            remaining -= portion
        }
    }

    mutating func hire(_ role: Role, key: String, scope: String, days: [Day], home: (seat: Site.ID, park: Site.ID)?) -> Int {
        let n = (pools[key]?.count ?? 0) + 1
        let perDay = role.perDay
        let total = Int(0.6 * Double(perDay * days.count))
        let id: String, site: Site.ID
        switch role {
        case .school: id = "\(scope)ps_teacher_\(two(n))"; site = home!.seat
        case .department: id = "\(scope)dept_teacher_\(two(n))"; site = home!.seat
        case .enterprise: id = "\(scope)enterprise_head_\(two(n))"; site = home!.park
        case let .guide(s): id = "\(s)_guide_\(two(n))"; site = s
        case let .expert(s): id = "\(scope)_expert_\(two(n))"; site = s
        }
        var unavailable: [Unavailability] = []
        if rng.chance(25) {
            let d = rng.pick(days)
            unavailable.append(rng.chance(50) ? .date(d, periods: nil) : .date(d, periods: ["pm1", "pm2"]))
        }
        teachers.append(
            Teacher(
                id: Teacher.ID(id), name: rng.personName(), teaches: [], site: site, maxPeriodsPerDay: perDay,
                maxPeriods: total, unavailable: unavailable))
        loads.append(0)
        // Expected work about a third of the free periods, so loads never bind.
        targets.append(Double(total) * 0.55)
        pools[key, default: []].append(teachers.count - 1)
        return teachers.count - 1
    }
}

// MARK: Small helpers

/// Topic scores in a fixed order, leaving out zeros.
func scores(party: Int = 0, rural: Int = 0, governance: Int = 0, industry: Int = 0, mediation: Int = 0, law: Int = 0) -> [TopicScore] {
    zip(Topics.all, [rural, governance, industry, mediation, party, law]).compactMap { $1 > 0 ? TopicScore(topic: $0, score: $1) : nil }
}

enum Topics {
    /// The need topics of the seed (S11's themes plus Party building and rule of law).
    static let all = ["rural_revitalisation", "grassroots_governance", "industry", "petitions_mediation", "party_building", "rule_of_law"]
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// 一 … 二十, then digits.
func chinese(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    switch n {
    case 1...9: return digits[n]
    case 10: return "十"
    case 11...19: return "十" + digits[n - 10]
    case 20: return "二十"
    default: return String(n)
    }
}
