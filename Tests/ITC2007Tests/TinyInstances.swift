import ITC2007

/// Hand-made instances for the scorer and parser tests. Slots are numbered day × 3 + period.
enum Tiny {
    /// a and b share curriculum q; a and c share teacher t1; b is unavailable on day 1 period 2.
    static let text = """
        Name: Tiny
        Courses: 3
        Rooms: 2
        Days: 2
        Periods_per_day: 3
        Curricula: 1
        Constraints: 1

        COURSES:
        a t1 2 2 30
        b t2 2 1 10
        c t1 1 1 5

        ROOMS:
        big 30
        small 10

        CURRICULA:
        q 2 a b

        UNAVAILABILITY_CONSTRAINTS:
        b 1 2

        END.

        """

    /// x and y share teacher t and both curricula; z shares k2 with them. x wants 3 days.
    static let wideText = """
        Name: Wide
        Courses: 3
        Rooms: 3
        Days: 3
        Periods_per_day: 3
        Curricula: 2
        Constraints: 0

        COURSES:
        x t 3 3 1
        y t 1 1 1
        z u 1 1 1

        ROOMS:
        r1 5
        r2 5
        r3 5

        CURRICULA:
        k1 2 x y
        k2 3 x y z

        UNAVAILABILITY_CONSTRAINTS:

        END.
        """

    static func instance() throws -> ITCInstance { try ITCParser.parseInstance(text, file: "tiny.ctt") }
    static func wide() throws -> ITCInstance { try ITCParser.parseInstance(wideText, file: "wide.ctt") }

    /// "course room day period" lines, separated by commas for brevity.
    static func solution(_ lines: String) -> ITCSolution {
        ITCSolution(
            assignments: lines.split(separator: ",").map { line in
                let f = line.split(separator: " ")
                return ITCAssignment(course: String(f[0]), room: String(f[1]), day: Int(f[2])!, period: Int(f[3])!)
            })
    }
}
