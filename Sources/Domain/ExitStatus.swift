/// The exit statuses of the contract, decided here alone so that the command line, report.json
/// and a batch's summary always agree: 0 a valid timetable, 2 invalid scenario, 3 requirements
/// (or mentoring) unmet, 4 no timetable in time, 64 wrong usage, 1 anything else; 130 and 143
/// when Ctrl-C or SIGTERM stopped the run (the shell's convention: 128 + the signal).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case valid = 0, failure = 1, invalid = 2, unmet = 3, noTimetable = 4, usage = 64
    case interrupted = 130, terminated = 143

    /// A solve's status. A signal wins: the files hold what had been found by then.
    public static func ofSolve(
        _ status: SolveStatus, mentoringMet: Bool = true, brokenRules: Bool = false,
        signal: String? = nil
    ) -> ExitStatus {
        if let signal, let stopped = ExitStatus(signal: signal) { return stopped }
        switch status {
        case .valid: return mentoringMet ? .valid : .unmet
        case .unmet: return .unmet
        // No timetable, and rules broken by what was found: Paike's own failure, not the clock.
        case .none: return brokenRules ? .failure : .noTimetable
        }
    }

    /// 130 for SIGINT, 143 for SIGTERM (by name, as report.json records it).
    public init?(signal name: String) {
        switch name {
        case "SIGINT": self = .interrupted
        case "SIGTERM": self = .terminated
        default: return nil
        }
    }

    /// Worst first: a failure, an invalid file, no timetable, unmet requirements, valid. A batch
    /// exits with the worst of its scenarios; a signal is reported by the batch itself.
    public static let severity: [ExitStatus] = [.failure, .invalid, .noTimetable, .unmet, .valid]

    public static func worst(_ codes: [Int32]) -> Int32 {
        let rank = severity.map(\.rawValue)
        return codes.min { (rank.firstIndex(of: $0) ?? 0) < (rank.firstIndex(of: $1) ?? 0) } ?? ExitStatus.valid.rawValue
    }
}
