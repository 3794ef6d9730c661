/// General words: the language's own name and what every output shares.
enum EnglishCore {
    static let table: [String: String] = [
        "language.name": "English",
        "language.unknown": "unknown language '{0}': use zh or en",
        "core.none": "none"
    ]
}
