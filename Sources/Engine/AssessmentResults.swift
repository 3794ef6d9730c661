import Domain
import Exporters
import Foundation
import Scenario
import Texts

/// Reads a results file (成绩表) against a scenario: one row per cadre (or class without a roster)
/// and topic. Every problem is reported at its line and column, none stops the reading early.
public enum AssessmentResults {
    public struct Read: Sendable {
        public var results: [AssessmentResult]
        public var diagnostics: [Diagnostic]
        /// The text as decoded, for rendering the lines under the messages.
        public var text: String
        public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    }

    /// Column names accepted for each field: the English ones, and what a Chinese form would say.
    static let aliases: [String: [String]] = [
        "cadre_id": ["cadre_id", "cadre", "干部编号", "干部id", "干部"],
        "group_id": ["group_id", "group", "班次编号", "班次id", "班次"],
        "topic": ["topic", "专题", "主题"],
        "score": ["score", "grade", "成绩", "分数", "等级"]
    ]

    /// GB18030, the superset of GBK that Excel on Chinese Windows writes (CoreFoundation's number).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func read(path: String, scenario s: TrainingScenario, wording w: Wording) -> Read {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Read(
                results: [],
                diagnostics: [
                    Diagnostic(
                        .error, at: .wholeFile(path), w("assess.unreadable", path), id: "assessment-unreadable",
                        hint: w("assess.unreadableHint"))
                ], text: "")
        }
        return read(data: data, path: path, scenario: s, wording: w)
    }

    public static func read(data: Data, path: String, scenario s: TrainingScenario, wording w: Wording) -> Read {
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: gb18030) else {
            return Read(
                results: [],
                diagnostics: [
                    Diagnostic(
                        .error, at: .wholeFile(path), w("assess.encoding"), id: "assessment-encoding",
                        hint: w("assess.encodingHint"))
                ], text: "")
        }
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ id: String, _ message: String, _ hint: String, notes: [String] = []) {
            diagnostics.append(Diagnostic(.error, at: at(line, column), message, id: id, hint: hint, notes: notes))
        }
        let records: [CSV.Record]
        do { records = try CSV.parse(Data(text.utf8)) } catch {
            report(error.line, 1, "assessment-csv", w("assess.csv", error.message), w("assess.unreadableHint"))
            return Read(results: [], diagnostics: diagnostics, text: text)
        }
        let rows = records.filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let head = rows.first else {
            report(1, 1, "assessment-empty", w("assess.empty"), w("assess.emptyHint"))
            return Read(results: [], diagnostics: diagnostics, text: text)
        }
        var column: [String: Int] = [:]
        for (i, raw) in head.cells.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if let field = aliases.first(where: { $0.value.contains(name) })?.key, column[field] == nil { column[field] = i }
        }
        var missing = ["topic", "score"].filter { column[$0] == nil }
        if column["cadre_id"] == nil && column["group_id"] == nil { missing.insert("cadre_id / group_id", at: 0) }
        guard missing.isEmpty else {
            report(head.line, 1, "assessment-columns", w("assess.columns", missing.joined(separator: ", ")), w("assess.columnsHint"))
            return Read(results: [], diagnostics: diagnostics, text: text)
        }

        let cadres = Dictionary(s.cadres.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(s.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rostered = Set(s.cadres.map(\.group))
        let topics = Set(s.knownTopics)
        var firstLine: [String: Int] = [:]
        var results: [AssessmentResult] = []
        for r in rows.dropFirst() {
            // Columns counted in Unicode scalars from the cells before (exact for unquoted cells).
            func col(_ field: String) -> Int {
                guard let i = column[field] else { return 1 }
                return r.cells.prefix(i).reduce(1) { $0 + $1.unicodeScalars.count + 1 }
            }
            func cell(_ field: String) -> String {
                guard let i = column[field], i < r.cells.count else { return "" }
                return CSV.unguarded(r.cells[i]).trimmingCharacters(in: .whitespaces)
            }
            let line = r.line
            var ok = true
            // Whom the row is about.
            var subject: AssessedSubject?
            var key = ""
            let cadreText = cell("cadre_id"), groupText = cell("group_id")
            if !cadreText.isEmpty {
                if let c = cadres[Cadre.ID(cadreText)] {
                    if !groupText.isEmpty, c.group.rawValue != groupText {
                        report(
                            line, col("group_id"), "assessment-group-mismatch", w("assess.groupMismatch", cadreText, c.group, groupText),
                            w("assess.groupMismatchHint"))
                        ok = false
                    }
                    subject = .cadre(c.id); key = cadreText
                } else {
                    let near = Spelling.closest(to: cadreText, in: cadres.keys.map(\.rawValue).sorted())
                    report(
                        line, col("cadre_id"), "assessment-unknown-cadre", w("assess.unknownCadre", cadreText), w("assess.unknownCadreHint"),
                        notes: near.map { ["did you mean '\($0)'?"] } ?? [])
                }
            } else if !groupText.isEmpty {
                if let g = groups[Group.ID(groupText)] {
                    if rostered.contains(g.id) {
                        report(line, col("group_id"), "assessment-roster-group", w("assess.rosterGroup", groupText), w("assess.rosterGroupHint"))
                        ok = false
                    }
                    subject = .group(g.id); key = "group:" + groupText
                } else {
                    let near = Spelling.closest(to: groupText, in: groups.keys.map(\.rawValue).sorted())
                    report(
                        line, col("group_id"), "assessment-unknown-group", w("assess.unknownGroup", groupText), w("assess.unknownGroupHint"),
                        notes: near.map { ["did you mean '\($0)'?"] } ?? [])
                }
            } else {
                report(line, 1, "assessment-no-subject", w("assess.noSubject"), w("assess.noSubjectHint"))
            }
            // The topic.
            let topic = cell("topic")
            if topic.isEmpty {
                report(line, col("topic"), "assessment-no-topic", w("assess.noTopic"), w("assess.noTopicHint")); ok = false
            } else if !topics.contains(topic) {
                let near = Spelling.closest(to: topic, in: s.knownTopics)
                report(
                    line, col("topic"), "assessment-unknown-topic", w("assess.unknownTopic", topic),
                    w("assess.unknownTopicHint", s.knownTopics.joined(separator: ", ")), notes: near.map { ["did you mean '\($0)'?"] } ?? [])
                ok = false
            }
            // The score: a number from 0 to 100 or a grade.
            let scoreText = cell("score")
            var score: AssessmentScore?
            if let grade = Grade(spelling: scoreText) {
                score = AssessmentScore(grade.score)
            } else if let x = number(scoreText) {
                score = AssessmentScore(x)
                if score == nil {
                    report(line, col("score"), "assessment-out-of-range", w("assess.outOfRange", scoreText), w("assess.outOfRangeHint"))
                }
            } else {
                report(line, col("score"), "assessment-bad-score", w("assess.badScore", scoreText), w("assess.badScoreHint"))
            }
            guard ok, let subject, let score else { continue }
            let pairKey = key + "\u{0}" + topic
            if let first = firstLine[pairKey] {
                report(
                    line, 1, "assessment-duplicate", w("assess.duplicate", key.hasPrefix("group:") ? String(key.dropFirst(6)) : key, topic),
                    w("assess.duplicateHint"), notes: [w("assess.duplicateNote", first)])
                continue
            }
            firstLine[pairKey] = line
            results.append(AssessmentResult(subject: subject, topic: topic, score: score, line: line))
        }
        if results.isEmpty && diagnostics.isEmpty {
            report(head.line, 1, "assessment-empty", w("assess.noResults"), w("assess.emptyHint"))
        }
        return Read(results: results, diagnostics: diagnostics, text: text)
    }

    /// A score as typed: ASCII or full-width digits (a Chinese input method's ８５．５), an optional
    /// `%`; nan, inf and exponents are no scores.
    static func number(_ text: String) -> Double? {
        var ascii = ""
        for c in text.unicodeScalars {
            switch c.value {
            case 0xFF10...0xFF19: ascii.unicodeScalars.append(Unicode.Scalar(c.value - 0xFF10 + 0x30)!)
            case 0xFF0E: ascii += "."
            case 0xFF05: ascii += "%"
            default: ascii.unicodeScalars.append(c)
            }
        }
        if ascii.hasSuffix("%") { ascii.removeLast() }
        guard !ascii.isEmpty, ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else { return nil }
        return Double(ascii)
    }

    /// The messages with their lines and carets, as the scenario's are shown.
    public static func render(_ read: Read, path: String) -> String {
        DiagnosticRenderer(sources: [path: read.text]).render(read.diagnostics)
    }
}
