import Domain
import Planner

/// What the state needs to price needs and to swap electives, per group-course pair (the
/// pairs of `StateIndex.requirementCourse`) and per need (a group's topic with a gap).
struct ElectivesIndex: Sendable {
    /// `objective.needs` (0: needs not priced).
    var needsWeight = 0.0
    /// Each pair's requirements (model indices), their periods in all, and whether a swap may
    /// take the pair in or out: a menu course of the group, none of its sessions a five-haves
    /// segment, a first course or under an order rule, every one with a placement.
    var pairRequirements: [[Int]] = []
    var pairPeriods: [Int] = []
    var pairSwappable: [Bool] = []
    /// Each group's swappable pairs (menu courses).
    var menuPairsOfGroup: [[Int]] = []
    /// The needs a pair's course scores on, and per need its gap and the pairs scoring on it.
    var needsOfPair: [[Int]] = []
    var needGap: [Double] = []
    var needCourses: [[(pair: Int, score: Double)]] = []

    init(plan: Plan, requirementCourse: [Int], pairs: Int, groupIDs: [Group.ID], orderPairs: [[(earlier: Int, later: Int)]]) {
        let m = plan.model
        let ctx = plan.context
        pairRequirements = [[Int]](repeating: [], count: pairs)
        pairPeriods = [Int](repeating: 0, count: pairs)
        var groupOfPair = [Int](repeating: -1, count: pairs)
        var courseOfPair = [Course.ID?](repeating: nil, count: pairs)
        let groupIndex = Dictionary(groupIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var ordered = Set<Int>()
        for list in orderPairs { for p in list { ordered.insert(p.earlier); ordered.insert(p.later) } }
        let inUnit = Set(m.fiveHavesUnits().flatMap { $0 })
        pairSwappable = [Bool](repeating: true, count: pairs)
        for r in m.requirements {
            let k = requirementCourse[r.index]
            pairRequirements[k].append(r.index)
            pairPeriods[k] += r.length
            groupOfPair[k] = groupIndex[r.group] ?? 0
            courseOfPair[k] = r.course
            if !r.elective || r.first || inUnit.contains(r.index) || ordered.contains(r.index) || m.assignmentsOf[r.index].isEmpty {
                pairSwappable[k] = false
            }
        }
        menuPairsOfGroup = [[Int]](repeating: [], count: groupIDs.count)
        for k in 0..<pairs where pairSwappable[k] && groupOfPair[k] >= 0 { menuPairsOfGroup[groupOfPair[k]].append(k) }

        needsWeight = ctx.scenario.objective.needs
        needsOfPair = [[Int]](repeating: [], count: pairs)
        guard needsWeight > 0 else { return }
        var pairsOfGroup = [[Int]](repeating: [], count: groupIDs.count)
        for k in 0..<pairs where groupOfPair[k] >= 0 { pairsOfGroup[groupOfPair[k]].append(k) }
        for (g, group) in ctx.scenario.groups.enumerated() {
            for need in group.needs where need.score > 0 {
                let j = needGap.count
                needGap.append(Double(need.score))
                var courses: [(pair: Int, score: Double)] = []
                for k in pairsOfGroup[g] {
                    guard let c = courseOfPair[k], let score = ctx.courses[c]?.topics.first(where: { $0.topic == need.topic })?.score, score > 0
                    else { continue }
                    courses.append((k, Double(score)))
                    needsOfPair[k].append(j)
                }
                needCourses.append(courses)
            }
        }
    }
}
