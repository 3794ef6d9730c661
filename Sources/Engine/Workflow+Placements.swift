import Domain
import Texts

extension Workflow {
    /// `placements: 2 classes out (60 cadres) at 5 host units` after a solve with shadowing placements.
    public static func placementLines(_ o: SolveOutcome, language: Language = .en) -> [String] {
        let blocks = o.timetable.placements
        guard !blocks.isEmpty else { return [] }
        let hosts = Set(blocks.flatMap { $0.hosts.map(\.host) }).count
        return [Wording(language)("cli.placements", blocks.count, blocks.reduce(0) { $0 + $1.cadres }, hosts)]
    }
}
