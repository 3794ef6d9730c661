import Foundation

/// Prints an HTML file to PDF with headless Chromium and reads the PDF back with poppler
/// (`pdfinfo`, `pdffonts`, `pdftotext`), as a planner printing `timetable.html` would get it.
/// Test support shared by ExportersTests and EngineTests; not part of any product.
public struct Printer: Sendable {
    let chromium: URL
    let poppler: URL

    /// The printer, or nil and what is missing where Chromium or poppler is not installed.
    public static func available() -> (printer: Printer?, missing: String) {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ names: [String]) -> URL? {
            for dir in path {
                for name in names {
                    let url = URL(fileURLWithPath: dir).appendingPathComponent(name)
                    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
                }
            }
            return nil
        }
        guard let chromium = find(["chromium", "chromium-browser", "google-chrome"]) else { return (nil, "chromium") }
        guard let pdfinfo = find(["pdfinfo"]) else { return (nil, "poppler-utils (pdfinfo)") }
        return (Printer(chromium: chromium, poppler: pdfinfo.deletingLastPathComponent()), "")
    }

    /// Why a test cannot print, for its skip notice.
    public static func skipped(_ missing: String) -> String {
        "\(missing) is not installed (apt-get install chromium fonts-noto-cjk poppler-utils)"
    }

    @discardableResult
    static func run(_ tool: URL, _ arguments: [String], home: URL? = nil) throws -> String {
        let p = Process()
        p.executableURL = tool
        p.arguments = arguments
        if let home {
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = home.path
            p.environment = environment
        }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // A print that hangs must fail the test, not stall the suite.
        let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        defer { watchdog.cancel() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes `html` as `name.html` in a private folder (Chromium needs a writable HOME and
    /// profile) and prints it to `name.pdf` there; returns the PDF and the seconds the print
    /// took. The caller removes the PDF's folder when done.
    public func print(_ html: Data, name: String) throws -> (pdf: URL, seconds: Double) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paike-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("\(name).html"), pdf = folder.appendingPathComponent("\(name).pdf")
        try html.write(to: page)
        let profile = folder.appendingPathComponent("profile")
        let started = Date()
        try Self.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString
            ], home: folder)
        let seconds = Date().timeIntervalSince(started)
        // PAIKE_KEEP_PRINTS=DIR keeps a copy of every PDF the tests print, to look at.
        if let keep = ProcessInfo.processInfo.environment["PAIKE_KEEP_PRINTS"], !keep.isEmpty {
            let copy = URL(fileURLWithPath: keep).appendingPathComponent("\(name).pdf")
            try? FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.copyItem(at: pdf, to: copy)
        }
        return (pdf, seconds)
    }

    /// `pdfinfo`'s fields, e.g. `Pages` and `Page size`.
    func info(_ pdf: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try Self.run(poppler.appendingPathComponent("pdfinfo"), [pdf.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    public func pages(_ pdf: URL) throws -> Int { Int(try info(pdf)["Pages"] ?? "") ?? 0 }

    /// Width and height in points.
    public func pageSize(_ pdf: URL) throws -> (width: Double, height: Double)? {
        let words = (try info(pdf)["Page size"] ?? "").split(separator: " ")
        guard words.count >= 3, let w = Double(words[0]), let h = Double(words[2]) else { return nil }
        return (w, h)
    }

    /// The fonts table of `pdffonts`, one line per font.
    public func fonts(_ pdf: URL) throws -> [String] {
        try Self.run(poppler.appendingPathComponent("pdffonts"), [pdf.path]).split(separator: "\n").dropFirst(2).map(String.init)
    }

    /// The text of page `page` (1-based), or of the whole file, with all whitespace removed:
    /// pdftotext breaks and spaces text as it is laid out on the page.
    public func text(_ pdf: URL, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", String($0), "-l", String($0)] } ?? []
        return Self.squeezed(try Self.run(poppler.appendingPathComponent("pdftotext"), range + [pdf.path, "-"]))
    }

    public static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
