/// How a cell looks. Each distinct style becomes one format in the workbook.
public struct CellStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case general, left, center }

    public var bold: Bool
    /// A light grey fill, for headings.
    public var shaded: Bool
    /// Long text wraps inside the cell instead of running over its neighbours.
    public var wrapped: Bool
    /// A thin border on all four sides, so a printed grid has lines.
    public var bordered: Bool
    public var alignment: Alignment
    /// Text starts at the top of a tall cell (multi-line cells read from the top).
    public var topAligned: Bool

    public init(
        bold: Bool = false, shaded: Bool = false, wrapped: Bool = false, bordered: Bool = false,
        alignment: Alignment = .general, topAligned: Bool = false
    ) {
        self.bold = bold
        self.shaded = shaded
        self.wrapped = wrapped
        self.bordered = bordered
        self.alignment = alignment
        self.topAligned = topAligned
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(bold: true)
    /// A column or row heading: bold, shaded, bordered, centred, wrapped.
    public static let header = CellStyle(
        bold: true, shaded: true, wrapped: true, bordered: true,
        alignment: .center, topAligned: false)
    public static let wrapped = CellStyle(wrapped: true, topAligned: true)
    public static let bordered = CellStyle(bordered: true)
    /// A grid cell of a printed timetable: wrapped, bordered, read from the top.
    public static let gridCell = CellStyle(wrapped: true, bordered: true, topAligned: true)
}
