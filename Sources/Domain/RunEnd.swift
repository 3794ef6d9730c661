/// What ended a solve's search: report.txt says it in words, report.json as `ended_by`. Only a
/// run ended by the clock (or a signal) may differ when run again.
public enum RunEnd: String, Sendable, Equatable, CaseIterable {
    /// The time limit (the search's share of it) came first.
    case timeLimit = "time_limit"
    /// The gap to the bound reached `--gap`.
    case gap
    /// The bound proved the timetable optimal.
    case optimal
    /// The search ran its course: its widest round improved nothing, or its rounds were spent.
    case searchDone = "search_done"
    /// The work budget (`--effort`, in candidates priced and GLPK nodes) was spent.
    case effort
    /// SIGINT or SIGTERM.
    case interrupted
}
