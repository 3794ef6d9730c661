import Foundation

/// What a printed `timetable.html` must be: A4 landscape pages, first one per class (its sheet's
/// heading on it) in order, then one per teacher with sessions (their notice's heading), then
/// the appendix; the CJK glyphs embedded; every class name in the text.
public struct PrintedSheets: Sendable {
    /// The heading of each class's sheet, and of each teacher's notice, in page order.
    public var classHeadings: [String]
    public var noticeHeadings: [String]
    public var appendixHeading: String
    /// Names the PDF's text must hold somewhere (the class names).
    public var names: [String]
    /// How many pages the appendix may take.
    public var appendixPages: ClosedRange<Int>

    public init(classHeadings: [String], noticeHeadings: [String], appendixHeading: String, names: [String], appendixPages: ClosedRange<Int>) {
        self.classHeadings = classHeadings; self.noticeHeadings = noticeHeadings; self.appendixHeading = appendixHeading
        self.names = names; self.appendixPages = appendixPages
    }

    /// Everything the PDF gets wrong, in words (empty when it is as it should be).
    public func problems(in pdf: URL, _ printer: Printer) throws -> [String] {
        guard FileManager.default.fileExists(atPath: pdf.path) else { return ["Chromium wrote no PDF"] }
        var problems: [String] = []
        let pages = try printer.pages(pdf)
        let sheets = classHeadings.count + noticeHeadings.count
        if !appendixPages.contains(pages - sheets) {
            problems.append(
                "\(pages) pages for \(classHeadings.count) classes and \(noticeHeadings.count) teachers with sessions "
                    + "(an appendix of \(appendixPages) pages expected)")
        }
        // A4 is 595 × 842 points; landscape puts the long side across.
        if let size = try printer.pageSize(pdf) {
            if abs(size.width - 842) > 1 || abs(size.height - 595) > 1 { problems.append("page size \(size), not A4 landscape") }
        } else {
            problems.append("no page size")
        }
        for (n, heading) in (classHeadings + noticeHeadings).enumerated() where n < pages {
            if !(try printer.text(pdf, page: n + 1)).contains(Printer.squeezed(heading)) { problems.append("page \(n + 1) is not “\(heading)”") }
        }
        if pages > sheets, !(try printer.text(pdf, page: sheets + 1)).contains(Printer.squeezed(appendixHeading)) {
            problems.append("page \(sheets + 1) does not open the appendix")
        }
        let all = try printer.text(pdf)
        for name in names where !all.contains(Printer.squeezed(name)) { problems.append("“\(name)” is not in the PDF's text") }

        // Chromium embeds Noto CJK's CFF outlines as nameless Type 3 fonts, and a TrueType CJK
        // font under its own name; without a CJK font it draws boxes from DejaVu and neither is
        // there. Every such font must be embedded, so the PDF prints the same on any printer.
        let fonts = try printer.fonts(pdf)
        let cjk = fonts.filter { $0.contains("CJK") || $0.contains("Type 3") }
        if cjk.isEmpty { problems.append("no CJK font in the PDF: \(fonts)") }
        for font in cjk where font.split(separator: " ").first(where: { $0 == "yes" || $0 == "no" }) != "yes" {
            problems.append("font not embedded: \(font)")
        }
        return problems
    }
}
