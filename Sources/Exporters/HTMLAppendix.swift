import Domain
import Foundation
import Texts

/// The last pages of timetable.html: teacher workload, venue use, solver statistics, unmet requirements.
extension HTMLPage {
    static func appendix(
        scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, _ look: Lookup, _ say: Wording,
        report: Report? = nil
    ) -> String {
        let report = report ?? Report.build(scenario: scenario, timetable: timetable, summary: summary, look: look)
        func num(_ x: Double?) -> String { x.map { Number.text($0) } ?? "—" }
        func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
            guard !rows.isEmpty else { return "<p class=\"muted\">\(escape(say("core.none")))</p>\n" }
            var h =
                "<table>\n<thead><tr>"
                + header.enumerated().map { n, text in
                    "<th\(numeric.contains(n) ? " class=\"num\"" : "")>\(escape(text))</th>"
                }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows {
                h +=
                    "<tr>"
                    + row.enumerated().map { n, text in
                        "<td\(numeric.contains(n) ? " class=\"num\"" : "")>\(escape(text))</td>"
                    }.joined() + "</tr>\n"
            }
            return h + "</tbody>\n</table>\n"
        }
        var h = "<p class=\"programme\">\(escape(scenario.name))</p>\n<h2>\(escape(say("html.appendix")))</h2>\n"

        h += "<h3>\(escape(say("html.load.heading")))</h3>\n"
        h += table(
            [
                say("html.load.teacher"), say("html.load.sessions"), say("html.load.periods"), say("html.load.busiest"),
                say("html.load.dayLimit"), say("html.load.limit")
            ],
            report.teachers.map { t in
                [
                    "\(t.name) (\(t.id))", String(t.sessions), String(t.periods), String(t.busiestDayPeriods),
                    t.maxPeriodsPerDay.value.map(String.init) ?? "—", t.maxPeriods.value.map(String.init) ?? "—"
                ]
            }, numeric: [1, 2, 3, 4, 5])

        h += "<h3>\(escape(say("html.venues.heading")))</h3>\n"
        h += table(
            [
                say("html.venues.venue"), say("html.venues.kind"), say("html.venues.site"), say("html.load.sessions"),
                say("html.venues.used"), say("html.venues.open"), say("html.venues.use")
            ],
            report.venues.map { v in
                let venue = look.venues[Venue.ID(v.id)]
                let site = venue?.site.flatMap { scenario.site($0)?.name } ?? (venue?.isOnline == true ? say("html.online") : "—")
                return [
                    "\(v.name) (\(v.id))", say("venue.\(v.kind)"), site, String(v.sessions), String(v.periodsUsed),
                    String(v.periodsAvailable), Number.text(v.utilisation * 100, decimals: 1) + " %"
                ]
            }, numeric: [3, 4, 5, 6])

        // Statistics and objective terms side by side: short tables, and the appendix of a small
        // programme then fits one page.
        h += "<div class=\"pair\">\n<div>\n<h3>\(escape(say("html.stats.heading")))</h3>\n"
        var facts: [(String, String)] = [
            (say("html.stats.programme"), scenario.name),
            (say("html.stats.status"), say("html.status.\(summary.status.rawValue)")),
            (say("html.stats.objective"), num(summary.objective)),
            (say("html.stats.bound"), num(summary.bound)),
            (say("html.stats.gap"), summary.gap.map { Number.text($0 * 100, decimals: 2) + " %" } ?? "—"),
            (say("html.stats.optimal"), say(summary.optimal ? "html.yes" : "html.no")),
            (say("html.stats.method"), summary.method.isEmpty ? "—" : summary.method),
            (say("html.stats.timeLimit"), say("html.stats.seconds", Number.text(summary.timeLimit))),
            (say("html.stats.seed"), String(summary.seed)),
            (say("html.stats.nodes"), String(summary.nodes)),
            (say("html.stats.sessions"), String(report.sessionCount)),
            (say("html.stats.violations"), String(summary.violations.count))
        ]
        if let elapsed = summary.elapsedSeconds { facts.append((say("html.stats.elapsed"), say("html.stats.seconds", Number.text(elapsed, decimals: 2)))) }
        if let moves = summary.moves { facts.append((say("html.stats.moved"), String(moves.count))) }
        h += "<table class=\"facts\">\n"
        h += facts.map { "<tr><th>\(escape($0.0))</th><td>\(escape($0.1))</td></tr>\n" }.joined() + "</table>\n</div>\n"

        if !summary.terms.isEmpty {
            h += "<div>\n<h3>\(escape(say("html.terms.heading")))</h3>\n"
            let termName = { (name: String) in say.has("html.term.\(name)") ? say("html.term.\(name)") : name }
            h +=
                table(
                    [say("html.terms.term"), say("html.terms.weight"), say("html.terms.amount"), say("html.terms.weighted")],
                    summary.terms.map { [termName($0.name), Number.text($0.weight), Number.text($0.amount), Number.text($0.weighted)] }
                        + [[say("html.terms.total"), "", "", Number.text(summary.terms.reduce(0) { $0 + $1.weighted })]],
                    numeric: [1, 2, 3]) + "</div>\n"
        }
        h += "</div>\n"

        h += "<h3>\(escape(say("html.unmet.heading", report.unmet.count)))</h3>\n"
        h += table(
            [say("html.unmet.class"), say("html.unmet.course"), say("html.unmet.occurrence"), say("html.unmet.rule"), say("html.unmet.reason")],
            report.unmet.map { u in
                let course = look.courseLabel(Course.ID(u.course), segment: u.segment.flatMap(SegmentKind.init(rawValue:)), say)
                return ["\(u.groupName) (\(u.group))", course, String(u.occurrence), u.rule, u.reason]
            }, numeric: [2])

        // The count is among the statistics; the list only when there is one (a bug in Paike).
        if !summary.violations.isEmpty {
            h += "<h3>\(escape(say("html.violations.heading", summary.violations.count)))</h3>\n"
            h += "<ul>\n" + summary.violations.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return h
    }
}
