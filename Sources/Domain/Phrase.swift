/// Words for people held as a catalogue key and its arguments, so the layers below the exporters
/// can say why without choosing a language; the exporters word it in the reader's language.
public struct Phrase: Sendable, Equatable {
    public var key: String
    public var arguments: [String]
    public init(_ key: String, _ arguments: String...) { self.key = key; self.arguments = arguments }
}
