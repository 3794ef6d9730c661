import Domain
import Testing

@testable import Scenario

/// Packages (培训套餐) resolve into the groups at load time; the domain never sees them.
struct PackageTests {
    static let path = Fixture.path("valid/packages.yaml")
    let loaded = ScenarioLoader.load(path: PackageTests.path)

    struct Resolved: Sendable, CustomTestStringConvertible {
        var group: String
        var required: [String]
        var menuFrom: [String]?
        var menuPeriods: Int?
        var testDescription: String { group }
    }

    static let resolved: [Resolved] = [
        // Inherit everything.
        .init(
            group: "secretaries_w1a", required: ["xi_thought", "rural_policy", "grassroots_governance"],
            menuFrom: ["lawful_admin", "ecommerce", "mediation"], menuPeriods: 4),
        .init(
            group: "secretaries_w1c", required: ["xi_thought", "rural_policy", "grassroots_governance"],
            menuFrom: ["lawful_admin", "ecommerce", "mediation"], menuPeriods: 4),
        // Own `required` replaces the list; own `periods` replaces one menu field, `from` stays.
        .init(
            group: "secretaries_w1b", required: ["xi_thought", "rural_policy"],
            menuFrom: ["lawful_admin", "ecommerce", "mediation"], menuPeriods: 2),
        // required_remove then required_add on the inherited list; the package has no menu, the group's own is used.
        .init(group: "leaders", required: ["xi_thought", "lawful_admin"], menuFrom: ["ecommerce", "mediation"], menuPeriods: 3),
        // No package for the category: as written.
        .init(group: "young", required: ["xi_thought", "ecommerce"], menuFrom: nil, menuPeriods: nil)
    ]

