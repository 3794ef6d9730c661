import Domain
import Foundation
import Texts

/// assessment.csv and report.md of `paike assess`: per group and topic, the scores against the pass mark.
public enum AssessmentExport {
    public static let columns = ["group_id", "group_name", "topic", "cadres_assessed", "mean_score", "below_pass_percent", "gap_before", "gap_after"]

    static func one(_ x: Double) -> String { String(format: "%.1f", x) }

    /// UTF-8 with a byte-order mark and CRLF, like every CSV paike writes; column names fixed for programs.
    public static func csv(_ t: AssessmentTable, _ s: TrainingScenario) -> Data {
        CSV.document(
            [columns]
                + t.rows.map { r in
                    [
                        r.group.rawValue, s.group(r.group)?.name ?? "", r.topic, String(r.assessed), one(r.meanScore),
                        one(r.belowPass * 100), one(r.gapBefore), one(r.gapAfter)
                    ]
                })
    }

    /// The report people read, in `language`.
    public static func markdown(_ t: AssessmentTable, _ s: TrainingScenario, language: Language) -> String {
        let w = Wording(language)
        var out = "# \(w("assess.report.title"))\n\n"
        out += w("assess.report.intro", s.name, t.pass) + "\n\n"
        out += w("assess.report.below", t.peopleBelow, t.people) + "\n\n"
        let head = [
            "assess.col.group", "assess.col.topic", "assess.col.assessed", "assess.col.mean", "assess.col.below",
            "assess.col.gapBefore", "assess.col.gapAfter"
        ].map { w($0) }
        out += "| " + head.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: head.count) + "\n"
        for r in t.rows {
            let name = s.group(r.group)?.name ?? r.group.rawValue
            let cells = [
                "\(cell(name)) [\(r.group)]", cell(r.topic), String(r.assessed), one(r.meanScore),
                String(format: "%.0f%%", r.belowPass * 100), one(r.gapBefore), one(r.gapAfter)
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The same for programs (report.json): English keys, numbers unrounded, whatever `--lang`.
    public static func json(_ t: AssessmentTable, _ s: TrainingScenario) -> Data {
        struct Row: Encodable {
            var group: String, topic: String, cadresAssessed: Int, meanScore: Double, belowPass: Double, gapBefore: Double, gapAfter: Double
        }
        struct Body: Encodable { var scenario: String; var pass: Int; var cadres: Int; var cadresBelowPass: Int; var rows: [Row] }
        let body = Body(
            scenario: s.name, pass: t.pass, cadres: t.people, cadresBelowPass: t.peopleBelow,
            rows: t.rows.map {
                Row(
                    group: $0.group.rawValue, topic: $0.topic, cadresAssessed: $0.assessed, meanScore: $0.meanScore, belowPass: $0.belowPass,
                    gapBefore: $0.gapBefore, gapAfter: $0.gapAfter)
            })
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        return ((try? e.encode(body)) ?? Data()) + Data("\n".utf8)
    }

    /// A table cell: a `|` or line break in a name would break the row.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
