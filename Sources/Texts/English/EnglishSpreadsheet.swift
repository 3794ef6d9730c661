/// Messages about reading and writing Excel workbooks.
enum EnglishSpreadsheet {
    static let table: [String: String] = [
        "spreadsheet.notAWorkbook": "not an Excel workbook (.xlsx): the file is not a zip archive — save it from Excel as “Excel Workbook (*.xlsx)”",
        "spreadsheet.missingPart": "the workbook is incomplete: its part {0} is missing — open and save it again in Excel",
        "spreadsheet.damagedPart": "the workbook is damaged: its part {0} cannot be read — open and save it again in Excel",
        "spreadsheet.noSuchSheet": "the workbook has no sheet named “{0}”",
        "spreadsheet.unreadable": "cannot read {0}: {1}",
        "spreadsheet.writeFailed": "could not write the workbook: {0}",
        "spreadsheet.textTooLong": "sheet “{0}”, cell {1}: more text than Excel allows in one cell (32,767 characters)"
    ]
}
