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

    static func page(
        scenario: TrainingScenario, timetable: Timetable, summary: SolveSummary, language: Language = .en,
        look: Lookup? = nil, report: Report? = nil
    ) -> Data {
        let look = look ?? Lookup(scenario, timetable)
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
        func opening(_ kind: String, _ id: String) -> String {
            defer { first = false }
            return "<section class=\"page \(kind)\(first ? " first" : "")\" id=\"\(escape(id))\">\n"
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
        h += appendix(scenario: scenario, timetable: timetable, summary: summary, look, say, report: report)
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
}
