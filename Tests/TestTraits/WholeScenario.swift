import Foundation
import Testing

extension Tag {
    /// Solves (or bounds) a whole scenario end to end, or several: minutes in a debug build.
    @Tag public static var wholeScenario: Self
}

/// Tests of whole scenarios beyond the one Wensu solve the default suite keeps run only when
/// `PAIKE_WHOLE_SCENARIO_TESTS` is set: CI runs them after the default suite (.ci/run), so that
/// suite stays well under ten minutes on two cores.
public enum WholeScenario {
    public static let enabled = ProcessInfo.processInfo.environment["PAIKE_WHOLE_SCENARIO_TESTS"] != nil
    public static var trait: ConditionTrait { .enabled(if: enabled, "set PAIKE_WHOLE_SCENARIO_TESTS=1 to run whole-scenario tests") }
}
