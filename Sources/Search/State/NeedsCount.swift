import Planner

/// Needs (NeedsTerm), incrementally: per group-course pair, its sessions held; a need's coverage
/// is Σ score × held ÷ sessions over the pairs scoring on its topic, and its amount gap ×
/// h(coverage), recounted for the pair's few needs when one of its sessions comes or goes. With
/// every session held, needs move only when an elective swap changes the courses taken.
extension TimetableState {
    /// Needs with nothing held: every gap at h(0).
    static func needsOfNothing(_ x: StateIndex) -> Double {
        x.electives.needGap.reduce(0) { $0 + $1 * NeedsTerm.h(0) }
    }

    func coverage(ofNeed j: Int) -> Double { Self.coverage(ofNeed: j, held: pairHeld, index.electives) }

    /// Σ score × share held over the pairs scoring on the need's topic.
    static func coverage(ofNeed j: Int, held: [Int], _ e: ElectivesIndex) -> Double {
        var c = 0.0
        for (k, score) in e.needCourses[j] {
            let n = e.pairRequirements[k].count
            c += score * Double(min(held[k], n)) / Double(n)
        }
        return c
    }

    mutating func holdCourse(_ r: Int, by delta: Int) {
        let x = index
        let k = x.requirementCourse[r]
        guard x.electives.needsWeight > 0, k >= 0 else { return }
        let affected = x.electives.needsOfPair[k]
        guard !affected.isEmpty else { pairHeld[k] += delta; return }
        var before = 0.0, after = 0.0
        for j in affected { before += x.electives.needGap[j] * NeedsTerm.h(coverage(ofNeed: j)) }
        pairHeld[k] += delta
        for j in affected { after += x.electives.needGap[j] * NeedsTerm.h(coverage(ofNeed: j)) }
        needs += after - before
        soft += x.electives.needsWeight * (after - before)
    }

    /// The needs amount counted from scratch from the assignments alone, for the property tests.
    public func needsFromScratch() -> Double {
        let x = index
        guard x.electives.needsWeight > 0 else { return 0 }
        var held = [Int](repeating: 0, count: x.courseMinDays.count)
        for r in 0..<x.modelRequirementCount where active[r] && assignmentOf[r] >= 0 { held[x.requirementCourse[r]] += 1 }
        return x.electives.needGap.indices.reduce(0.0) { z, j in
            z + x.electives.needGap[j] * NeedsTerm.h(Self.coverage(ofNeed: j, held: held, x.electives))
        }
    }
}
