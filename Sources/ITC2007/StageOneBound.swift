import MIP

/// A lower bound on an instance's cost: Lach & Lübbecke's first stage (Ann. Oper. Res. 194,
/// 2012) — each course's lectures given periods, rooms counted per period but not assigned —
/// priced with what stays exact or bounded without rooms:
/// - one binary column per course and period it may be taught in (identical lectures are one
///   column a period, so there is no symmetry between them), and a column of lectures left out;
/// - per period at most one lecture of a teacher, of a curriculum, and no more lectures than rooms;
/// - MinWorkingDays exactly (a day column ≤ the course's lectures that day), with Burke et al.'s
///   row "lectures a day ≤ 1 + lectures − min days + days short";
/// - CurriculumCompactness exactly on integral columns (a lecture of a curriculum with no
///   lecture of it in the periods beside it that day);
/// - RoomCapacity by its surface: for each capacity level b (between grid points a < b of room
///   capacities and course sizes), at least the lectures of courses of ≥ b students beyond the
///   rooms of ≥ b seats sit in smaller rooms and pay b − a each — exact summed over the levels
///   for a lecture in one room, and a count no room assignment can beat;
/// - RoomStability left out (never negative).
/// So the program's optimum is at most the cost of every solution, and its LP or any proven
/// branch-and-bound bound is a lower bound.
public struct StageOneBound: Sendable {
    public let program: IntegerProgram
    /// Column of course `c` in period `slot` (day × periods a day + period), nil where unavailable.
    public let lecture: [[Int?]]
    /// Column of the lectures of course `c` left out.
    public let leftOut: [Int]
    /// Each course's index by its id.
    let courseIndex: [String: Int]
    /// MinWorkingDays' day columns, each with the lecture columns of its course that day.
    let dayColumns: [(column: Int, lectures: [Int])]
    /// Each soft cost's column with its row (≥, where the column has coefficient 1).
    let softColumns: [(column: Int, row: Int)]

    /// Weights of the competition's soft costs.
    public static let capacityWeight = 1.0, minDaysWeight = 5.0, compactnessWeight = 2.0

