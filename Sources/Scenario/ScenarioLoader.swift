import Domain
import Foundation
import Texts

/// A scenario as read from its file(s): the domain value when there is no error, every
/// diagnostic (sorted by file, line, column), where each entity was written, and the texts
/// read, so diagnostics can be rendered with their source lines.
public struct LoadedScenario: Sendable {
    /// nil when any diagnostic is an error.
    public var scenario: TrainingScenario?
    public var diagnostics: [Diagnostic]
    public var sourceMap: SourceMap
    /// Path → text of every file read (the scenario and, for variants, its bases).
    public var sources: [String: String]

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// Every diagnostic as users read it: headline, source line, caret, notes.
    public func renderedDiagnostics() -> String {
        DiagnosticRenderer(sources: sources).render(diagnostics)
    }
}

/// Reads scenario files (YAML, or JSON which is YAML too) into `TrainingScenario`, reporting
/// every problem with its file position rather than stopping at the first.
public enum ScenarioLoader {
    public static func load(path: String, wording: Wording = .english) -> LoadedScenario {
        load(YAMLReader.readFile(path), path: path, wording: wording)
    }

    /// A scenario from bytes as a file would hold them (the fuzzer's entry; `path` as below).
    public static func load(data: Data, path: String, wording: Wording = .english) -> LoadedScenario {
        load(YAMLReader.decode(data, path: path), path: path, wording: wording)
    }

    private static func load(_ read: (text: String?, diagnostics: [Diagnostic]), path: String, wording: Wording) -> LoadedScenario {
        guard let text = read.text else {
            var map = SourceMap()
            map.files = [path]
            return LoadedScenario(scenario: nil, diagnostics: read.diagnostics, sourceMap: map, sources: [:])
        }
        return load(text: text, path: path, wording: wording)
    }

    /// `path` names the text in diagnostics and anchors a variant's relative `base:`.
    public static func load(text: String, path: String, wording: Wording = .english) -> LoadedScenario {
        var resolver = VariantResolver()
        resolver.wording = wording
        let tree = resolver.resolve(text: text, path: path)
        var map = SourceMap()
        var diagnostics = resolver.diagnostics
        var scenario: TrainingScenario?
        if let tree {
            let reader = FieldReader(wording: wording)
            let decoder = ScenarioDecoder(reader: reader)
            if var decoded = decoder.decode(tree, defaultName: defaultName(path)) {
                decoded.sourceMap.files = resolver.files
                ScenarioChecks(d: decoded, r: reader, removedBy: resolver.removedBy).run()
                map = decoded.sourceMap
                scenario = decoded.scenario
            }
            diagnostics += reader.diagnostics
        }
        map.files = resolver.files
        var seen = Set<Diagnostic>()
        // Aliases and merge keys can make one written value report twice; keep one.
        diagnostics = diagnostics.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.ordered)
        if diagnostics.contains(where: \.isError) { scenario = nil }
        return LoadedScenario(scenario: scenario, diagnostics: diagnostics, sourceMap: map, sources: resolver.sources)
    }

    /// The file name without folder and extension, used when the file gives no `name`.
    static func defaultName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
