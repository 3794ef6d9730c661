/// Costs published for the instances bundled with Paike (UD2 formulation): the best known and the
/// best lower bound, from Bettinelli, Cacchiani, Roberti & Toth (TOP 23, 2015), Table 1.
public struct ITCPublished: Sendable, Equatable {
    public var competitionName: String
    public var bestKnown: Int
    public var lowerBound: Int
    public init(competitionName: String, bestKnown: Int, lowerBound: Int) {
        self.competitionName = competitionName; self.bestKnown = bestKnown; self.lowerBound = lowerBound
    }

    /// Keyed by the `Name:` line of the `.ctt` file.
    public static let byInstanceName: [String: ITCPublished] = [
        "Fis0506-1": .init(competitionName: "comp01", bestKnown: 5, lowerBound: 5),
        "Ing0203-2": .init(competitionName: "comp02", bestKnown: 24, lowerBound: 16),
        "Ing0304-1": .init(competitionName: "comp03", bestKnown: 64, lowerBound: 52),
        "Ing0405-3": .init(competitionName: "comp04", bestKnown: 35, lowerBound: 35),
        "Let0405-1": .init(competitionName: "comp05", bestKnown: 284, lowerBound: 211),
        "Ing0506-1": .init(competitionName: "comp06", bestKnown: 27, lowerBound: 27),
        "Ing0607-2": .init(competitionName: "comp07", bestKnown: 6, lowerBound: 6)
    ]
}
