/// Order rules between courses (`after:`): validation messages.
enum EnglishOrder {
    static let table: [String: String] = [
        "order.self": "course '{0}' is listed in its own 'after'",
        "order.selfHint": "remove '{0}' from its 'after'",
        "order.cycle": "the 'after' lists go round in a circle, so none of these courses can be first: {0} (→ reads 'then')",
        "order.cycleHint": "remove one link of the circle from an 'after' list",
        "order.first": "course '{0}' is the first course of group '{1}', so it cannot come after '{2}', which the group also takes",
        "order.firstHint": "remove '{0}' from the 'after' of '{1}'",
        "order.noFit":
            "group '{0}' cannot take '{1}' after {2} in its calendar: with {3} as early as the group is free (in that order) and nothing else in between, the last ends on {4} after period {5} at the earliest, and what is left ({6}) cannot hold '{1}' ({7}, each session whole within one day)",
        "order.periods": "{0} periods", "order.periodOne": "1 period",
        "order.free": "{0} free periods", "order.freeOne": "1 free period",
        "order.noFitHint": "lengthen the calendar, shorten the courses, or remove '{0}' from the 'after' of '{1}'",
        "order.noFitOthers": "the same holds for groups {0}"
    ]
}
