import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a set of files into a directory all or nothing: every file first goes to a temporary
/// name beside its final one; only when all are written is each renamed into place (rename(2)
/// replaces a file atomically). On a failure before that point the temporaries are removed and
/// the files already there are left exactly as they were. Files not in the set are not touched.
public struct OutputWriter: Sendable {
    public var directory: URL

    public init(directory: URL) { self.directory = directory }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badPath(String)
        case cannotCreateDirectory(String, reason: String)
        case cannotWrite(String, reason: String)
        case cannotRename(String, reason: String, renamed: [String])

        public var description: String {
            switch self {
            case let .badPath(p):
                "cannot write '\(p)': not a plain relative path inside the output directory"
            case let .cannotCreateDirectory(p, reason):
                "cannot create directory '\(p)': \(reason) — nothing was changed"
            case let .cannotWrite(p, reason):
                "cannot write '\(p)': \(reason) — nothing was changed"
            case let .cannotRename(p, reason, renamed):
                "cannot move '\(p)' into place: \(reason) — "
                    + (renamed.isEmpty ? "nothing was changed" : "already replaced: " + renamed.joined(separator: ", "))
            }
        }
    }

    /// Writes `files` (relative path → bytes) under `directory`, creating directories as needed.
    public func write(_ files: [String: Data]) throws(Failure) {
        let paths = files.keys.sorted()
        for p in paths where !Self.isPlainRelative(p) { throw .badPath(p) }
        let fm = FileManager.default
        let suffix = ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        var created: [URL] = []
        var temporaries: [(temporary: URL, final: URL, path: String)] = []

        func undo() {
            for t in temporaries { try? fm.removeItem(at: t.temporary) }
            // Directories this call created, deepest first, only if still empty.
            for dir in created.reversed() { _ = rmdir(dir.path) }
        }
        func ensureDirectory(_ url: URL, _ shown: String) throws(Failure) {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDir) {
                if isDir.boolValue { return }
                throw .cannotCreateDirectory(shown, reason: "a file of that name exists")
            }
            let parent = url.deletingLastPathComponent()
            if parent.path != url.path { try ensureDirectory(parent, shown) }
            if mkdir(url.path, 0o755) != 0 && errno != EEXIST {
                throw .cannotCreateDirectory(shown, reason: String(cString: strerror(errno)))
            }
            created.append(url)
        }

        do throws(Failure) {
            try ensureDirectory(directory, directory.path)
            for p in paths {
                let final = directory.appendingPathComponent(p)
                let parent = final.deletingLastPathComponent()
                try ensureDirectory(parent, parent.path)
                let temporary = parent.appendingPathComponent("." + final.lastPathComponent + suffix)
                do {
                    try files[p]!.write(to: temporary)
                } catch {
                    throw Failure.cannotWrite(p, reason: (error as NSError).localizedDescription)
                }
                temporaries.append((temporary, final, p))
            }
        } catch {
            undo()
            throw error
        }

        var renamed: [String] = []
        for (i, t) in temporaries.enumerated() {
            if rename(t.temporary.path, t.final.path) != 0 {
                let reason = String(cString: strerror(errno))
                for rest in temporaries[i...] { try? fm.removeItem(at: rest.temporary) }
                throw .cannotRename(t.path, reason: reason, renamed: renamed)
            }
            renamed.append(t.path)
        }
    }

    /// No absolute paths, no `.` or `..`, no empty parts: every file stays under the directory.
    static func isPlainRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
