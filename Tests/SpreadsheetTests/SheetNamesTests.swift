import Testing

@testable import Spreadsheet

@Suite struct SheetNamesTests {
    @Test func forbiddenCharactersBecomeUnderscores() {
        #expect(SheetNames.legal(["a/b:c*d?e[f]g\\h"]) == ["a_b_c_d_e_f_g_h"])
    }

    @Test func longNamesAreCutTo31AndRepeatsNumbered() {
        let long = String(repeating: "课", count: 40)
        let names = SheetNames.legal([long, long, "Sheet", "SHEET", ""])
        #expect(names[0] == String(repeating: "课", count: 31))
        #expect(names[1] == String(repeating: "课", count: 27) + " (2)")
        #expect(names[2] == "Sheet")
        #expect(names[3] == "SHEET (2)")
        #expect(names[4] == "Sheet (3)")
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func apostrophesAtTheEndsAreDropped() {
        #expect(SheetNames.legal(["'quoted'"]) == ["quoted"])
    }
}
