import CGLPK
import MIP

/// A bound pair GLPK accepts without complaint: finite where present, lower ≤ upper.
struct CheckedBounds: Equatable {
    var lower: Double?
    var upper: Double?

    var glpkType: Int32 {
        switch (lower, upper) {
        case (nil, nil): GLP_FR
        case (_?, nil): GLP_LO
        case (nil, _?): GLP_UP
        case (let l?, let u?): l == u ? GLP_FX : GLP_DB
        }
    }
}

/// Everything `glp_*` needs for one program, checked so no GLPK call can abort on it.
struct CheckedProgram {
    var name: String
    var rowNames: [String]
    var columnNames: [String]
    var rowBounds: [CheckedBounds]
    var columnBounds: [CheckedBounds]
    /// 1-based triplets with a dummy element 0, ready for `glp_load_matrix`.
    var ia: [Int32]
    var ja: [Int32]
    var ar: [Double]

    /// Name GLPK gives the objective row; kept apart from every row name.
    static let objectiveName = "obj"
    /// GLPK's limit on symbolic names, less room for a uniqueness suffix.
    static let maxNameLength = 240

    init(_ program: IntegerProgram) throws {
        var problems: [String] = []
        let n = program.columns.count, m = program.rows.count
        if n >= Int(Int32.max) || m >= Int(Int32.max) || program.entries.count >= Int(Int32.max) {
            throw GLPKError.invalidProgram(["program too large for glpk (\(m) rows, \(n) columns, \(program.entries.count) nonzeros)"])
        }
        if !program.objectiveConstant.isFinite {
            problems.append("objective constant '\(program.objectiveConstant)' is not finite")
        }

        columnBounds = []
        columnBounds.reserveCapacity(n)
        for (j, c) in program.columns.enumerated() {
            columnBounds.append(Self.check(c, "column '\(c.name)' (\(j))", &problems) ?? CheckedBounds())
        }

        rowBounds = []
        rowBounds.reserveCapacity(m)
        for (i, r) in program.rows.enumerated() {
            rowBounds.append(Self.check(r.bounds, "row '\(r.name)' (\(i))", &problems) ?? CheckedBounds())
        }

        let ne = program.entries.count
        ia = [0]; ja = [0]; ar = [0]
        ia.reserveCapacity(ne + 1); ja.reserveCapacity(ne + 1); ar.reserveCapacity(ne + 1)
        var seen = Set<Int>()
        seen.reserveCapacity(ne)
        for (k, e) in program.entries.enumerated() {
            let what = "entry \(k) (row \(e.row), column \(e.column))"
            guard e.row >= 0 && e.row < m else { problems.append("\(what): row index out of range 0..<\(m)"); continue }
            guard e.column >= 0 && e.column < n else { problems.append("\(what): column index out of range 0..<\(n)"); continue }
            guard e.value.isFinite else { problems.append("\(what): coefficient '\(e.value)' is not finite"); continue }
            guard seen.insert(e.row * n + e.column).inserted else { problems.append("\(what): duplicate coefficient"); continue }
            ia.append(Int32(e.row + 1)); ja.append(Int32(e.column + 1)); ar.append(e.value)
        }

        if !problems.isEmpty { throw GLPKError.invalidProgram(problems) }
        name = Self.sanitise(program.name, fallback: "paike")
        rowNames = Self.uniqueNames(program.rows.map(\.name), prefix: "r", reserved: [Self.objectiveName])
        columnNames = Self.uniqueNames(program.columns.map(\.name), prefix: "x", reserved: [])
    }

    /// Checks one column: finite cost and bounds GLPK takes for its kind (binary within [0, 1],
    /// integer bounds rounded inwards since glp_intopt refuses fractional ones with GLP_EBOUND).
    static func check(_ c: IntegerProgram.Column, _ what: String, _ problems: inout [String]) -> CheckedBounds? {
        if !c.cost.isFinite { problems.append("\(what): cost '\(c.cost)' is not finite") }
        guard var b = check(c.bounds, what, &problems) else { return nil }
        if c.kind == .binary {
            b.lower = max(b.lower ?? 0, 0)
            b.upper = min(b.upper ?? 1, 1)
        }
        if c.kind != .continuous {
            if let l = b.lower { b.lower = (l - 1e-9).rounded(.up) }
            if let u = b.upper { b.upper = (u + 1e-9).rounded(.down) }
        }
        if let l = b.lower, let u = b.upper, l > u {
            problems.append("\(what): \(c.kind.rawValue) column has no admissible value in its bounds \(describe(c.bounds))")
            return nil
        }
        return b
    }

