import GLPK
import MIP

extension IntegerProgram {
    /// This program with every integer column but those in `free` held at its value in `values`
    /// (rounded), solved for the rest: by linear programming when no integer column is left free,
    /// else by branch-and-bound. The solution, or nil when the held values break a row or GLPK
    /// proves no optimum.
    func solvedHolding(_ values: [Double], except free: Set<Int>, options: MIPOptions, lp: LPOptions = LPOptions()) -> [Double]? {
        var held = self
        var freeIntegers = false
        for (j, c) in columns.enumerated() where c.kind != .continuous {
            if free.contains(j) { freeIntegers = true } else { held.setBounds(j, .equal(values[j].rounded())) }
        }
        if !freeIntegers {
            guard let r = try? GLPK.solveLP(held, options: lp), r.status == .optimal else { return nil }
            return r.values
        }
        guard let mip = try? GLPK.solve(held, options: options), mip.status == .optimal else { return nil }
        return mip.values
    }
}

extension Restriction {
    /// Fix-and-optimise's step: this part solved by GLPK from `start` (the held solution's values
    /// unless given), within `options`' node and time limits. The whole program's values with the
    /// part's solution merged in (nil when GLPK found none), and the nodes it spent.
    func replanned(options: MIPOptions, start: [Double]? = nil) throws -> (values: [Double]?, nodes: Int) {
        let r = try GLPK.solve(program, options: options, start: start ?? self.start)
        return (r.values.map { merged($0) }, r.nodes)
    }

    /// The part's start with its sessions held and everything else solved: the soft measures and
    /// the integer columns in `derived` (of the whole program: the venues a course uses), which a
    /// timetable given as sessions only does not set.
    func measuredStart(derived: Set<Int>, options: MIPOptions) -> [Double]? {
        program.solvedHolding(
            start, except: Set(columns.indices.filter { derived.contains(columns[$0]) }), options: options, lp: LPOptions(timeLimit: options.timeLimit))
    }
}
