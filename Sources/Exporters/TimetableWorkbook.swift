import Domain
import Foundation
import Spreadsheet
import Texts

/// `timetable.xlsx`: the 课程表 of every class, teacher and venue as printable sheets (periods
/// down, the entity's own dates across, one page wide on A4 landscape), then the full list of
/// timetable.csv's rows and the teachers' workload. Headings in the reader's language; the
/// ids stay as in the scenario so rows can be matched with other files.
enum TimetableWorkbook {
    /// Excel holds at most 32,767 bytes in a cell; names and titles this long are not names.
    static let longestText = 4_000

    /// The workbook's bytes; nil only when the C library cannot write (no temporary space).
    static func data(scenario: TrainingScenario, timetable: Timetable, language: Language, look: Lookup? = nil) -> Data? {
        let look = look ?? Lookup(scenario, timetable)
        let wording = Wording(language)
        var sheets: [Worksheet] = []
        for view in GridView.allCases {
            for entity in TimetableSheet.sheets(view, look) {
                sheets.append(grid(entity, look, wording))
            }
        }
        sheets.append(list(scenario, timetable, wording))
        sheets.append(workload(look, wording))
        return try? Workbook(sheets: sheets, title: scenario.name).data()
    }

    // MARK: 课程表 sheets

    static func sheetName(_ entity: TimetableSheet, _ wording: Wording) -> String {
        let name: String
        switch entity.view {
        case .group: name = entity.name
        case .teacher: name = wording("xlsx.sheet.teacher", entity.name)
        case .venue: name = wording("xlsx.sheet.venue", entity.name)
        }
        return shortened(name)
    }

    /// A name too long for a sheet tab (31) loses its closing bracketed part first —
    /// `乡镇党政班子成员第四期（依希来木其乡、古勒阿瓦提乡、博孜墩柯尔克孜族乡）` becomes
    /// `乡镇党政班子成员第四期` rather than being cut inside the brackets; the workbook cuts
    /// what is still too long and numbers repeats.
    static func shortened(_ name: String) -> String {
        guard name.utf16.count > SheetNames.maximumLength, let close = name.last, close == "）" || close == ")",
            let open = name.lastIndex(of: close == "）" ? "（" : "(")
        else { return name }
        let kept = name[..<open].trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? name : kept
    }

    /// Title across the top, headings (节次, then each date with its weekday), a row per period;
    /// a session spanning several periods is one merged cell, as on a printed 课程表.
    static func grid(_ entity: TimetableSheet, _ look: Lookup, _ wording: Wording) -> Worksheet {
        var sheet = Worksheet(name: sheetName(entity, wording))
        let programme = look.scenario.name
        let title = wording("xlsx.title.\(entity.view.rawValue)", programme, entity.title)
        let lastColumn = max(2, entity.days.count + 1)
        sheet.merge(rows: 1...1, columns: 1...lastColumn, .text(clip(title)), style: CellStyle(bold: true))
        sheet.setHeight(24, row: 1)
        guard !entity.isEmpty else {
            sheet.write(.text(wording("xlsx.nothing")), row: 3, column: 1)
            sheet.setWidth(16, column: 1)
            return sheet
        }
        let headingRow = 2
        sheet.write(.text(wording("xlsx.period")), row: headingRow, column: 1, style: .header)
        for (d, day) in entity.days.enumerated() {
            sheet.write(.text(TimetableSheet.dayHeading(day, wording)), row: headingRow, column: d + 2, style: .header)
        }
        // Row heights are set from the text (Excel and WPS do not grow a row for wrapped text
        // that was written by a program), so every line of every cell shows and prints.
        let dayWidth = columnWidth(entity, look, wording)
        let periodWidth = Double(max(10, entity.periods.map { DisplayWidth.of(TimetableSheet.periodName($0)) }.max() ?? 0) + 2)
        var linesNeeded = Array(repeating: 2.0, count: entity.periods.count)
        for (p, period) in entity.periods.enumerated() {
            sheet.write(
                .text("\(TimetableSheet.periodName(period))\n\(period.start)–\(period.end)"), row: headingRow + 1 + p, column: 1,
                style: CellStyle(bold: true, wrapped: true, bordered: true, alignment: .center))
        }
        for d in entity.days.indices {
            var p = 0
            while p < entity.periods.count {
                let here = entity.cells[p][d]
                var last = p
                while !here.isEmpty, last + 1 < entity.periods.count,
                    entity.cells[last + 1][d].map(\.id) == here.map(\.id)
                { last += 1 }
                let text = clip(
                    here.map { TimetableSheet.cellLines(entity.view, $0, look, wording).joined(separator: "\n") }
                        .joined(separator: "\n\n"))
                let rows = (headingRow + 1 + p)...(headingRow + 1 + last)
                if last > p {
                    sheet.merge(rows: rows, columns: (d + 2)...(d + 2), .text(text), style: .gridCell)
                } else {
                    sheet.write(.text(text), row: rows.lowerBound, column: d + 2, style: .gridCell)
                }
                let share = lines(text, width: dayWidth) / Double(last - p + 1)
                for q in p...last { linesNeeded[q] = max(linesNeeded[q], share) }
                p = last + 1
            }
        }
        for (p, lines) in linesNeeded.enumerated() { sheet.setHeight((lines * 15 + 4).rounded(.up), row: headingRow + 1 + p) }
        sheet.setHeight(30, row: headingRow)
        sheet.setWidth(periodWidth, column: 1)
        sheet.setWidth(dayWidth, columns: 2...(entity.days.count + 1))
        sheet.frozenRows = headingRow
        sheet.frozenColumns = 1
        sheet.printing = .a4Landscape(repeatingRows: headingRow)
        return sheet
    }

