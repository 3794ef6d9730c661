import Domain
import Foundation

/// `timetable.html`: one self-contained page (inline CSS, no scripts, nothing fetched) with the
/// summary, then a grid per group, per teacher and per venue. Prints one grid per page block.
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

    static let style = """
    body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222}
    h1{font-size:1.5em}h2{border-bottom:2px solid #933;padding-bottom:.2em;margin-top:2em}h3{margin:1.2em 0 .4em}
    table{border-collapse:collapse;margin:.3em 0 1em}th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;font-size:.9em}
    th{background:#f3e9e6}table.grid td{min-width:7em}td.busy{background:#fbf6e9}td.clash{background:#f8d7d7}
    .id{color:#777;font-size:.85em}.muted{color:#777}.num{text-align:right}
    .block{page-break-inside:avoid;break-inside:avoid}
    @media print{body{margin:0}h2{page-break-before:always;break-before:page}h2.first{page-break-before:avoid;break-before:avoid}}
    """

    static func page(scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary) -> Data {
        let look = Lookup(scenario, timetable)
        let report = Report.build(scenario: scenario, timetable: timetable, summary: summary)
        var h = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(scenario.name)) — 课表 timetable</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <h1>\(escape(scenario.name)) — 课表 timetable</h1>

        """
        h += "<h2 class=\"first\">Summary 概况</h2>\n<table class=\"facts\">\n"
        for (label, value) in report.facts {
            h += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n"
        }
        h += "</table>\n"
        h += "<h3>Unmet requirements 未排课程 (\(report.unmet.count))</h3>\n"
        if report.unmet.isEmpty {
            h += "<p class=\"muted\">none</p>\n"
        } else {
            h += "<table>\n<tr>" + ["group", "course", "occurrence", "segment", "rule", "reason"].map { "<th>\($0)</th>" }.joined() + "</tr>\n"
            for u in report.unmet {
                h += "<tr><td>\(escape(u.groupName)) <span class=\"id\">\(escape(u.group))</span></td>"
                h += "<td>\(escape(u.courseTitle)) <span class=\"id\">\(escape(u.course))</span></td>"
                h += "<td class=\"num\">\(u.occurrence)</td><td>\(escape(u.segment.flatMap(SegmentKind.init(rawValue:))?.chinese ?? ""))</td>"
                h += "<td>\(escape(u.rule))</td><td>\(escape(u.reason))</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "<h3>Violations 违规 (\(report.violations.count))</h3>\n"
        h += report.violations.isEmpty ? "<p class=\"muted\">none</p>\n"
            : "<ul>\n" + report.violations.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"

        for (view, heading) in [(GridView.group, "Groups 班次"), (.teacher, "Teachers 教师"), (.venue, "Venues 场地")] {
            h += "<h2>\(heading)</h2>\n"
            for block in Grids.blocks(view, look) { h += grid(view, block, look) }
        }
        h += "</body>\n</html>\n"
        return Data(h.utf8)
    }

    /// A days × periods table; a session over several periods is one cell spanning them.
    static func grid(_ view: GridView, _ block: GridBlock, _ look: Lookup) -> String {
        var h = "<div class=\"block\">\n<h3>\(escape(block.title))</h3>\n<table class=\"grid\">\n<tr><th>date</th><th>weekday</th>"
        for p in look.periods {
            h += "<th>\(escape(p.id.rawValue))<br><span class=\"id\">\(p.start)–\(p.end)</span></th>"
        }
        h += "</tr>\n"
        for (d, day) in look.days.enumerated() {
            h += "<tr><td>\(day.iso)</td><td>\(day.weekday.chinese)</td>"
            let row = block.cells[d]
            var p = 0
            while p < row.count {
                let here = row[p]
                var span = 1
                if here.count == 1 {
                    while p + span < row.count, row[p + span].count == 1, row[p + span][0].id == here[0].id { span += 1 }
                }
                let cls = here.isEmpty ? "" : (here.count > 1 ? " class=\"clash\"" : " class=\"busy\"")
                let colspan = span > 1 ? " colspan=\"\(span)\"" : ""
                let body = here.map { s in Grids.cellText(view, s, look).map(escape).joined(separator: "<br>") }.joined(separator: "<hr>")
                h += "<td\(colspan)\(cls)>\(body)</td>"
                p += span
            }
            h += "</tr>\n"
        }
        return h + "</table>\n</div>\n"
    }
}
