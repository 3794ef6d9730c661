import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of timetable files replaced as one set: a reader sees the old set or the new one,
/// never a mix, and files of an earlier run that the new set lacks (the calendar of a teacher no
/// longer in the scenario) are gone. The new set is written into a sibling folder, then swapped
/// in with two renames; a run cut between them is finished or rolled back by the next one.
/// Only folders Paike made (a marker file says so) or empty ones are replaced.
public struct OutputFolder: Sendable {
    public static let markerName = ".paike-output"
    static let markerText = Data("This folder is written by paike; each run replaces its files as a set.\n".utf8)

    public var directory: URL

    public init(directory: URL) { self.directory = directory.standardizedFileURL }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badPath(String)
        case notPaikes(String, sample: [String])
        case busy(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case let .badPath(p):
                "cannot write '\(p)': not a plain relative path inside the output folder"
            case let .notPaikes(folder, sample):
                "'\(folder)' already holds files paike did not write (\(sample.joined(separator: ", "))) — "
                    + "nothing was changed; give --out an empty or new folder, e.g. --out timetables"
            case let .busy(folder):
                "'\(folder)' is being written by another paike run — nothing was changed; give each run its own --out folder"
            case let .cannotWrite(p, reason):
                "cannot write '\(p)': \(reason) — the previous files are as they were"
            }
        }
    }

    var name: String { directory.lastPathComponent }
    var parent: URL { directory.deletingLastPathComponent() }
    var staging: URL { parent.appendingPathComponent(".\(name).paike-new") }
    var aside: URL { parent.appendingPathComponent(".\(name).paike-old") }
    var lockFile: URL { parent.appendingPathComponent(".\(name).paike-lock") }

    /// Replaces the folder's contents with `files` (relative path → bytes).
    public func replace(with files: [String: Data]) throws(Failure) {
        for p in files.keys where !OutputWriter.isPlainRelative(p) || p == Self.markerName { throw .badPath(p) }
        let fm = FileManager.default
        if directory.path == fm.currentDirectoryPath || name == "/" || name.isEmpty {
            throw .notPaikes(directory.path, sample: ["the current folder"])
        }
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(parent.path, reason: Self.reason(error))
        }
        let lock = open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw .cannotWrite(lockFile.path, reason: String(cString: strerror(errno))) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { close(lock); throw .busy(directory.path) }
        // Unlinked before it is unlocked so no later run finds a stale lock file beside the folder.
        defer { unlink(lockFile.path); flock(lock, LOCK_UN); close(lock) }

        try recoverCutSwap()
        try checkOwnership()
        defer { try? fm.removeItem(at: staging) }
        try writeStaging(files)
        try swapIn()
    }

    /// A run killed between the two renames left the folder missing: bring back the complete set.
    func recoverCutSwap() throws(Failure) {
        let fm = FileManager.default
        if !fm.fileExists(atPath: directory.path) {
            if Self.isComplete(staging) {
                if rename(staging.path, directory.path) != 0 { throw .cannotWrite(directory.path, reason: String(cString: strerror(errno))) }
            } else if fm.fileExists(atPath: aside.path) {
                if rename(aside.path, directory.path) != 0 { throw .cannotWrite(directory.path, reason: String(cString: strerror(errno))) }
            }
        }
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: aside)
    }

    /// Before a long solve: refuse a folder that is not paike's now, not after the solve.
    public func checkBeforeWriting() throws(Failure) {
        if directory.path == FileManager.default.currentDirectoryPath { throw .notPaikes(directory.path, sample: ["the current folder"]) }
        try checkOwnership()
    }

    func checkOwnership() throws(Failure) {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .cannotWrite(directory.path, reason: "a file of that name exists") }
        let entries = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        if entries.isEmpty || entries.contains(Self.markerName) { return }
        throw .notPaikes(directory.path, sample: Array(entries.prefix(3)) + (entries.count > 3 ? ["…"] : []))
    }

    func writeStaging(_ files: [String: Data]) throws(Failure) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            for p in files.keys.sorted() {
                let url = staging.appendingPathComponent(p)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try files[p]!.write(to: url)
            }
            // Last: a staging folder with its marker is complete, which recovery relies on.
            try Self.markerText.write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            throw .cannotWrite(directory.path, reason: Self.reason(error))
        }
    }

    func swapIn() throws(Failure) {
        let fm = FileManager.default
        let hadOld = fm.fileExists(atPath: directory.path)
        if hadOld && rename(directory.path, aside.path) != 0 {
            throw .cannotWrite(directory.path, reason: String(cString: strerror(errno)))
        }
        if rename(staging.path, directory.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOld { _ = rename(aside.path, directory.path) }
            throw .cannotWrite(directory.path, reason: reason)
        }
        if hadOld { try? fm.removeItem(at: aside) }
    }

    static func isComplete(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(markerName).path)
    }

    static func reason(_ error: Error) -> String {
        let e = error as NSError
        if let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return e.localizedDescription
    }
}
