import Domain

/// Pricing a timetable: the objective terms as the program counts them.
extension Plan {
    /// Every term measured on a timetable, with the stability term when re-planning.
    public func objectiveTerms(of timetable: Timetable) -> [ObjectiveTerm] {
        let facts = TimetableFacts(context: context, timetable: timetable)
        var terms = facts.objectiveTerms()
        if let s = stability {
            terms.append(ObjectiveTerm(name: s.name, unit: s.unit, weight: context.scenario.objective.stability, amount: s.amount(in: facts)))
        }
        return terms
    }
}