    /// `unmetCost`: the price of a lecture left out, as the solve's own objective sets it (the
    /// competition forbids it; a planner prices it so every timetable has a cost).
    public init(_ i: ITCInstance, unmetCost: Double) {
        var p = IntegerProgram(name: "itc-stage-one-\(i.name)")
        let slots = i.slots, np = i.periodsPerDay
        let index = Dictionary(i.courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var closed = Array(repeating: Set<Int>(), count: i.courses.count)
        for u in i.unavailable {
            if let c = index[u.course], u.day >= 0, u.day < i.days, u.period >= 0, u.period < np { closed[c].insert(u.day * np + u.period) }
        }
        var lecture: [[Int?]] = []
        var leftOut: [Int] = []
        var dayColumns: [(column: Int, lectures: [Int])] = []
        var softColumns: [(column: Int, row: Int)] = []
        for (c, course) in i.courses.enumerated() {
            lecture.append(
                (0..<slots).map { s in closed[c].contains(s) ? nil : p.addColumn("x_\(course.id)_\(s)") })
            let u = p.addColumn("left_out_\(course.id)", kind: .integer, bounds: .between(0, Double(course.lectures)), cost: unmetCost)
            leftOut.append(u)
            p.addRow("lectures_\(course.id)", lecture[c].compactMap { $0 }.map { ($0, 1.0) } + [(u, 1.0)], .equal(Double(course.lectures)))
        }
        func at(_ courses: [Int], _ s: Int) -> [(column: Int, value: Double)] { courses.compactMap { lecture[$0][s] }.map { ($0, 1.0) } }

        // Conflicts: a teacher's and a curriculum's lectures, one a period.
        var teacherCourses: [String: [Int]] = [:], teachers: [String] = []
        for (c, course) in i.courses.enumerated() {
            if teacherCourses[course.teacher] == nil { teachers.append(course.teacher) }
            teacherCourses[course.teacher, default: []].append(c)
        }
        let curricula = i.curricula.map { k in Array(Set(k.courses.compactMap { index[$0] })).sorted() }
        for t in teachers where teacherCourses[t]!.count > 1 {
            for s in 0..<slots {
                let terms = at(teacherCourses[t]!, s)
                if terms.count > 1 { p.addRow("teacher_\(t)_\(s)", terms, .atMost(1)) }
            }
        }
        for (k, courses) in curricula.enumerated() where courses.count > 1 {
            for s in 0..<slots {
                let terms = at(courses, s)
                if terms.count > 1 { p.addRow("curriculum_\(i.curricula[k].id)_\(s)", terms, .atMost(1)) }
            }
        }
        let all = Array(i.courses.indices)
        for s in 0..<slots {
            let terms = at(all, s)
            if terms.count > i.rooms.count { p.addRow("rooms_\(s)", terms, .atMost(Double(i.rooms.count))) }
        }

        // RoomCapacity's surface: per level (a, b], lectures of ≥ b students beyond rooms of ≥ b seats.
        let grid = Array(Set([0] + i.rooms.map(\.capacity) + i.courses.map(\.students))).sorted()
        for (a, b) in zip(grid, grid.dropFirst()) {
            let big = all.filter { i.courses[$0].students >= b }
            let seats = i.rooms.filter { $0.capacity >= b }.count
            guard big.count > seats else { continue }
            for s in 0..<slots {
                let terms = at(big, s)
                guard terms.count > seats else { continue }
                let e = p.addColumn("over_\(b)_\(s)", kind: .continuous, cost: Self.capacityWeight * Double(b - a))
                softColumns.append((e, p.addRow("surface_\(b)_\(s)", [(e, 1.0)] + terms.map { ($0.column, -1.0) }, .atLeast(-Double(seats)))))
            }
        }

        // MinWorkingDays: days taught ≥ min days − days short.
        for (c, course) in i.courses.enumerated() where course.minWorkingDays > 0 {
            let short = p.addColumn("short_\(course.id)", kind: .continuous, cost: Self.minDaysWeight)
            var taught: [(column: Int, value: Double)] = [(short, 1.0)]
            for d in 0..<i.days {
                let terms = (0..<np).flatMap { q in at([c], d * np + q) }
                guard !terms.isEmpty else { continue }
                let z = p.addColumn("day_\(course.id)_\(d)")
                p.addRow("day_taught_\(course.id)_\(d)", [(z, 1.0)] + terms.map { ($0.column, -1.0) }, .atMost(0))
                dayColumns.append((z, terms.map(\.column)))
                taught.append((z, 1.0))
                let most = 1 + course.lectures - course.minWorkingDays
                if most < terms.count {
                    p.addRow("day_most_\(course.id)_\(d)", terms + [(short, -1.0)], .atMost(Double(most)))
                }
            }
            softColumns.append((short, p.addRow("min_days_\(course.id)", taught, .atLeast(Double(course.minWorkingDays)))))
        }

        // CurriculumCompactness: a lecture with no lecture of its curriculum beside it that day.
        for (k, courses) in curricula.enumerated() {
            for s in 0..<slots {
                let here = at(courses, s)
                guard !here.isEmpty else { continue }
                let q = s % np
                var beside: [(column: Int, value: Double)] = []
                if q > 0 { beside += at(courses, s - 1).map { ($0.column, 1.0) } }
                if q < np - 1 { beside += at(courses, s + 1).map { ($0.column, 1.0) } }
                let lone = p.addColumn("lone_\(i.curricula[k].id)_\(s)", kind: .continuous, cost: Self.compactnessWeight)
                softColumns.append((lone, p.addRow("lone_\(i.curricula[k].id)_\(s)", [(lone, 1.0)] + here.map { ($0.column, -1.0) } + beside, .atLeast(0))))
            }
        }
        program = p
        self.lecture = lecture
        self.leftOut = leftOut
        self.courseIndex = index
        self.dayColumns = dayColumns
        self.softColumns = softColumns
    }

    /// The program's column values for a solution (its lectures in their periods, rooms aside; the
    /// soft columns at the least the rows allow): a solution's point in the relaxation, for checks.
    public func values(of solution: ITCSolution, in i: ITCInstance) -> [Double] {
        var v = [Double](repeating: 0, count: program.columns.count)
        var held = [Int](repeating: 0, count: i.courses.count)
        for a in solution.assignments {
            guard let c = courseIndex[a.course], a.day >= 0, a.day < i.days, a.period >= 0, a.period < i.periodsPerDay,
                let x = lecture[c][a.day * i.periodsPerDay + a.period]
            else { continue }
            if v[x] == 0 { held[c] += 1 }
            v[x] = 1
        }
        for (c, course) in i.courses.enumerated() { v[leftOut[c]] = Double(max(0, course.lectures - held[c])) }
        // Day columns as large as their rows allow, then each soft column the least its row allows.
        for day in dayColumns { v[day.column] = day.lectures.contains { v[$0] > 0 } ? 1 : 0 }
        var rowsOf = [[IntegerProgram.Entry]](repeating: [], count: program.rows.count)
        for e in program.entries { rowsOf[e.row].append(e) }
        for soft in softColumns {
            let rest = rowsOf[soft.row].reduce(0.0) { $1.column == soft.column ? $0 : $0 + $1.value * v[$1.column] }
            v[soft.column] = max(0, (program.rows[soft.row].bounds.lower ?? 0) - rest)
        }
        return v
    }
}
