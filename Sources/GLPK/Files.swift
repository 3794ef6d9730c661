import CGLPK
import Foundation
import MIP

/// File formats GLPK writes.
public enum ModelFileFormat: Sendable, Equatable, CaseIterable {
    /// Free MPS: names without blanks, any length. Drops the objective sense.
    case freeMPS
    /// Fixed (column-positioned) MPS: names longer than 8 characters are replaced. Drops the sense.
    case fixedMPS
    /// CPLEX LP: keeps the sense; GLPK adjusts names the format does not allow.
    case cplexLP
    /// GLPK's own line-oriented format: keeps everything.
    case glpk

    var isMPS: Bool { self == .freeMPS || self == .fixedMPS }
}

public enum MPSFormat: Sendable, Equatable {
    case free, fixed

    var glpk: Int32 { self == .free ? GLP_MPS_FILE : GLP_MPS_DECK }
}

extension IntegerProgram {
    /// Reads an MPS file through `glp_read_mps`. MPS has no objective sense: the result minimises.
    public static func read(mpsFile path: String, format: MPSFormat = .free, log: ((String) -> Void)? = nil) throws -> IntegerProgram {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw GLPKError.fileFailed(path: path, reason: "no such file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw GLPKError.fileFailed(path: path, reason: "file is not readable")
        }
        let prob = glp_create_prob()!
        defer { glp_delete_prob(prob) }
        return try withOutput(log) { sink in
            if glp_read_mps(prob, format.glpk, nil, path) != 0 {
                throw GLPKError.fileFailed(path: path, reason: sink.recent.last ?? "glpk could not read the file")
            }
            return program(of: prob)
        }
    }

    /// Copies a GLPK problem object into a program (0-based).
    static func program(of prob: OpaquePointer) -> IntegerProgram {
        func text(_ s: UnsafePointer<CChar>?, _ fallback: String) -> String { s.map { String(cString: $0) } ?? fallback }
        func bounds(_ type: Int32, _ lb: Double, _ ub: Double) -> Bounds {
            switch type {
            case GLP_LO: .atLeast(lb)
            case GLP_UP: .atMost(ub)
            case GLP_DB: .between(lb, ub)
            case GLP_FX: .equal(lb)
            default: .free
            }
        }
        var p = IntegerProgram(
            name: text(glp_get_prob_name(prob), "problem"),
            sense: glp_get_obj_dir(prob) == GLP_MAX ? .maximize : .minimize,
            objectiveConstant: glp_get_obj_coef(prob, 0))
        let m = glp_get_num_rows(prob), n = glp_get_num_cols(prob)
        if n > 0 {
            for j in 1...n {
                let kind: Kind =
                    switch glp_get_col_kind(prob, j) {
                    case GLP_BV: .binary
                    case GLP_IV: .integer
                    default: .continuous
                    }
                p.addColumn(
                    text(glp_get_col_name(prob, j), "x\(j)"), kind: kind,
                    bounds: bounds(glp_get_col_type(prob, j), glp_get_col_lb(prob, j), glp_get_col_ub(prob, j)),
                    cost: glp_get_obj_coef(prob, j))
            }
        }
        if m > 0 {
            var ind = [Int32](repeating: 0, count: Int(n) + 1)
            var val = [Double](repeating: 0, count: Int(n) + 1)
            for i in 1...m {
                let len = Int(glp_get_mat_row(prob, i, &ind, &val))
                let terms = (0..<len).map { (column: Int(ind[$0 + 1]) - 1, value: val[$0 + 1]) }
                p.addRow(
                    text(glp_get_row_name(prob, i), "r\(i)"), terms,
                    bounds(glp_get_row_type(prob, i), glp_get_row_lb(prob, i), glp_get_row_ub(prob, i)))
            }
        }
        return p
    }
}
