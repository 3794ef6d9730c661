/// `paike compare`'s table (printed, compare.md and compare.csv) and the indicators it shares
/// with batch summaries. English labels are as scripts have always read them.
enum EnglishCompare {
    static let table: [String: String] = [
        "compare.title": "Comparison",
        "compare.indicator": "indicator", "compare.file": "file", "compare.status": "status",
        "compare.status.valid": "valid", "compare.status.unmet": "unmet", "compare.status.none": "none",
        "compare.status.invalid": "invalid", "compare.status.failure": "failure",
        "compare.unmet": "unmet requirements",
        "compare.objective": "objective (base weights)",
        "compare.term": "{0} ({1}, weight {2})",
        "compare.moved": "sessions moved against the base",
        "compare.base": "base",
        "compare.footnote":
            "Every column is measured the same way: amounts in their own units, and the objective re-weighted with the base scenario's weights.",
        "indicator.metShare": "met share of need (mean over groups)",
        "indicator.teacherUse": "teacher utilisation",
        "indicator.venueUse": "venue utilisation (rooms)",
        "indicator.daysUsed": "teaching days used"
    ]
}
