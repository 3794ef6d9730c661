import Foundation

enum Paths {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repo = here.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = here.appendingPathComponent("Fixtures")
    static let wensu = repo.appendingPathComponent("Scenarios/wensu/wensu.yaml").path

    static func temporary() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paike-workbook-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