    /// Checks one bound pair: no NaN, infinities only on the open side, lower ≤ upper.
    static func check(_ bounds: IntegerProgram.Bounds, _ what: String, _ problems: inout [String]) -> CheckedBounds? {
        var lower = bounds.lower, upper = bounds.upper
        if let l = lower {
            if l.isNaN || l == .infinity { problems.append("\(what): lower bound '\(l)' is invalid"); return nil }
            if l == -.infinity { lower = nil }
        }
        if let u = upper {
            if u.isNaN || u == -.infinity { problems.append("\(what): upper bound '\(u)' is invalid"); return nil }
            if u == .infinity { upper = nil }
        }
        if let l = lower, let u = upper, l > u {
            problems.append("\(what): lower bound '\(l)' is above upper bound '\(u)'")
            return nil
        }
        return CheckedBounds(lower: lower, upper: upper)
    }

    static func describe(_ b: IntegerProgram.Bounds) -> String {
        "[\(b.lower.map { "\($0)" } ?? "-inf"), \(b.upper.map { "\($0)" } ?? "+inf")]"
    }

    /// A name every GLPK writer accepts: the CPLEX LP character set (a superset works for MPS),
    /// brackets as parentheses, other characters as `_` or `uXXXX`, no leading digit or dot.
    static func sanitise(_ name: String, fallback: String) -> String {
        let allowed = Set("!\"#$%&()/,.;?@_`'{}|~".unicodeScalars)
        var out = ""
        for s in name.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || allowed.contains(s)) {
                out.unicodeScalars.append(s)
            } else if s == "[" {
                out += "("
            } else if s == "]" {
                out += ")"
            } else if s.isASCII {
                out += "_"
            } else {
                out += "u" + String(s.value, radix: 16, uppercase: true)
            }
        }
        if out.isEmpty { out = fallback }
        if let first = out.unicodeScalars.first, first == "." || ("0"..."9").contains(first) { out = "_" + out }
        if out.utf8.count > maxNameLength { out = String(decoding: out.utf8.prefix(maxNameLength), as: UTF8.self) }
        return out
    }

    /// Sanitised names made unique by a `_2`, `_3`, … suffix.
    static func uniqueNames(_ names: [String], prefix: String, reserved: Set<String>) -> [String] {
        var used = reserved
        var out: [String] = []
        out.reserveCapacity(names.count)
        for (k, raw) in names.enumerated() {
            let base = sanitise(raw, fallback: "\(prefix)\(k + 1)")
            var candidate = base
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)_\(suffix)"
                suffix += 1
            }
            out.append(candidate)
        }
        return out
    }
}

/// Checks a starting solution against the program and returns it ready for `glp_ios_heur_sol`
/// (1-based, integer columns rounded).
func checkedStart(_ start: [Double], for program: IntegerProgram) throws -> [Double] {
    guard start.count == program.columns.count else {
        throw GLPKError.infeasibleStart(["start has \(start.count) values but the program has \(program.columns.count) columns"])
    }
    let notFinite = start.indices.filter { !start[$0].isFinite }
    if !notFinite.isEmpty {
        throw GLPKError.infeasibleStart(notFinite.prefix(10).map { "column '\(program.columns[$0].name)' = '\(start[$0])' is not finite" })
    }
    let violations = program.violations(of: start)
    if !violations.isEmpty {
        let shown = Array(violations.prefix(10)) + (violations.count > 10 ? ["… and \(violations.count - 10) more"] : [])
        throw GLPKError.infeasibleStart(shown)
    }
    var x = [0.0]
    x.reserveCapacity(start.count + 1)
    for (j, c) in program.columns.enumerated() {
        x.append(c.kind == .continuous ? start[j] : start[j].rounded())
    }
    return x
}
