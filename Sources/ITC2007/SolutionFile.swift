extension ITCParser {
    /// Reads a solution: one `course room day day_period` line per lecture (0-based day and
    /// period). Blank lines are skipped. Repeated lectures of a course in one period are kept
    /// here; the scorer counts them as the official validator does.
    public static func parseSolution(_ text: String, file: String, instance: ITCInstance) throws(ITCParseError) -> ITCSolution {
        let tokenized = TokenizedText(text)
        let check = Checker(file: file, end: tokenized.end)
        var courseLine: [String: Int] = [:], roomLine: [String: Int] = [:]
        for c in instance.courses { courseLine[c.id] = 0 }
        for r in instance.rooms { roomLine[r.id] = 0 }
        let courseIDs = instance.courses.map(\.id), roomIDs = instance.rooms.map(\.id)
        var assignments: [ITCAssignment] = []
        assignments.reserveCapacity(tokenized.lines.count)
        for line in tokenized.lines {
            try check.fields(line, 4, "course room day day_period")
            let t = line.tokens
            try check.known(t[0], line: line.number, kind: "course", in: courseLine, ids: courseIDs)
            try check.known(t[1], line: line.number, kind: "room", in: roomLine, ids: roomIDs)
            let day = try check.index(t[2], line: line.number, what: "day", below: instance.days, header: "Days")
            let period = try check.index(t[3], line: line.number, what: "period", below: instance.periodsPerDay, header: "Periods_per_day")
            assignments.append(ITCAssignment(course: t[0].text, room: t[1].text, day: day, period: period))
        }
        return ITCSolution(assignments: assignments)
    }
}

/// Writes solutions in the competition's format.
public enum ITCSolutionWriter {
    /// `course room day period` per lecture, ordered by course id, day, period and room, so the
    /// same solution always gives the same bytes.
    public static func text(_ s: ITCSolution) -> String {
        let ordered = s.assignments.sorted {
            ($0.course, $0.day, $0.period, $0.room) < ($1.course, $1.day, $1.period, $1.room)
        }
        var out = ""
        for a in ordered { out += "\(a.course) \(a.room) \(a.day) \(a.period)\n" }
        return out
    }
}