    @Test func loadsWithoutDiagnostics() {
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics())")
        #expect(loaded.scenario?.groups.map(\.id.rawValue) == ["secretaries_w1a", "secretaries_w1c", "secretaries_w1b", "leaders", "young"])
    }

    @Test(arguments: resolved)
    func groupsGetTheirResolvedPackage(_ c: Resolved) throws {
        let g = try #require(loaded.scenario?.group(Group.ID(c.group)))
        #expect(g.required.map(\.rawValue) == c.required)
        #expect(g.menu?.from.map(\.rawValue) == c.menuFrom)
        #expect(g.menu?.periods == c.menuPeriods)
    }

    @Test func groupsKeepTheirOwnFields() throws {
        let s = try #require(loaded.scenario)
        #expect(s.group("secretaries_w1a")?.category == .villageSecretary)
        #expect(s.group("secretaries_w1c")?.needs == [TopicScore(topic: "governance", score: 3)])
        #expect(s.group("leaders")?.name == "乡镇班子班")
    }

    @Test func inheritedValuesPointAtThePackage() {
        let map = loaded.sourceMap
        let p = Self.path
        #expect(map.location(of: "packages", id: "village_secretary") == SourceLocation(file: p, line: 26, column: 5))
        #expect(map.location(of: "groups", id: "secretaries_w1a", field: "required", item: "rural_policy") == SourceLocation(file: p, line: 28, column: 28))
        #expect(map.location(of: "groups", id: "secretaries_w1a", field: "menu.periods") == SourceLocation(file: p, line: 29, column: 65))
        #expect(map.location(of: "groups", id: "secretaries_w1b", field: "menu", item: "ecommerce") == SourceLocation(file: p, line: 29, column: 33))
        // Overrides point at the group.
        #expect(map.location(of: "groups", id: "secretaries_w1b", field: "required", item: "rural_policy") == SourceLocation(file: p, line: 40, column: 28))
        #expect(map.location(of: "groups", id: "secretaries_w1b", field: "menu.periods") == SourceLocation(file: p, line: 41, column: 21))
        #expect(map.location(of: "groups", id: "leaders", field: "required", item: "lawful_admin") == SourceLocation(file: p, line: 46, column: 20))
        #expect(map.location(of: "groups", id: "leaders", field: "required", item: "xi_thought") == SourceLocation(file: p, line: 32, column: 16))
    }

    @Test func withoutPackagesTheScenarioIsAsWritten() throws {
        // Same file with the packages removed and their values written into the groups.
        var text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let start = try #require(text.range(of: "packages:\n"))
        let end = try #require(text.range(of: "groups:\n"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        text = text.replacingOccurrences(
            of: "category: village_secretary, size: 45}",
            with:
                "category: village_secretary, size: 45, required: [xi_thought, rural_policy, grassroots_governance], menu: {from: [lawful_admin, ecommerce, mediation], periods: 4}}"
        )
        text = text.replacingOccurrences(
            of: "size: 40, needs: {governance: 3}}",
            with:
                "size: 40, needs: {governance: 3}, required: [xi_thought, rural_policy, grassroots_governance], menu: {from: [lawful_admin, ecommerce, mediation], periods: 4}}"
        )
        text = text.replacingOccurrences(of: "menu: {periods: 2}", with: "menu: {from: [lawful_admin, ecommerce, mediation], periods: 2}")
        text = text.replacingOccurrences(
            of: "    required_add: [lawful_admin]\n    required_remove: [leadership_skills]\n",
            with: "    required: [xi_thought, lawful_admin]\n")
        let plain = ScenarioLoader.load(text: text, path: Self.path)
        #expect(plain.errors.isEmpty, "\(plain.renderedDiagnostics())")
        #expect(plain.scenario?.groups == loaded.scenario?.groups)
    }

    @Test func packageErrorsReportOnceNotPerGroup() {
        // Two groups inherit the broken package; each problem is stated once, at the package.
        for file in ["package-ref.yaml", "package-menu-too-small.yaml", "package-impossible-first.yaml"] {
            let l = ScenarioLoader.load(path: Fixture.path("broken/" + file))
            #expect(l.errors.count == 1, "\(file): \(l.renderedDiagnostics())")
            #expect(
                l.errors.first?.message.contains("package 'village_secretary'") == true
                    || l.errors.first?.message.contains("package 'young_cadre'") == true, "\(file)")
        }
    }

    @Test func firstRemovedNamesTheCourseAndThePackageLine() throws {
        let path = Fixture.path("broken/package-first-removed.yaml")
        let e = try #require(ScenarioLoader.load(path: path).errors.first)
        #expect(e.message == "group 'g2' drops 'xi', the compulsory first course (首修课) of package 'village_secretary'")
        #expect(e.notes == ["the package requires it at \(path):20:46"])
    }

    @Test func readdingTheFirstCourseIsAllowed() {
        let text = """
            format: paike/1
            calendar: {start: 2025-03-10, end: 2025-03-14, periods: [{id: am1, start: "10:00", end: "11:30"}]}
            sites: [{id: town, name: 镇}]
            venues: [{id: hall, name: 礼堂, kind: party_school, site: town, capacity: 50}]
            teachers: [{id: t, name: 王, teaches: [xi, law]}]
            courses:
              - {id: xi, title: 思想, form: lecture, periods: 1, first: true}
              - {id: law, title: 法治, form: lecture, periods: 1}
            packages: [{category: other, required: [xi, law]}]
            groups: [{id: g, name: 班, category: other, size: 5, required: [law], required_add: [xi]}]
            """
        let l = ScenarioLoader.load(text: text, path: "inline.yaml")
        #expect(l.errors.isEmpty, "\(l.renderedDiagnostics())")
        #expect(l.scenario?.group("g")?.required == ["law", "xi"])
    }

    @Test func variantChangesPackagesByCategory() throws {
        let l = ScenarioLoader.load(path: Fixture.path("variants/package-change.yaml"))
        #expect(l.diagnostics.isEmpty, "\(l.renderedDiagnostics())")
        let s = try #require(l.scenario)
        // modify: `required` and `menu` replaced whole, as for any entity field.
        #expect(s.group("secretaries")?.required == ["xi_thought", "rural_policy", "mediation"])
        #expect(s.group("secretaries")?.menu == Menu(from: ["ecommerce"], periods: 2))
        // remove: the category falls back to the group's own fields (none here).
        #expect(s.group("young")?.required == [])
        // add: a new package reaches groups of its category.
        #expect(s.group("leaders")?.required == ["xi_thought", "mediation"])
        let base = try #require(ScenarioLoader.load(path: Fixture.path("variants/package-base.yaml")).scenario)
        #expect(base.group("young")?.required == ["xi_thought", "ecommerce"])
        #expect(base.group("leaders")?.required == [])
        #expect(
            l.sourceMap.location(of: "groups", id: "secretaries", field: "required", item: "mediation")?.file == Fixture.path("variants/package-change.yaml"))
    }
}
