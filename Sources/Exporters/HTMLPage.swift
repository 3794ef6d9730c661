import Domain
import Foundation
import Texts

/// `timetable.html`: one self-contained page (inline CSS, no scripts, nothing fetched) that prints
/// on A4 landscape as one page per class (its 课程表), one page per teacher with sessions (their
/// 授课通知, with changes marked after `--keep`), then an appendix (teacher workload, venue use,
/// solver statistics, unmet requirements). On screen a table of contents comes first.
///
/// Landscape because a 课程表 has dates as columns: up to ten of them side by side need the
/// 273 mm of a landscape page's width far more than its four to eight period rows need height.
enum HTMLPage {
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The printable area of an A4 landscape page inside the margins below, in mm.
    static let pageWidth = 273.0, pageHeight = 190.0

    static let style = """
    @page{size:A4 landscape;margin:10mm 12mm}
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;margin:0}
    .page{break-before:page;page-break-before:always}
    .page.first{break-before:auto;page-break-before:auto}
    .programme{margin:0;font-size:9pt;color:#555}
    .page h2{margin:1mm 0 1mm;font-size:16pt}
    .meta{margin:0 0 2mm;font-size:9pt;color:#555}
    table{border-collapse:collapse;width:100%;table-layout:fixed}
    th,td{border:0.3mm solid #888;padding:0.8mm 1mm;vertical-align:top;line-height:1.3;overflow-wrap:anywhere}
    th{background:#f3e9e6;font-weight:bold;text-align:left}
    table.sheet th,table.sheet td{text-align:center;vertical-align:middle}
    table.sheet td.busy{background:#fbf6e9}table.sheet td.clash{background:#f8d7d7}
    .course{font-weight:bold}.time{font-weight:normal;color:#555}
    td hr{border:0;border-top:0.3mm dashed #c66;margin:0.5mm 0}
    table.notice th,table.notice td{padding:0.4mm 1mm}
    tr.changed td{background:#fff4d6}tr.gone td{color:#777;text-decoration:line-through}tr.gone td.change{text-decoration:none}
    .notice-text{font-size:10.5pt;margin:0 0 2mm}
    .appendix h3{font-size:11pt;margin:2.5mm 0 1mm}.pair{display:flex;gap:8mm;align-items:flex-start}.pair>div{flex:1 1 0}.pair table{width:100%}.appendix table{font-size:8.5pt;margin-bottom:2mm;table-layout:auto;width:auto;min-width:50%}
    .num{text-align:right}.muted{color:#777}
    nav.toc{font-size:10.5pt}nav.toc ul{columns:3;margin:0 0 1em}
    @media screen{body{background:#eee;padding:1em}
    .page,nav.toc{background:#fff;max-width:273mm;margin:0 auto 1.5em;padding:10mm 12mm;box-shadow:0 0 3px #999}}
    @media print{nav.toc{display:none}}
    """

