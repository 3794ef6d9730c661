import Domain
import Foundation
import Scenario
import Spreadsheet
import Texts

/// The three workbook jobs the command line runs — a scenario to a workbook, a workbook to a
/// scenario, a template of both — kept out of the command line so tests run them directly.
public enum ScenarioWorkbook {
    public enum Outcome: Sendable {
        /// Done: the lines to print, and warnings for stderr (empty when none).
        case done([String], warnings: String = "")
        /// The input is wrong: messages for stderr, exit 2.
        case invalid(String)
        /// A file could not be written: the message for stderr, exit 1.
        case failed(String)
    }

    /// Whether a scenario file is a what-if variant (`base:` and `changes:` at the top).
    public static func isVariant(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("base:") || $0.hasPrefix("changes:") }
    }

    /// `paike workbook SCENARIO --out W`: the scenario as sheets, written to `out`.
    /// `language` picks the language from the scenario's own `language` (nil when it has none).
    public static func export(scenario path: String, to out: String, language: (String?) -> Language) -> Outcome {
        let loaded = ScenarioLoader.load(path: path)
        let w0 = Wording(language(nil))
        if let text = loaded.sources[path], isVariant(text) || loaded.sourceMap.files.count > 1 {
            let base =
                loaded.sourceMap.files.dropFirst().first ?? text.split(whereSeparator: \.isNewline)
                .first { $0.hasPrefix("base:") }.map { String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces) } ?? "?"
            return .invalid("\(path): error: " + w0("workbook.error.variant", base))
        }
        guard let s = loaded.scenario else { return .invalid(loaded.renderedDiagnostics()) }
        let w = Wording(language(s.language))
        let sheets = WorkbookExport.sheets(s, language: s.language.flatMap(Language.init(spelling:)), in: w)
        if let missing = missingFolder(for: out, w) { return .failed(missing) }
        do { try WorkbookFiles.write(sheets, to: out, title: s.name) } catch {
            return .failed("\(out): error: " + describe(error, w))
        }
        return .done(
            [w("workbook.wrote", out, sheets.count, s.teachers.count, s.venues.count, s.courses.count, s.groups.count)],
            warnings: loaded.diagnostics.isEmpty ? "" : loaded.renderedDiagnostics())
    }

    /// Reads a workbook or CSV folder; nil with the message when it cannot be read at all.
    public static func sheets(_ path: String, _ w: Wording) -> Result<[Sheet], ReadFailure> {
        do { return .success(try WorkbookFiles.read(path)) } catch let WorkbookFiles.Failure.unreadable(p, why) {
            return .failure(ReadFailure(message: "\(p): error: " + w("workbook.error.unreadable", why)))
        } catch {
            return .failure(ReadFailure(message: "\(path): error: " + w("workbook.error.not-workbook")))
        }
    }

    public struct ReadFailure: Error, Sendable { public var message: String }

    /// `paike import BOOK --out scenario.yaml`: `done` when the scenario is valid (warnings may
    /// be among the lines), `invalid` with every problem otherwise. Nothing is written when a cell
    /// cannot be read; a scenario that reads but does not validate is written, so it can be looked at.
    public static func importScenario(from path: String, sheets: [Sheet], to out: String, _ w: Wording) -> (Outcome, ImportedScenario) {
        let read = WorkbookImport.read(sheets, wording: w)
        let cellErrors = read.hasErrors
        let imported = read.checked(as: out, w, noteFile: !cellErrors)
        let errors = imported.diagnostics.filter(\.isError).count
        if cellErrors {
            return (.invalid(imported.rendered + w("workbook.import.not-written", errors) + "\n"), imported)
        }
        if let missing = missingFolder(for: out, w) { return (.failed(missing), imported) }
        do { try Data(imported.yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            return (.failed("\(out): error: " + describe(error, w)), imported)
        }
        let wrote = w("workbook.import.wrote", out, imported.sheetsRead)
        if imported.hasErrors { return (.invalid(imported.rendered + wrote + "\n" + w("workbook.import.invalid", errors) + "\n"), imported) }
        return (.done([wrote, w("workbook.import.valid", out)], warnings: imported.rendered), imported)
    }

    /// `paike init --out DIR`: `DIR/scenario.yaml` (commented) and the same as a workbook, `DIR/scenario.xlsx`.
    public static func initialise(_ dir: String, _ w: Wording) -> Outcome {
        let yamlPath = (dir as NSString).appendingPathComponent("scenario.yaml")
        let bookPath = (dir as NSString).appendingPathComponent(bookName)
        for p in [yamlPath, bookPath] where FileManager.default.fileExists(atPath: p) { return .invalid(w("workbook.init.exists", p) + "\n") }
        if let missing = missingFolder(for: dir, w) { return .failed(missing) }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(Template.yaml(w).utf8).write(to: URL(fileURLWithPath: yamlPath), options: .atomic)
            try WorkbookFiles.write(Template.sheets(w), to: bookPath, title: w("workbook.template.name"))
        } catch {
            return .failed("\(dir): error: " + describe(error, w))
        }
        return .done([
            w("workbook.init.wrote", yamlPath, bookPath), w("workbook.init.next", bookPath, (dir as NSString).appendingPathComponent("from-workbook.yaml"))
        ])
    }

    /// What went wrong writing a file, in words (not Foundation's error dump).
    static func describe(_ error: Error, _ w: Wording) -> String {
        if let e = error as? SpreadsheetError { return e.message(w) }
        return w("workbook.error.unwritable", (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription)
    }

    /// Output goes into a folder that exists: a mistyped path should not grow new folders.
    static func missingFolder(for path: String, _ w: Wording) -> String? {
        let parent = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if parent.isEmpty || (FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) && isFolder.boolValue) { return nil }
        return "\(path): error: " + w("workbook.error.no-folder", parent)
    }

    /// The template workbook's name.
    public static let bookName = "scenario.xlsx"
}