    /// Wide enough for the longest line of a cell, within reason: long titles wrap.
    static func columnWidth(_ entity: TimetableSheet, _ look: Lookup, _ wording: Wording) -> Double {
        var widest = entity.days.map { DisplayWidth.of(TimetableSheet.dayHeading($0, wording)) }.max() ?? 0
        for row in entity.cells {
            for sessions in row {
                for s in sessions {
                    for line in TimetableSheet.cellLines(entity.view, s, look, wording) {
                        widest = max(widest, DisplayWidth.of(line))
                    }
                }
            }
        }
        return Double(min(max(widest + 2, 16), 30))
    }

    /// How many lines a wrapped text takes in a column of `width` characters (a Chinese
    /// character counts two).
    static func lines(_ text: String, width: Double) -> Double {
        let usable = max(1, Int(width) - 1)
        return Double(
            text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                total + max(1, (DisplayWidth.of(String(line)) + usable - 1) / usable)
            })
    }

    static func clip(_ text: String) -> String { text.count > longestText ? String(text.prefix(longestText)) + "…" : text }

    // MARK: The full list

    /// timetable.csv's rows under headings in the reader's language; dates are Excel dates (so
    /// they sort and filter as dates), weekdays, forms, parts and venue kinds are spelled out.
    static func list(_ scenario: TrainingScenario, _ timetable: Timetable, _ wording: Wording) -> Worksheet {
        var sheet = Worksheet(name: wording("xlsx.sheet.list"))
        let rows = TimetableCSV.rows(scenario: scenario, timetable: timetable)
        let columns = TimetableCSV.columns
        sheet.write(row: 1, columns.map { .text(wording("xlsx.column.\($0)")) }, style: .header)
        var widths = columns.map { DisplayWidth.of(wording("xlsx.column.\($0)")) }
        for (n, row) in rows.dropFirst().enumerated() {
            for (c, name) in columns.enumerated() {
                let raw = c < row.count ? row[c] : ""
                let value = listValue(name, raw, wording)
                sheet.write(value, row: n + 2, column: c + 1, style: .bordered)
                if case .text(let text) = value { widths[c] = max(widths[c], DisplayWidth.of(text)) }
                if case .date = value { widths[c] = max(widths[c], 10) }
            }
        }
        for (c, width) in widths.enumerated() { sheet.setWidth(Double(min(width + 2, 40)), column: c + 1) }
        sheet.frozenRows = 1
        sheet.autoFilter = (row: 1, columns: 1...columns.count)
        sheet.printing = .a4Landscape(repeatingRows: 1)
        return sheet
    }

    static func listValue(_ column: String, _ raw: String, _ wording: Wording) -> CellValue {
        guard !raw.isEmpty else { return .text("") }
        switch column {
        case "date":
            if let day = Day(iso: raw) { return .date(year: day.year, month: day.month, day: day.day) }
        case "weekday": return .text(wording("weekday.\(raw)"))
        case "form": return .text(wording("form.\(raw)"))
        case "segment": return .text(wording("segment.\(raw)"))
        case "venue_kind": return .text(wording("venue.\(raw)"))
        case "occurrence": if let n = Int(raw) { return .number(Double(n)) }
        default: break
        }
        return .text(clip(raw))
    }

    // MARK: Teacher workload

    /// Per teacher: sessions, periods, the busiest day's periods, and the scenario's limits.
    static func workload(_ look: Lookup, _ wording: Wording) -> Worksheet {
        var sheet = Worksheet(name: wording("xlsx.sheet.workload"))
        let keys = ["teacher_id", "name", "sessions", "periods", "busiest_day", "max_periods_per_day", "max_periods"]
        sheet.write(row: 1, keys.map { .text(wording("xlsx.workload.\($0)")) }, style: .header)
        for (n, teacher) in look.sortedTeachers.enumerated() {
            let mine = look.sessions(of: teacher.id)
            var perDay: [Day: Int] = [:]
            for s in mine { perDay[s.day, default: 0] += s.periodCount }
            let limit: (Int?) -> CellValue = { $0.map { .number(Double($0)) } ?? .text("") }
            sheet.write(
                row: n + 2,
                [
                    .text(teacher.id.rawValue), .text(clip(teacher.name)), .number(Double(mine.count)),
                    .number(Double(mine.reduce(0) { $0 + $1.periodCount })), .number(Double(perDay.values.max() ?? 0)),
                    limit(teacher.maxPeriodsPerDay), limit(teacher.maxPeriods)
                ], style: .bordered)
        }
        let nameWidth = look.sortedTeachers.map { DisplayWidth.of($0.name) }.max() ?? 0
        let idWidth = look.sortedTeachers.map { DisplayWidth.of($0.id.rawValue) }.max() ?? 0
        sheet.setWidth(Double(min(max(idWidth, 8) + 2, 40)), column: 1)
        sheet.setWidth(Double(min(max(nameWidth, 8) + 2, 40)), column: 2)
        sheet.setWidth(12, columns: 3...5)
        sheet.setWidth(18, columns: 6...7)
        sheet.setHeight(36, row: 1)
        sheet.frozenRows = 1
        sheet.frozenColumns = 2
        sheet.printing = .a4Landscape(repeatingRows: 1)
        return sheet
    }
}
