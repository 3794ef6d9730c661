import Domain

/// Takes a menu course of a class out and another of its menu with as many periods in (the menu
/// stays filled), each session of the course coming in at a placement where the class, a
/// teacher and a venue are free (those the course going out frees counted free); a session with no
/// such placement comes in unplaced, for the pricing to weigh. Needs move with the courses
/// taken, and the state prices them (NeedsCount.swift). Courses under an order rule, with a
/// five-haves unit or a first course are not swapped (`ElectivesIndex.pairSwappable`).
public struct ElectiveSwap: Move {
    public let name = "elective swap"
    /// Courses tried in, each one candidate.
    public var sample: Int
    public init(sample: Int = 3) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard r < x.modelRequirementCount, state.active[r] else { return [] }
        let e = x.electives
        let out = x.requirementCourse[r]
        guard out >= 0, e.pairSwappable[out] else { return [] }
        let leaving = e.pairRequirements[out]
        guard leaving.allSatisfy({ state.active[$0] }) else { return [] }
        var options = e.menuPairsOfGroup[x.requirementGroup[r]].filter { k in
            k != out && e.pairPeriods[k] == e.pairPeriods[out] && !e.pairRequirements[k].contains { state.active[$0] }
        }
        guard !options.isEmpty else { return [] }
        options.shuffle(using: &rng)
        var freed = Set<Int>()
        for q in leaving { if let s = state.slotRange(q) { freed.formUnion(s.first...s.last) } }
        let vacated = state.vacated(by: leaving)
        var candidates: [[Change]] = []
        for k in options.prefix(sample) {
            var changes = leaving.map { Change(requirement: $0, assignment: -1, active: false) }
            var taken = Set<Int>()
            for q in e.pairRequirements[k] {
                let all = x.assignments(of: q)
                // From a random place in the list, the first placement that fits.
                let from = Int.random(in: 0..<all.count, using: &rng)
                var found = -1
                for i in 0..<all.count {
                    let a = all[(from + i) % all.count]
                    if state.fits(q, at: a, avoiding: taken, freed: freed, vacated: vacated) { found = a; break }
                }
                changes.append(Change(requirement: q, assignment: found, active: true))
                if found >= 0 {
                    let p = x.assignmentPlacement[found]
                    let s = x.firstSlot(ofPlacement: p)
                    taken.formUnion(s..<(s + x.placementLength[p]))
                }
            }
            candidates.append(changes)
        }
        return candidates
    }
}

extension TimetableState {
    /// The electives taken now: the choice the search began with, and the swaps made since.
    public var electivesTaken: Set<GroupCourse> {
        let x = index
        let e = x.electives
        var out = electivesAtStart
        for k in e.pairRequirements.indices where e.pairSwappable[k] {
            let r = x.plan.model.requirements[e.pairRequirements[k][0]]
            let key = GroupCourse(r.group, r.course)
            if active[r.index] { out.insert(key) } else { out.remove(key) }
        }
        return out
    }

    /// Requirements a search may pick: those taken now and those of menu courses a swap may
    /// take in (skipped while not taken); shadowing blocks too when asked.
    func movable(blocks: Bool = false) -> [Int] {
        let x = index
        return (0..<(blocks ? x.requirementCount : x.modelRequirementCount)).filter { r in
            active[r] || (r < x.modelRequirementCount && x.requirementCourse[r] >= 0 && x.electives.pairSwappable[x.requirementCourse[r]])
        }
    }

    /// Whether some class can swap an elective at all (two menu courses a swap may take).
    public var hasElectiveSwaps: Bool { index.electives.menuPairsOfGroup.contains { $0.count > 1 } }
}