    static func page(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, language: Language = .en) -> Data {
        let look = Lookup(scenario, timetable)
        let say = Wording(language)
        let classes = TimetableSheet.sheets(.group, look)
        let notices = Notice.all(look, moves: summary.moves)
        let programme = scenario.name
        var h = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(say("html.title", programme)))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
        h += contents(programme, classes, notices, say)
        var first = true
        func opening(_ classes: String, _ id: String) -> String {
            defer { first = false }
            return "<section class=\"page \(classes)\(first ? " first" : "")\" id=\"\(escape(id))\">\n"
        }
        for sheet in classes {
            h += opening("class", "class-\(sheet.entityID)")
            h += classPage(sheet, look, say)
            h += "</section>\n"
        }
        for notice in notices {
            h += opening("notice", "teacher-\(notice.teacher.id.rawValue)")
            h += noticePage(notice, look, say, showsChanges: summary.moves != nil)
            h += "</section>\n"
        }
        h += opening("appendix", "appendix")
        h += appendix(scenario: scenario, timetable: timetable, summary: summary, look, say)
        h += "</section>\n</body>\n</html>\n"
        return Data(h.utf8)
    }

    /// On screen only: links to every class, every teacher's notice and the appendix.
    static func contents(_ programme: String, _ classes: [TimetableSheet], _ notices: [Notice], _ say: Wording) -> String {
        var h = "<nav class=\"toc\">\n<h1>\(escape(say("html.title", programme)))</h1>\n"
        h += "<p class=\"muted\">\(escape(say("html.print.hint")))</p>\n"
        h += "<h2>\(escape(say("html.contents.classes")))</h2>\n<ul>\n"
        for s in classes { h += "<li><a href=\"#class-\(escape(s.entityID))\">\(escape(s.name))</a></li>\n" }
        h += "</ul>\n<h2>\(escape(say("html.contents.teachers")))</h2>\n<ul>\n"
        for n in notices { h += "<li><a href=\"#teacher-\(escape(n.teacher.id.rawValue))\">\(escape(n.teacher.name))</a></li>\n" }
        h += "</ul>\n<p><a href=\"#appendix\">\(escape(say("html.appendix")))</a></p>\n</nav>\n"
        return h
    }

    // MARK: - A class's 课程表

    static let periodColumn = 28.0
    /// What the programme line, heading and meta line take above a class's table, in mm.
    static let classHeader = 24.0

    static func classPage(_ sheet: TimetableSheet, _ look: Lookup, _ say: Wording) -> String {
        var h = "<p class=\"programme\">\(escape(look.scenario.name))</p>\n"
        h += "<h2>\(escape(say("html.class.heading", sheet.name)))</h2>\n"
        var meta = [sheet.entityID]
        if let group = look.groups[Group.ID(sheet.entityID)] {
            meta.append(say("category.\(group.category.rawValue)"))
            meta.append(say("html.class.size", group.size))
        }
        if let firstDay = sheet.days.first, let lastDay = sheet.days.last {
            meta.append(sheet.days.count == 1 ? say("html.class.oneDay", look.dateText(firstDay, say))
                        : say("html.class.dates", look.dateText(firstDay, say), look.dateText(lastDay, say, short: true), sheet.days.count))
        }
        h += "<p class=\"meta\">\(escape(meta.joined(separator: " · ")))</p>\n"
        guard !sheet.isEmpty else { return h + "<p>\(escape(say("html.class.empty")))</p>\n" }

        let layout = ClassLayout(sheet, look, say)
        h += "<table class=\"sheet\" style=\"font-size:\(Number.text(layout.points, decimals: 1))pt\">\n<colgroup><col style=\"width:\(Number.text(periodColumn))mm\">"
        h += String(repeating: "<col>", count: sheet.days.count) + "</colgroup>\n"
        h += "<thead><tr><th>\(escape(say("html.class.period")))</th>"
        for day in sheet.days {
            h += "<th>\(escape(look.dateText(day, say, short: true)))<br>\(escape(say("weekday.\(day.weekday.rawValue)")))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for (p, period) in sheet.periods.enumerated() {
            h += "<tr style=\"height:\(Number.text(layout.rowHeight, decimals: 1))mm\"><th>\(escape(period.name ?? period.id.rawValue))<br>"
            h += "<span class=\"time\">\(period.start)–\(period.end)</span></th>"
            for d in sheet.days.indices {
                switch layout.cells[p][d] {
                case .covered: continue
                case .empty: h += "<td></td>"
                case let .sessions(sessions, span):
                    let cls = sessions.count > 1 ? "clash" : "busy"
                    h += "<td class=\"\(cls)\"\(span > 1 ? " rowspan=\"\(span)\"" : "")>"
                    h += sessions.map { s in
                        let lines = TimetableSheet.cellLines(.group, s, look, say)
                        return lines.enumerated().map { n, line in
                            n == 0 ? "<div class=\"course\">\(escape(line))</div>" : "<div>\(escape(line))</div>"
                        }.joined()
                    }.joined(separator: "<hr>")
                    h += "</td>"
                }
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// Where each session of a class's sheet goes (a session over consecutive periods is one
    /// cell spanning its rows), and the font size and row height that fit the page.
    struct ClassLayout {
        enum Cell { case empty, covered, sessions([ScheduledSession], span: Int) }
        var cells: [[Cell]]
        var points: Double
        var rowHeight: Double

        init(_ sheet: TimetableSheet, _ look: Lookup, _ say: Wording) {
            let rows = sheet.periods.count, columns = sheet.days.count
            var cells = Array(repeating: Array(repeating: Cell.empty, count: columns), count: rows)
            for d in 0..<columns {
                var p = 0
                while p < rows {
                    let here = sheet.cells[p][d]
                    guard !here.isEmpty else { p += 1; continue }
                    var span = 1
                    if here.count == 1 {
                        while p + span < rows, sheet.cells[p + span][d].count == 1, sheet.cells[p + span][d][0].id == here[0].id { span += 1 }
                    }
                    cells[p][d] = .sessions(here, span: span)
                    for q in (p + 1)..<(p + span) { cells[q][d] = .covered }
                    p += span
                }
            }
            self.cells = cells
            let textWidth = (HTMLPage.pageWidth - HTMLPage.periodColumn) / Double(max(1, columns)) - 2.5
            let paragraphs: [[(lines: [String], span: Int)]] = cells.map { row in
                row.map { cell in
                    guard case let .sessions(sessions, span) = cell else { return ([], 1) }
                    return (sessions.flatMap { TimetableSheet.cellLines(.group, $0, look, say) }, span)
                }
            }
            let headings = sheet.periods.map { [$0.name ?? $0.id.rawValue, "\($0.start)–\($0.end)"] }
            let padding = 2.0
            func budget(_ points: Double) -> Double {
                let head = PageFit.height(["00月00日", "星期一"], width: textWidth, points: points, padding: padding)
                return (HTMLPage.pageHeight - HTMLPage.classHeader - head - 4) / Double(max(1, rows))
            }
            points = PageFit.largest { points in
                let row = budget(points)
                let headingsFit = headings.allSatisfy { PageFit.height($0, width: HTMLPage.periodColumn - 2.5, points: points, padding: padding) <= row }
                return headingsFit && paragraphs.allSatisfy { row_ in
                    row_.allSatisfy { $0.lines.isEmpty || PageFit.height($0.lines, width: textWidth, points: points, padding: padding) <= row * Double($0.span) }
                }
            }
            // Rows share the page's height evenly, as a printed 课程表 does, but no taller than 40 mm.
            rowHeight = min(40, budget(points))
        }
    }

    // MARK: - A teacher's 授课通知

    /// What a teacher's notice lists: their sessions in date order, each with the change that
    /// brought it there (after `--keep`), and the sessions they no longer teach.
    struct Notice {
        struct Line {
            var session: ScheduledSession
            /// The moves of this session's classes that concern it (empty when it stayed put).
            var moves: [SessionMove]
        }
        struct Gone {
            var course: Course.ID
            var segment: SegmentKind?
            var groups: [Group.ID]
            var before: SessionPlace
            /// The teacher who has it now, or nil when it is no longer held.
            var now: Teacher.ID?
        }
        var teacher: Teacher
        var lines: [Line]
        var gone: [Gone]

        /// One notice per teacher with sessions, by teacher id.
        static func all(_ look: Lookup, moves: [SessionMove]?) -> [Notice] {
            look.sortedTeachers.compactMap { t in
                let mine = look.sessions.filter { $0.teacher == t.id }
                guard !mine.isEmpty else { return nil }
                let moves = moves ?? []
                let lines = mine.map { s in
                    Line(session: s, moves: moves.filter {
                        $0.after != nil && $0.course == s.course && $0.occurrence == s.occurrence && $0.segment == s.segment && s.groups.contains($0.group)
                    })
                }
                // A joint session that left gives one move per class: one line lists them all.
                var gone: [Gone] = []
                for m in moves {
                    guard let before = m.before, before.teacher == t.id, m.after?.teacher != t.id else { continue }
                    if let n = gone.firstIndex(where: { $0.course == m.course && $0.segment == m.segment && $0.before == before }) {
                        gone[n].groups.append(m.group)
                    } else {
                        gone.append(Gone(course: m.course, segment: m.segment, groups: [m.group], before: before, now: m.after?.teacher))
                    }
                }
                gone.sort { ($0.before.day, $0.before.firstPeriod, $0.course) < ($1.before.day, $1.before.firstPeriod, $1.course) }
                return Notice(teacher: t, lines: lines, gone: gone)
            }
        }
    }

    /// What a notice's header takes above its table, in mm.
    static let noticeHeader = 36.0

    static func noticePage(_ notice: Notice, _ look: Lookup, _ say: Wording, showsChanges: Bool) -> String {
        let sessions = notice.lines.map(\.session)
        let periods = sessions.reduce(0) { $0 + $1.periodCount }
        var h = "<p class=\"programme\">\(escape(look.scenario.name))</p>\n"
        h += "<h2>\(escape(say("html.notice.heading"))) · \(escape(notice.teacher.name))</h2>\n"
        h += "<p class=\"notice-text\">\(escape(say("html.notice.greeting", notice.teacher.name)))<br>"
        h += escape(say("html.notice.body", sessions.count, periods, look.scenario.name,
                        look.dateText(sessions.first!.day, say), look.dateText(sessions.last!.day, say))) + "</p>\n"

        let columns = ["date", "weekday", "time", "course", "classes", "venue"] + (showsChanges ? ["change"] : [])
        var rows: [(cells: [String], cls: String)] = notice.lines.map { line in
            let s = line.session
            var cells = [look.dateText(s.day, say, short: true), say("weekday.\(s.day.weekday.rawValue)"), timeText(s, look),
                         look.courseLabel(s, say), look.groupNames(s), look.place(s.venue, say)]
            if showsChanges { cells.append(changeText(line, notice.teacher.id, look, say)) }
            return (cells, line.moves.isEmpty ? "" : "changed")
        }
        if showsChanges {
            rows += notice.gone.map { g in
                let count = look.courses[g.course].map { c in c.fiveHaves?.segments.first { $0.kind == g.segment }?.periods ?? c.periods } ?? 1
                let label = g.segment.map { part in
                    let text = say("segment.\(part.rawValue)")
                    return say.language == .zh ? "\(look.courseTitle(g.course))（\(text)）" : "\(look.courseTitle(g.course)) (\(text))"
                } ?? look.courseTitle(g.course)
                let change = g.now.map { say("html.notice.gone.to", look.teacherName($0)) } ?? say("html.notice.gone.dropped")
                return ([look.dateText(g.before.day, say, short: true), say("weekday.\(g.before.day.weekday.rawValue)"),
                         timeText(g.before.firstPeriod, count, look), label,
                         Array(Set(g.groups)).sorted().map(look.groupName).joined(separator: "、"), look.place(g.before.venue, say), change], "gone")
            }
        }
        let headings = columns.map { say("html.notice.\($0)") }
        let layout = NoticeLayout(headings: headings, rows: rows.map(\.cells))
        h += "<table class=\"notice\" style=\"font-size:\(Number.text(layout.points, decimals: 1))pt\">\n<colgroup>"
        h += layout.widths.map { "<col style=\"width:\(Number.text($0, decimals: 1))mm\">" }.joined() + "</colgroup>\n<thead><tr>"
        h += headings.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr\(row.cls.isEmpty ? "" : " class=\"\(row.cls)\"")>"
            h += row.cells.enumerated().map { n, text in
                "<td\(n == 6 ? " class=\"change\"" : "")>\(escape(text))</td>"
            }.joined() + "</tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// Short columns (date, weekday, time) as wide as their longest text so they never wrap; the
    /// long ones share the rest in proportion to their longest text, so they wrap about equally
    /// (often not at all). The font is the largest at which every row fits under the header.
    struct NoticeLayout {
        var widths: [Double]
        var points: Double
        static let padding = 1.4
        /// Display cells (a CJK character is two) up to which a column is short.
        static let short = 12

        init(headings: [String], rows: [[String]]) {
            let longest = headings.indices.map { c in ([headings[c]] + rows.map { $0[c] }).map(DisplayWidth.of).max() ?? 1 }
            func widths(_ points: Double) -> [Double] {
                // A display cell is half an em; Latin letters run wider than that (a bold "Wed" by half).
                let fixed = longest.map { $0 <= Self.short ? Double($0) * points * PageFit.millimetresPerPoint * 0.75 + 2.6 : 0 }
                let rest = max(0, HTMLPage.pageWidth - fixed.reduce(0, +))
                let shared = Double(longest.filter { $0 > Self.short }.reduce(0, +))
                return zip(longest, fixed).map { $0 <= Self.short ? $1 : rest * Double($0) / max(1, shared) }
            }
            points = PageFit.largest { points in
                let w = widths(points)
                let height = ([headings] + rows).reduce(0.0) { sum, row in
                    sum + zip(row, w).map { PageFit.height([$0], width: $1 - 2.4, points: points, padding: Self.padding) }.max()!
                }
                return height <= HTMLPage.pageHeight - HTMLPage.noticeHeader - 4
            }
            self.widths = widths(points)
        }
    }

    static func timeText(_ s: ScheduledSession, _ look: Lookup) -> String { timeText(s.firstPeriod, s.periodCount, look) }

    /// `10:00–13:30`, from the start of the first period to the end of the last.
    static func timeText(_ first: Int, _ count: Int, _ look: Lookup) -> String {
        guard let a = look.period(first) else { return look.periodID(first) }
        let b = look.period(first + count - 1) ?? a
        return "\(a.start)–\(b.end)"
    }

    /// The change column of a notice: empty, `new for you`, or what changed and where it was.
    static func changeText(_ line: Notice.Line, _ teacher: Teacher.ID, _ look: Lookup, _ say: Wording) -> String {
        guard let move = line.moves.first else { return "" }
        if move.changed.contains("added") || (move.changed.contains("teacher") && move.before?.teacher != teacher) {
            return say("html.notice.new")
        }
        guard let before = move.before else { return "" }
        let kinds = Array(Set(line.moves.flatMap(\.changed))).sorted { a, b in
            let order = ["date", "period", "venue", "teacher"]
            return (order.firstIndex(of: a) ?? 9, a) < (order.firstIndex(of: b) ?? 9, b)
        }
        let was = [look.dateText(before.day, say, short: true), say("weekday.\(before.day.weekday.rawValue)"),
                   timeText(before.firstPeriod, line.session.periodCount, look), look.venueName(before.venue)].joined(separator: " ")
        let separator = say.language == .zh ? "、" : ", "
        return say("html.notice.changed", kinds.map { say("html.change.\($0)") }.joined(separator: separator), was)
    }

    // MARK: - Appendix

    static func appendix(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, _ look: Lookup, _ say: Wording) -> String {
        let report = Report.build(scenario: scenario, timetable: timetable, summary: summary)
        func num(_ x: Double?) -> String { x.map { Number.text($0) } ?? "—" }
        func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
            guard !rows.isEmpty else { return "<p class=\"muted\">\(escape(say("core.none")))</p>\n" }
            var h = "<table>\n<thead><tr>" + header.enumerated().map { n, text in
                "<th\(numeric.contains(n) ? " class=\"num\"" : "")>\(escape(text))</th>"
            }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows {
                h += "<tr>" + row.enumerated().map { n, text in
                    "<td\(numeric.contains(n) ? " class=\"num\"" : "")>\(escape(text))</td>"
                }.joined() + "</tr>\n"
            }
            return h + "</tbody>\n</table>\n"
        }
        var h = "<p class=\"programme\">\(escape(scenario.name))</p>\n<h2>\(escape(say("html.appendix")))</h2>\n"

        h += "<h3>\(escape(say("html.load.heading")))</h3>\n"
        h += table([say("html.load.teacher"), say("html.load.sessions"), say("html.load.periods"), say("html.load.busiest"),
                    say("html.load.dayLimit"), say("html.load.limit")],
                   report.teachers.map { t in
                       ["\(t.name) (\(t.id))", String(t.sessions), String(t.periods), String(t.busiestDayPeriods),
                        t.maxPeriodsPerDay.value.map(String.init) ?? "—", t.maxPeriods.value.map(String.init) ?? "—"]
                   }, numeric: [1, 2, 3, 4, 5])

        h += "<h3>\(escape(say("html.venues.heading")))</h3>\n"
        h += table([say("html.venues.venue"), say("html.venues.kind"), say("html.venues.site"), say("html.load.sessions"),
                    say("html.venues.used"), say("html.venues.open"), say("html.venues.use")],
                   report.venues.map { v in
                       let venue = look.venues[Venue.ID(v.id)]
                       let site = venue?.site.flatMap { scenario.site($0)?.name } ?? (venue?.isOnline == true ? say("html.online") : "—")
                       return ["\(v.name) (\(v.id))", say("venue.\(v.kind)"), site, String(v.sessions), String(v.periodsUsed),
                               String(v.periodsAvailable), Number.text(v.utilisation * 100, decimals: 1) + " %"]
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
            (say("html.stats.violations"), String(summary.violations.count)),
        ]
        if let elapsed = summary.elapsedSeconds { facts.append((say("html.stats.elapsed"), say("html.stats.seconds", Number.text(elapsed, decimals: 2)))) }
        if let moves = summary.moves { facts.append((say("html.stats.moved"), String(moves.count))) }
        h += "<table class=\"facts\">\n"
        h += facts.map { "<tr><th>\(escape($0.0))</th><td>\(escape($0.1))</td></tr>\n" }.joined() + "</table>\n</div>\n"

        if !summary.terms.isEmpty {
            h += "<div>\n<h3>\(escape(say("html.terms.heading")))</h3>\n"
            let termName = { (name: String) in say.has("html.term.\(name)") ? say("html.term.\(name)") : name }
            h += table([say("html.terms.term"), say("html.terms.weight"), say("html.terms.amount"), say("html.terms.weighted")],
                       summary.terms.map { [termName($0.name), Number.text($0.weight), Number.text($0.amount), Number.text($0.weighted)] }
                           + [[say("html.terms.total"), "", "", Number.text(summary.terms.reduce(0) { $0 + $1.weighted })]],
                       numeric: [1, 2, 3]) + "</div>\n"
        }
        h += "</div>\n"

        h += "<h3>\(escape(say("html.unmet.heading", report.unmet.count)))</h3>\n"
        h += table([say("html.unmet.class"), say("html.unmet.course"), say("html.unmet.occurrence"), say("html.unmet.rule"), say("html.unmet.reason")],
                   report.unmet.map { u in
                       let part = u.segment.map { say("segment.\($0)") }
                       let course = part.map { say.language == .zh ? "\(u.courseTitle)（\($0)）" : "\(u.courseTitle) (\($0))" } ?? u.courseTitle
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
