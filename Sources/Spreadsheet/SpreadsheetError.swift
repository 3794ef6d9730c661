import Texts

/// What can go wrong writing or reading a workbook, with a plain message in either language.
public enum SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data is not a zip archive, so not an .xlsx file (perhaps an old .xls, or a CSV).
    case notAWorkbook
    /// A part every workbook has is missing or unreadable (`xl/workbook.xml` and the like).
    case missingPart(String)
    /// A part is there but its XML cannot be read.
    case damagedPart(String)
    /// No sheet of that name.
    case noSuchSheet(String)
    /// The file could not be read from disk.
    case unreadable(path: String, reason: String)
    /// The C library refused something while writing (the message is its own).
    case writeFailed(String)
    /// A cell holds more text than Excel allows (32,767 characters).
    case textTooLong(sheet: String, cell: String)

    public func message(_ wording: Wording) -> String {
        switch self {
        case .notAWorkbook: wording("spreadsheet.notAWorkbook")
        case .missingPart(let part): wording("spreadsheet.missingPart", part)
        case .damagedPart(let part): wording("spreadsheet.damagedPart", part)
        case .noSuchSheet(let name): wording("spreadsheet.noSuchSheet", name)
        case .unreadable(let path, let reason): wording("spreadsheet.unreadable", path, reason)
        case .writeFailed(let reason): wording("spreadsheet.writeFailed", reason)
        case .textTooLong(let sheet, let cell): wording("spreadsheet.textTooLong", sheet, cell)
        }
    }

    public var description: String { message(.english) }
}
