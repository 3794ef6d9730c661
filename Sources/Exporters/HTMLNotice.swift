import Domain
import Foundation
import Texts

/// A teacher's page of timetable.html: their 授课通知, with changes marked after `--keep`.
extension HTMLPage {
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
                let mine = look.sessions(of: t.id)
                guard !mine.isEmpty else { return nil }
                let moves = moves ?? []
                let lines = mine.map { s in
                    Line(
                        session: s,
                        moves: moves.filter {
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
        h +=
            escape(
                say(
                    "html.notice.body", sessions.count, periods, look.scenario.name,
                    look.dateText(sessions.first!.day, say), look.dateText(sessions.last!.day, say))) + "</p>\n"

        let columns = ["date", "weekday", "time", "course", "classes", "venue"] + (showsChanges ? ["change"] : [])
        var rows: [(cells: [String], cls: String)] = notice.lines.map { line in
            let s = line.session
            var cells = [
                look.dateText(s.day, say, short: true), say("weekday.\(s.day.weekday.rawValue)"), timeText(s, look),
                look.courseLabel(s, say), look.groupNames(s), look.place(s.venue, say)
            ]
            if showsChanges { cells.append(changeText(line, notice.teacher.id, look, say)) }
            return (cells, line.moves.isEmpty ? "" : "changed")
        }
        if showsChanges {
            rows += notice.gone.map { g in
                let count = look.courses[g.course].map { c in c.fiveHaves?.segments.first { $0.kind == g.segment }?.periods ?? c.periods } ?? 1
                let change = g.now.map { say("html.notice.gone.to", look.teacherName($0)) } ?? say("html.notice.gone.dropped")
                return (
                    [
                        look.dateText(g.before.day, say, short: true), say("weekday.\(g.before.day.weekday.rawValue)"),
                        timeText(g.before.firstPeriod, count, look), look.courseLabel(g.course, segment: g.segment, say),
                        Array(Set(g.groups)).sorted().map(look.groupName).joined(separator: "、"), look.place(g.before.venue, say), change
                    ], "gone"
                )
            }
        }
        let headings = columns.map { say("html.notice.\($0)") }
        let layout = NoticeLayout(headings: headings, rows: rows.map(\.cells))
        h += "<table class=\"notice\" style=\"font-size:\(Number.text(layout.points, decimals: 1))pt\">\n<colgroup>"
        h += layout.widths.map { "<col style=\"width:\(Number.text($0, decimals: 1))mm\">" }.joined() + "</colgroup>\n<thead><tr>"
        h += headings.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr\(row.cls.isEmpty ? "" : " class=\"\(row.cls)\"")>"
            h +=
                row.cells.enumerated().map { n, text in
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
            let texts = headings.indices.map { c in ([headings[c]] + rows.map { $0[c] }).map(DisplayWidth.of) }
            let longest = texts.map { $0.max() ?? 1 }
            // A long column's share: between its longest and its mean text, so one joint session's
            // list of five classes does not squeeze every course title.
            let weight = zip(longest, texts).map { Double($0) / 2 + Double($1.reduce(0, +)) / Double(2 * $1.count) }
            let widest = headings.indices.map { c in ([headings[c]] + rows.map { $0[c] }).map(PageFit.ems).max() ?? 1 }
            func widths(_ points: Double) -> [Double] {
                let fixed = zip(longest, widest).map { $0 <= Self.short ? $1 * points * PageFit.millimetresPerPoint + 3 : 0 }
                let rest = max(0, HTMLPage.pageWidth - fixed.reduce(0, +))
                let shared = zip(longest, weight).reduce(0.0) { $0 + ($1.0 > Self.short ? $1.1 : 0) }
                return zip(zip(longest, weight), fixed).map { $0.0 <= Self.short ? $1 : rest * $0.1 / max(1, shared) }
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
        let was = [
            look.dateText(before.day, say, short: true), say("weekday.\(before.day.weekday.rawValue)"),
            timeText(before.firstPeriod, line.session.periodCount, look), look.venueName(before.venue)
        ].joined(separator: " ")
        let separator = say.language == .zh ? "、" : ", "
        return say("html.notice.changed", kinds.map { say("html.change.\($0)") }.joined(separator: separator), was)
    }
}
