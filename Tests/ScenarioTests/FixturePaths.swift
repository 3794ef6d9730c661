import Foundation

/// Fixtures sit beside this file; found from the source path so no SwiftPM resources are needed.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static func path(_ relative: String) -> String { directory + "/" + relative }
}
