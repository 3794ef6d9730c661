import Domain

/// Did-you-mean notes for misspelt keys, ids and enum values (distance: `Spelling`).
enum Suggestions {
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> [String] {
        Spelling.closest(to: word, in: candidates).map { ["did you mean '\($0)'?"] } ?? []
    }

    static func quotedList(_ values: [String]) -> String { values.map { "'\($0)'" }.joined(separator: ", ") }
}
