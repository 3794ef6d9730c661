import Domain
import Testing

@Suite struct ExitStatusTests {
    @Test func aSolvesStatusGivesTheContractsCode() {
        #expect(ExitStatus.ofSolve(.valid).rawValue == 0)
        #expect(ExitStatus.ofSolve(.unmet).rawValue == 3)
        #expect(ExitStatus.ofSolve(.none).rawValue == 4)
        // Unmet mentoring turns a valid timetable's run into "unmet", never a worse one better.
        #expect(ExitStatus.ofSolve(.valid, mentoringMet: false) == .unmet)
        #expect(ExitStatus.ofSolve(.none, mentoringMet: false) == .noTimetable)
        #expect(ExitStatus.ofSolve(.none, brokenRules: true) == .failure)
    }

    @Test func aSignalWinsOverTheStatus() {
        #expect(ExitStatus.ofSolve(.valid, signal: "SIGINT").rawValue == 130)
        #expect(ExitStatus.ofSolve(.unmet, mentoringMet: false, signal: "SIGTERM").rawValue == 143)
        #expect(ExitStatus.ofSolve(.unmet, signal: "SIGHUP") == .unmet)
    }

    @Test func aBatchExitsWithItsWorstScenario() {
        #expect(ExitStatus.worst([0, 3, 4]) == 4)
        #expect(ExitStatus.worst([0, 3, 2, 4]) == 2)
        #expect(ExitStatus.worst([3, 1, 2]) == 1)
        #expect(ExitStatus.worst([0, 0]) == 0)
        #expect(ExitStatus.worst([]) == 0)
    }
}
