import Foundation
import Testing

extension Tag {
    /// Solves a whole bundled scenario (or several) end to end: minutes in a debug build.
    @Tag static var wholeScenario: Self
}

/// Whole-scenario solves beyond the one the default suite keeps run only when
/// `PAIKE_WHOLE_SCENARIO_TESTS` is set (CI runs them after the default suite).
enum WholeScenario {
    static let enabled = ProcessInfo.processInfo.environment["PAIKE_WHOLE_SCENARIO_TESTS"] != nil
    static var trait: ConditionTrait { .enabled(if: enabled, "set PAIKE_WHOLE_SCENARIO_TESTS=1 to run whole-scenario solves") }
}
