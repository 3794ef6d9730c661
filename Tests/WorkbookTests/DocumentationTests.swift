import Foundation
import Testing
import Texts

@testable import Workbook

/// docs/workbook.md is what planners fill a workbook in by; it must name every sheet and column.
@Suite struct WorkbookDocumentationTests {
    @Test func everySheetAndColumnIsDocumentedInBothLanguages() throws {
        let doc = try String(contentsOf: Paths.repo.appendingPathComponent("docs/workbook.md"), encoding: .utf8)
        for kind in SheetKind.allCases {
            for language in Language.allCases {
                let w = Wording(language)
                #expect(doc.contains(kind.name(w)), "sheet \(kind.name(w))")
                for key in kind.isFieldList ? kind.fields : kind.columns {
                    let label = kind.isFieldList ? kind.fieldName(key, w) : kind.columnName(key, w)
                    #expect(doc.contains("| \(label) |"), "\(kind.rawValue).\(key): \(label)")
                    #expect(doc.contains(kind.note(key, w)), "\(kind.rawValue).\(key) note")
                }
            }
        }
    }
}
