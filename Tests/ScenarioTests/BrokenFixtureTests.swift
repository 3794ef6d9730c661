import Foundation
import Testing

@testable import Scenario

/// Each broken fixture holds one problem; the loader must report exactly one error, with
/// this id, at this line and column, and withhold the scenario.
struct BrokenCase: Sendable, CustomTestStringConvertible {
    var file: String
    var id: String
    var line: Int
    var column: Int
    var testDescription: String { file }
}

let brokenCases: [BrokenCase] = [
    .init(file: "yaml-syntax.yaml", id: "yaml-syntax", line: 9, column: 1),
    .init(file: "yaml-tab.yaml", id: "yaml-syntax", line: 9, column: 1),
    .init(file: "control-character.yaml", id: "control-character", line: 9, column: 26),
    .init(file: "json-syntax.json", id: "yaml-syntax", line: 4, column: 3),
    .init(file: "not-utf8.yaml", id: "bad-encoding", line: 9, column: 25),
    .init(file: "empty.yaml", id: "wrong-type", line: 1, column: 1),
    .init(file: "scalar-root.yaml", id: "wrong-type", line: 1, column: 1),
    .init(file: "bad-format.yaml", id: "bad-format", line: 1, column: 9),
    .init(file: "unknown-key.yaml", id: "unknown-key", line: 16, column: 5),
    .init(file: "unknown-top-key.yaml", id: "unknown-key", line: 8, column: 1),
    .init(file: "duplicate-key.yaml", id: "duplicate-key", line: 11, column: 5),
    .init(file: "wrong-type.yaml", id: "wrong-type", line: 11, column: 68),
    .init(file: "missing-field.yaml", id: "missing-field", line: 11, column: 5),
    .init(file: "bad-value-kind.yaml", id: "bad-value", line: 11, column: 32),
    .init(file: "bad-id.yaml", id: "bad-id", line: 9, column: 10),
    .init(file: "duplicate-id.yaml", id: "duplicate-id", line: 10, column: 10),
    .init(file: "ref-teaches.yaml", id: "unknown-reference", line: 13, column: 43),
    .init(file: "ref-required.yaml", id: "unknown-reference", line: 17, column: 79),
    .init(file: "ref-menu.yaml", id: "unknown-reference", line: 17, column: 94),
    .init(file: "ref-venue-site.yaml", id: "unknown-reference", line: 11, column: 54),
    .init(file: "ref-travel.yaml", id: "unknown-reference", line: 11, column: 22),
    .init(file: "ref-course-venues.yaml", id: "unknown-reference", line: 15, column: 75),
    .init(file: "ref-unavailable-period.yaml", id: "unknown-reference", line: 13, column: 87),
    .init(file: "bad-date.yaml", id: "bad-date", line: 4, column: 8),
    .init(file: "bad-time.yaml", id: "bad-time", line: 7, column: 38),
    .init(file: "end-before-start-calendar.yaml", id: "end-before-start", line: 4, column: 8),
    .init(file: "end-before-start-period.yaml", id: "end-before-start", line: 7, column: 38),
    .init(file: "end-before-start-range.yaml", id: "end-before-start", line: 13, column: 81),
    .init(file: "overlapping-periods.yaml", id: "overlapping-periods", line: 7, column: 7),
    .init(file: "non-positive-capacity.yaml", id: "non-positive", line: 11, column: 70),
    .init(file: "non-positive-size.yaml", id: "non-positive", line: 17, column: 60),
    .init(file: "non-positive-periods.yaml", id: "non-positive", line: 15, column: 63),
    .init(file: "out-of-range-score.yaml", id: "out-of-range", line: 15, column: 83),
    .init(file: "negative-weight.yaml", id: "negative-weight", line: 8, column: 32),
    .init(file: "menu-too-small.yaml", id: "menu-too-small", line: 19, column: 36),
    .init(file: "five-haves-missing.yaml", id: "five-haves-segment", line: 18, column: 5),
    .init(file: "five-haves-unknown.yaml", id: "five-haves-segment", line: 23, column: 7),
    .init(file: "five-haves-form-extra.yaml", id: "five-haves-form", line: 18, column: 5),
    .init(file: "five-haves-form-missing.yaml", id: "five-haves-form", line: 15, column: 5),
    .init(file: "five-haves-periods.yaml", id: "five-haves-periods", line: 18, column: 14),
    .init(file: "impossible-hours.yaml", id: "impossible-hours", line: 18, column: 5),
    .init(file: "impossible-no-teacher.yaml", id: "impossible-no-teacher", line: 15, column: 5),
    .init(file: "impossible-no-venue.yaml", id: "impossible-no-venue", line: 17, column: 75),
    .init(file: "impossible-teacher-load.yaml", id: "impossible-teacher-load", line: 13, column: 57),
    .init(file: "impossible-session-length.yaml", id: "impossible-session-length", line: 15, column: 63),
    .init(file: "impossible-first.yaml", id: "impossible-first", line: 18, column: 82),
    .init(file: "impossible-no-teaching-days.yaml", id: "impossible-no-teaching-days", line: 3, column: 3),
    // Packages (培训套餐): errors in inherited lists point at the package, in overrides at the group.
    .init(file: "package-ref.yaml", id: "unknown-reference", line: 20, column: 50),
    .init(file: "package-duplicate.yaml", id: "duplicate-id", line: 21, column: 16),
    .init(file: "package-bad-category.yaml", id: "bad-value", line: 20, column: 16),
    .init(file: "package-first-removed.yaml", id: "package-first-removed", line: 23, column: 75),
    .init(file: "package-first-removed-by-remove.yaml", id: "package-first-removed", line: 27, column: 31),
    .init(file: "package-remove-absent.yaml", id: "unknown-reference", line: 22, column: 83),
    .init(file: "package-menu-missing.yaml", id: "missing-field", line: 22, column: 71),
    .init(file: "package-menu-too-small.yaml", id: "menu-too-small", line: 20, column: 87),
    .init(file: "package-menu-periods-too-small.yaml", id: "menu-too-small", line: 23, column: 81),
    .init(file: "package-menu-from-too-small.yaml", id: "menu-too-small", line: 23, column: 71),
    .init(file: "package-impossible-first.yaml", id: "impossible-first", line: 21, column: 47),
    .init(file: "package-impossible-hours.yaml", id: "impossible-hours", line: 23, column: 5),
    .init(file: "package-impossible-no-venue.yaml", id: "impossible-no-venue", line: 21, column: 16),
    // Pins: one good pin on line 27, the broken one on line 28.
    .init(file: "pin-ref-group.yaml", id: "unknown-reference", line: 28, column: 13),
    .init(file: "pin-ref-period.yaml", id: "unknown-reference", line: 28, column: 37),
    .init(file: "pin-ref-venue.yaml", id: "unknown-reference", line: 28, column: 40),
    .init(file: "pin-ref-teacher.yaml", id: "unknown-reference", line: 28, column: 38),
    .init(file: "pin-bad-date.yaml", id: "bad-date", line: 28, column: 35),
    .init(file: "pin-outside-calendar.yaml", id: "pin-outside-calendar", line: 28, column: 35),
    .init(file: "pin-holiday.yaml", id: "pin-outside-calendar", line: 28, column: 35),
    .init(file: "pin-weekend.yaml", id: "pin-outside-calendar", line: 28, column: 35),
    .init(file: "pin-segment-lecture.yaml", id: "five-haves-segment", line: 28, column: 38),
    .init(file: "pin-segment-unknown.yaml", id: "five-haves-segment", line: 28, column: 42),
    .init(file: "pin-occurrence-range.yaml", id: "out-of-range", line: 28, column: 49),
    .init(file: "pin-occurrence-zero.yaml", id: "out-of-range", line: 28, column: 49),
    .init(file: "pin-not-taken.yaml", id: "pin-not-taken", line: 28, column: 25),
    .init(file: "pin-fixes-nothing.yaml", id: "bad-value", line: 28, column: 5),
    .init(file: "pin-unknown-key.yaml", id: "unknown-key", line: 28, column: 29),
    .init(file: "pin-missing-course.yaml", id: "missing-field", line: 28, column: 5),
    // Cohorts, min_days and the newer weights: one changed line of valid/cohorts.yaml each.
    .init(file: "cohort-ref-group.yaml", id: "unknown-reference", line: 26, column: 43),
    .init(file: "cohort-duplicate-id.yaml", id: "duplicate-id", line: 27, column: 10),
    .init(file: "cohort-missing-groups.yaml", id: "missing-field", line: 26, column: 5),
    .init(file: "cohort-unknown-key.yaml", id: "unknown-key", line: 26, column: 30),
    .init(file: "min-days-zero.yaml", id: "out-of-range", line: 20, column: 84),
    .init(file: "min-days-over-sessions.yaml", id: "out-of-range", line: 20, column: 84),
    .init(file: "min-days-over-calendar.yaml", id: "impossible-min-days", line: 20, column: 84),
    .init(file: "negative-spread.yaml", id: "negative-weight", line: 27, column: 50),
    .init(file: "over-capacity-joint-no-venue.yaml", id: "impossible-no-venue", line: 22, column: 75),
    // Full-width punctuation is named where it stands, before YAML parses; daily limits below every course.
    .init(file: "full-width-colon.yaml", id: "full-width-punctuation", line: 3, column: 8),
    .init(file: "impossible-daily-limit.yaml", id: "impossible-daily-limit", line: 13, column: 65),
    // Order rules (after:): an unknown id, a course after itself, a circle, a first course after another, no room in the calendar.
    .init(file: "ref-after.yaml", id: "unknown-reference", line: 18, column: 69),
    .init(file: "order-self.yaml", id: "order-cycle", line: 18, column: 69),
    .init(file: "order-cycle.yaml", id: "order-cycle", line: 18, column: 69),
    .init(file: "order-first.yaml", id: "impossible-order", line: 16, column: 87),
    .init(file: "impossible-order.yaml", id: "impossible-order", line: 18, column: 69),
    // Shadowing placements: one changed line of valid/placement.yaml each.
    .init(file: "placement-host-kind.yaml", id: "placement-host", line: 25, column: 79),
    .init(file: "placement-host-no-capacity.yaml", id: "placement-host", line: 25, column: 79),
    .init(file: "placement-host-capacity-kind.yaml", id: "placement-host", line: 17, column: 74),
    .init(file: "placement-periods.yaml", id: "bad-value", line: 25, column: 45),
    .init(file: "placement-missing-hosts.yaml", id: "missing-field", line: 25, column: 5),
    .init(file: "impossible-placement-days.yaml", id: "impossible-placement", line: 25, column: 51),
    .init(file: "impossible-placement-capacity.yaml", id: "impossible-placement", line: 27, column: 91),
    .init(file: "placement-pin-period.yaml", id: "bad-value", line: 30, column: 61),
    // Rosters (干部名册): one changed line of valid/roster.yaml each.
    .init(file: "roster-size.yaml", id: "roster-size", line: 27, column: 54),
    .init(file: "roster-ref-group.yaml", id: "unknown-reference", line: 30, column: 31),
    .init(file: "roster-ref-town.yaml", id: "unknown-reference", line: 29, column: 41),
    .init(file: "roster-duplicate-id.yaml", id: "duplicate-id", line: 31, column: 10),
    .init(file: "roster-needs-range.yaml", id: "out-of-range", line: 30, column: 66),
    .init(file: "roster-unknown-key.yaml", id: "unknown-key", line: 29, column: 49),
    // Mentors (导师帮带), also from valid/roster.yaml.
    .init(file: "mentor-ref-site.yaml", id: "unknown-reference", line: 33, column: 32),
    .init(file: "mentor-capacity.yaml", id: "non-positive", line: 33, column: 86),
    .init(file: "mentor-category.yaml", id: "bad-value", line: 33, column: 102),
    .init(file: "mentoring-months.yaml", id: "out-of-range", line: 27, column: 152),
    .init(file: "mentoring-unknown-key.yaml", id: "unknown-key", line: 27, column: 155),
    .init(file: "mentoring-without-mentors.yaml", id: "mentoring-without-mentors", line: 27, column: 143),
    // Follow-up visiting teams (跟踪回访): one changed line of valid/teams.yaml each.
    .init(file: "team-ref-site.yaml", id: "unknown-reference", line: 36, column: 35),
    .init(file: "team-duplicate-id.yaml", id: "duplicate-id", line: 37, column: 10),
    .init(file: "team-visits-per-day.yaml", id: "non-positive", line: 36, column: 61),
    .init(file: "team-minutes-range.yaml", id: "out-of-range", line: 36, column: 85),
    .init(file: "team-unknown-key.yaml", id: "unknown-key", line: 36, column: 41),
    .init(file: "visits-minutes.yaml", id: "non-positive", line: 38, column: 19),
    .init(file: "visits-unknown-key.yaml", id: "unknown-key", line: 38, column: 10)
]

@Test(arguments: brokenCases)
func brokenFixtureReportsItsOneProblem(_ c: BrokenCase) {
    let path = Fixture.path("broken/" + c.file)
    let loaded = ScenarioLoader.load(path: path)
    #expect(loaded.scenario == nil)
    let errors = loaded.errors
    #expect(errors.count == 1, "\(loaded.renderedDiagnostics())")
    let e = errors.first
    #expect(e?.id == c.id)
    #expect(e?.file == path)
    #expect(e?.line == c.line)
    #expect(e?.column == c.column)
}

@Test func everyBrokenFixtureIsInTheTable() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("broken")).sorted()
    #expect(files == brokenCases.map(\.file).sorted())
}

@Test func everyErrorCodeIsExercised() {
    // Codes proven by the fixture tables here and the variant tests.
    let covered = Set(brokenCases.map(\.id)).union(warningCases.map(\.id))
        .union(["unknown-base", "variant-cycle", "unknown-collection", "file-unreadable", "too-deep", "too-large"])
    let all = Set(DiagnosticCode.allCases.map(\.rawValue))
    #expect(all.subtracting(covered).isEmpty, "not exercised: \(all.subtracting(covered).sorted())")
}
