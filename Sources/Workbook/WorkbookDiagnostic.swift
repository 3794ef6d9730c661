import Scenario

/// A problem found in a workbook, at a cell (`book.xlsx:教师!C7`, `folder/教师.csv:7:3`) or at
/// a whole file.
public struct WorkbookDiagnostic: Sendable, Equatable {
    public var severity: Severity
    public var cell: CellLocation?
    /// The file when there is no cell.
    public var file: String
    public var message: String
    /// The loader's check id (`unknown-reference`) for problems found once the scenario was built.
    public var id: String?
    public var notes: [String]

    public init(_ severity: Severity, at cell: CellLocation, _ message: String, id: String? = nil, notes: [String] = []) {
        self.severity = severity; self.cell = cell; self.file = cell.origin.path; self.message = message; self.id = id; self.notes = notes
    }

    public init(_ severity: Severity, file: String, _ message: String, id: String? = nil, notes: [String] = []) {
        self.severity = severity; self.cell = nil; self.file = file; self.message = message; self.id = id; self.notes = notes
    }

    public var isError: Bool { severity == .error }

    /// `book.xlsx:教师!C7: error: message [id]`, then `note:` lines.
    public var rendered: String {
        var out = "\(cell?.description ?? file): \(severity.rawValue): \(message)" + (id.map { " [\($0)]" } ?? "") + "\n"
        for note in notes { out += "note: \(note)\n" }
        return out
    }
}
