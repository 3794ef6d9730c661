import Foundation

/// Where sheets are read from and written to: a workbook file or a folder of CSV files, one per sheet.
public enum WorkbookFiles {
    public enum Failure: Error {
        /// The path is neither a folder nor a workbook paike reads.
        case notWorkbook(String)
        case unreadable(String, String)
    }

    /// A folder is read as CSV files; anything else as a workbook.
    public static func read(_ path: String) throws -> [Sheet] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw Failure.unreadable(path, "no such file or folder") }
        if isFolder.boolValue {
            do { return try CSVFolder.read(path) } catch let e as CSVFolder.Failure {
                switch e {
                case let .unreadable(p, why): throw Failure.unreadable(p, why)
                case .empty: throw Failure.notWorkbook(path)
                }
            }
        }
        throw Failure.notWorkbook(path)
    }

    /// `path` ending in `.xlsx` is a workbook; any other path a folder of CSV files.
    public static func write(_ sheets: [Sheet], to path: String) throws {
        try CSVFolder.write(sheets, to: path)
    }
}
