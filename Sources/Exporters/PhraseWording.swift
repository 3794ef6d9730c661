import Domain
import Texts

extension Wording {
    /// Phrases from the planner in the reader's language. English is the sentence the planner
    /// already wrote (report.json keeps it), so English files read as before; a rule named in an
    /// argument is given its name in the reader's language.
    func words(_ phrases: [Phrase], english: String) -> String {
        guard language != .en, !phrases.isEmpty else { return english }
        return phrases.map { text($0.key, arguments: $0.arguments.map(rule)) }.joined(separator: language == .zh ? "；" : "; ")
    }
}
