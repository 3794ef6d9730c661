import Domain
import Foundation
import Texts

/// A class's page of timetable.html: its 课程表, fitted to one A4 landscape page.
extension HTMLPage {
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
            meta.append(
                sheet.days.count == 1
                    ? say("html.class.oneDay", look.dateText(firstDay, say))
                    : say("html.class.dates", look.dateText(firstDay, say), look.dateText(lastDay, say, short: true), sheet.days.count))
        }
        h += "<p class=\"meta\">\(escape(meta.joined(separator: " · ")))</p>\n"
        guard !sheet.isEmpty else { return h + "<p>\(escape(say("html.class.empty")))</p>\n" }

        let layout = ClassLayout(sheet, look, say)
        h +=
            "<table class=\"sheet\" style=\"font-size:\(Number.text(layout.points, decimals: 1))pt\">\n<colgroup><col style=\"width:\(Number.text(periodColumn))mm\">"
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
                return headingsFit
                    && paragraphs.allSatisfy { period in
                        period.allSatisfy {
                            $0.lines.isEmpty || PageFit.height($0.lines, width: textWidth, points: points, padding: padding) <= row * Double($0.span)
                        }
                    }
            }
            // Rows share the page's height evenly, as a printed 课程表 does, but no taller than 40 mm.
            rowHeight = min(40, budget(points))
        }
    }
}
