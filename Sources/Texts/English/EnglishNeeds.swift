/// Why a need topic is not fully covered and what holds a class's share of need back (the
/// planner words report.json's English from these; report.txt and coverage.csv use the reader's).
enum EnglishNeeds {
    static let table: [String: String] = [
        "need.noCourse": "no required or menu course covers '{0}'",
        "need.tradedOff": "the electives chosen trade it for other topics",
        "need.atMost": "the courses offered cover at most {0} of {1} points",
        "need.menuElsewhere": "the menu's periods go to larger gaps",
        "need.balance": "electives chosen for the objective's balance across topics",
        "need.notOffered": "'{0}' is not offered",
        "need.notHeld": "'{0}' is not held",
        "need.noTeacher": "'{0}' has no qualified teacher free ({1})",
        "need.noVenue": "'{0}' has no venue free that fits ({1})",
        "need.noPeriod": "'{0}' finds no free period once the class's other sessions are placed ({1})",
        "need.otherElective": "'{0}' could be held but another elective served the objective better",
        "need.blocked": "'{0}' is blocked by {1}"
    ]
}
