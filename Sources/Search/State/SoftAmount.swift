import Planner

/// The soft terms the state prices as counts besides travel, compactness and balance — those of
/// the ITC-2007 costs, and stability when re-planning — each counted as its Planner term
/// measures it on a timetable.
public enum SoftAmount: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Seats short of single-group sessions in venues too small for them (OverCapacityTerm).
    case seatsShort
    /// Days a group's course with `min_days` meets short of them (SpreadTerm).
    case daysShort
    /// Periods a cohort is in session with both neighbours that day free (IsolationTerm).
    case lonePeriods
    /// Venues beyond the first a group's course uses (VenueChangesTerm).
    case extraVenues
    /// Published sessions moved or dropped (StabilityTerm, `--keep`).
    case sessionsMoved

    /// The Planner term's name, as the objective terms show it.
    public var description: String {
        switch self {
        case .seatsShort: OverCapacityTerm().name
        case .daysShort: SpreadTerm().name
        case .lonePeriods: IsolationTerm().name
        case .extraVenues: VenueChangesTerm().name
        case .sessionsMoved: StabilityTerm.termName
        }
    }
}

extension StateIndex {
    /// The weight of a term, as the Planner's term takes it from the objective.
    func weight(_ term: SoftAmount) -> Double {
        switch term {
        case .seatsShort: seatsWeight
        case .daysShort: spreadWeight
        case .lonePeriods: isolatedWeight
        case .extraVenues: venueChangesWeight
        case .sessionsMoved: stabilityWeight
        }
    }
}

extension TimetableState {
    public func amount(_ term: SoftAmount) -> Int { amounts[term.rawValue] }

    /// Adds to a term's amount and its weighted change to `soft`.
    @inline(__always) mutating func addAmount(_ term: SoftAmount, _ delta: Int) {
        guard delta != 0 else { return }
        amounts[term.rawValue] += delta
        soft += index.weight(term) * Double(delta)
    }

    /// The terms' amounts counted from scratch from the assignments alone, for the property tests.
    public func amountsFromScratch() -> [Int] {
        var out = [Int](repeating: 0, count: SoftAmount.allCases.count)
        out[SoftAmount.seatsShort.rawValue] = seatsShortFromScratch()
        out[SoftAmount.daysShort.rawValue] = daysShortFromScratch()
        out[SoftAmount.lonePeriods.rawValue] = lonePeriodsFromScratch()
        out[SoftAmount.extraVenues.rawValue] = extraVenuesFromScratch()
        out[SoftAmount.sessionsMoved.rawValue] = sessionsMovedFromScratch()
        return out
    }
}
