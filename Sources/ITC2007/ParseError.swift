/// A problem in a `.ctt` instance or a solution file, pointing at the offending token: 1-based
/// line and column, columns counted in Unicode scalars like the scenario loader's diagnostics.
public struct ITCParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// A short fix or a did-you-mean, printed after the message as `— hint`.
    public var hint: String?

    public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.message = message; self.hint = hint
    }

    /// `FILE:LINE:COL: error: message — hint`, the house form of a diagnostic headline.
    public var description: String {
        let text = hint.map { "\(message) — \($0)" } ?? message
        return "\(file):\(line):\(column): error: \(text)"
    }
}
