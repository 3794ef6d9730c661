/// Stability (StabilityTerm, `--keep`), incrementally: the published sessions not held at their
/// published place. Every published session counts until its requirement is placed at an
/// assignment that keeps it (same day, first period and teacher, its venue in the pool), so a
/// session of a course no longer taken counts as dropped throughout, as the term counts it.
/// Exact where each pool is one venue (else the venue is chosen after the search).
extension TimetableState {
    mutating func keepPublished(_ a: Int, by delta: Int) {
        let x = index
        guard a < x.assignmentKeeps.count, x.assignmentKeeps[a] else { return }
        addAmount(.sessionsMoved, -delta)
    }

    func sessionsMovedFromScratch() -> Int {
        let x = index
        var kept = 0
        for r in 0..<x.requirementCount where active[r] && assignmentOf[r] >= 0 {
            let a = assignmentOf[r]
            if a < x.assignmentKeeps.count && x.assignmentKeeps[a] { kept += 1 }
        }
        return x.publishedCount - kept
    }
}
