/// Order rules between courses (`after:`): validation messages.
enum EnglishOrder {
    static let table: [String: String] = [
        "order.self": "course '{0}' is listed in its own 'after'",
        "order.selfHint": "remove '{0}' from its 'after'",
        "order.cycle": "the 'after' lists go round in a circle, so none of these courses can be first: {0} (→ reads 'then')",
        "order.cycleHint": "remove one link of the circle from an 'after' list",
        "order.first": "course '{0}' is the first course of group '{1}', so it cannot come after '{2}', which the group also takes",
        "order.firstHint": "remove '{0}' from the 'after' of '{1}'",
        "order.noFit": "group '{0}' cannot take '{1}' after {2} in its calendar: taken in the order {3} as early as the group is free, with nothing else in between, they end on {4} after period {5} at the earliest, and the {6} free periods left cannot hold the {7} periods of '{1}' in whole sessions",
        "order.noFitHint": "lengthen the calendar, shorten the courses, or remove '{0}' from the 'after' of '{1}'",
        "order.noFitOthers": "the same holds for groups {0}",
    ]
}
