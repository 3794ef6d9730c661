import Domain
import Foundation
import Scenario
import Testing

@testable import Generator

/// Generated scenarios: the same seed gives the same file, every file loads without errors or
/// warnings and reads back to the value it was written from, and sizes match the scales.
@Suite struct GeneratorTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test(arguments: [GeneratorScale.county, .prefecture])
    func sameSeedSameBytes(scale: GeneratorScale) {
        let a = ScenarioGenerator(scale: scale, seed: 7).yaml()
        let b = ScenarioGenerator(scale: scale, seed: 7).yaml()
        #expect(a == b)
        #expect(a != ScenarioGenerator(scale: scale, seed: 8).yaml())
    }

    @Test func provinceIsDeterministicToo() {
        #expect(ScenarioGenerator(scale: .province, seed: 3).generate() == ScenarioGenerator(scale: .province, seed: 3).generate())
    }

    @Test(arguments: [(GeneratorScale.county, 1), (.county, 2), (.county, 99), (.prefecture, 1), (.prefecture, 5)])
    func loadsCleanAndRoundTrips(scale: GeneratorScale, seed: Int) throws {
        let generated = ScenarioGenerator(scale: scale, seed: seed).generate()
        let loaded = ScenarioLoader.load(text: ScenarioWriter.yaml(generated), path: "generated.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics())")
        let back = try #require(loaded.scenario)
        #expect(back == generated)
    }

    @Test func wensuRoundTrips() throws {
        let original = try #require(ScenarioLoader.load(path: Self.repository + "/Scenarios/wensu/wensu.yaml").scenario)
        let text = ScenarioWriter.yaml(original)
        let loaded = ScenarioLoader.load(text: text, path: "wensu.yaml")
        #expect(!loaded.hasErrors, "\(loaded.renderedDiagnostics())")
        #expect(loaded.scenario == original)
        #expect(text.contains("name: 温宿县2025年春季乡镇干部集中轮训"))
        let again = try #require(loaded.scenario)
        #expect(ScenarioWriter.yaml(again) == text)
    }

    @Test func awkwardTextRoundTrips() throws {
        var s = ScenarioGenerator(scale: .county, seed: 4).generate()
        let names = [
            "null", "", "a: b", "# 注释", "\"引号\" and \\ 反斜杠", "行一\n行二", "  前后空格  ", "- 列表", "[x]", "{y}",
            "2025-03-10", "10:00", "true", "~", "\u{2028}分隔", "ｆｕｌｌ　ｗｉｄｔｈ", "emoji 😀", "&anchor", "*alias", "!tag", "%d", "@at", "`tick`"
        ]
        for (i, n) in names.enumerated() { s.sites[i % s.sites.count].name = n; s.groups[i % s.groups.count].name = n + "班" }
        s.name = names.joined(separator: "|")
        s.objective = Objective(needs: 0.5, travel: 1e-3, compactness: 0, teacherBalance: 2.25, stability: 1000)
        s.pins = [Pin(group: s.groups[0].id, course: s.groups[0].required[0], occurrence: 1, date: s.calendar.start, period: "am1")]
        let loaded = ScenarioLoader.load(text: ScenarioWriter.yaml(s), path: "awkward.yaml")
        #expect(!loaded.hasErrors, "\(loaded.renderedDiagnostics())")
        #expect(loaded.scenario == s)
    }

    @Test func cohortsMinDaysAndNewWeightsRoundTrip() throws {
        var s = ScenarioGenerator(scale: .county, seed: 5).generate()
        let plain = ScenarioWriter.yaml(s)
        // Without them nothing new is written, so earlier files keep their bytes.
        for key in ["cohorts:", "min_days", "over_capacity", "spread", "isolated", "venue_changes"] { #expect(!plain.contains(key), "\(key)") }
        s.cohorts = [
            Cohort(id: "dual", name: "双重学员: 书记+青干", groups: [s.groups[0].id, s.groups[1].id]),
            Cohort(id: "x.2", name: "x.2", groups: [s.groups[2].id, s.groups[3].id, s.groups[4].id])
        ]
        let multi = try #require(s.courses.firstIndex { $0.sessions > 1 && $0.fiveHaves == nil } ?? s.courses.firstIndex { $0.fiveHaves == nil })
        s.courses[multi].minDays = s.courses[multi].sessions
        s.objective = Objective(needs: 10, overCapacity: 0.25, spread: 0, isolated: 2.5, venueChanges: 1)
        let text = ScenarioWriter.yaml(s)
        let loaded = ScenarioLoader.load(text: text, path: "cohorts.yaml")
        #expect(!loaded.hasErrors, "\(loaded.renderedDiagnostics())")
        #expect(loaded.scenario == s)
        #expect(ScenarioWriter.yaml(try #require(loaded.scenario)) == text)
        #expect(text.contains("over_capacity: 0.25, spread: 0, isolated: 2.5, venue_changes: 1}"))
    }

    @Test func chineseStaysReadable() {
        let text = ScenarioGenerator(scale: .county, seed: 1).yaml()
        #expect(text.contains("习近平新时代中国特色社会主义思想（首修课）"))
        #expect(!text.contains("\\u"))
    }

    @Test(arguments: [(GeneratorScale.county, 10...14, 250...350, 10), (.prefecture, 85...115, 2_100...2_900, 20)])
    func sizes(scale: GeneratorScale, groups: ClosedRange<Int>, sessions: ClosedRange<Int>, days: Int) {
        for seed in [1, 2, 3] {
            let size = ScenarioSize(of: ScenarioGenerator(scale: scale, seed: seed).generate())
            #expect(groups.contains(size.groups), "\(size)")
            #expect(sessions.contains(size.sessionRequirements), "\(size)")
            #expect(size.teachingDays == days)
        }
    }

    @Test func prefectureHasSharedResourcesAndCountiesOfItsOwn() {
        let s = ScenarioGenerator(scale: .prefecture, seed: 1).generate()
        let size = ScenarioSize(of: s)
        #expect((200...300).contains(size.teachers), "\(size)")
        #expect((100...140).contains(size.venues), "\(size)")
        // Eight counties, each with its seat; experts teach in more than one county.
        #expect(s.sites.filter { $0.id.rawValue.hasSuffix("_seat") && $0.id.rawValue.hasPrefix("c") }.count == 8)
        let experts = s.teachers.filter { $0.id.rawValue.hasPrefix("pref_expert") }
        #expect(experts.count >= 3)
        let counties = Set(experts.flatMap(\.teaches).compactMap { $0.rawValue.split(separator: "_").first.map(String.init) }.filter { $0.hasPrefix("c") })
        #expect(counties.count >= 4)
        // Every group's courses are its own county's or the prefecture's.
        for g in s.groups {
            let county = g.id.rawValue.split(separator: "_").first!
            for c in g.required + (g.menu?.from ?? []) {
                #expect(c.rawValue.hasPrefix(county + "_") || c.rawValue.hasPrefix("pref_") || c.rawValue.hasPrefix("online_"), "\(g.id) takes \(c)")
            }
        }
    }

    @Test func provinceSizes() {
        let size = ScenarioSize(of: ScenarioGenerator(scale: .province, seed: 1).generate())
        #expect((800...1_200).contains(size.groups), "\(size)")
        #expect((20_000...30_000).contains(size.sessionRequirements), "\(size)")
        #expect(size.teachingDays == 20)
    }

    /// Every group takes the first course, 1–3 five-haves units and some online modules; every
    /// course a group can take has at least two teachers; no teacher is expected to do more than
    /// half their `max_periods`, which is itself at most 60 % of their free periods.
    @Test(arguments: [GeneratorScale.county, .prefecture])
    func shape(scale: GeneratorScale) {
        let s = ScenarioGenerator(scale: scale, seed: 11).generate()
        let courses = Dictionary(uniqueKeysWithValues: s.courses.map { ($0.id, $0) })
        for g in s.groups {
            let taken = g.required.compactMap { courses[$0] }
            #expect(taken.filter(\.first).count == 1)
            #expect((1...3).contains(taken.filter { $0.fiveHaves != nil }.count))
            #expect(taken.contains { $0.form == .online })
        }
        #expect(s.courses.contains { $0.joint })
        var teachersOf: [Course.ID: Int] = [:]
        for t in s.teachers { for c in t.teaches { teachersOf[c, default: 0] += 1 } }
        for c in s.courses where c.form != .online { #expect(teachersOf[c.id, default: 0] >= 2, "\(c.id)") }
        let days = s.calendar.teachingDays
        for t in s.teachers {
            let free = days.count * min(t.maxPeriodsPerDay ?? 4, 4)
            #expect(Double(t.maxPeriods ?? 0) <= 0.6 * Double(free), "\(t.id)")
        }
        #expect(s.teachers.contains { !$0.unavailable.isEmpty })
        #expect(s.venues.contains { !$0.unavailable.isEmpty })
    }
}
