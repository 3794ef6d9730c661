import Domain
import Foundation

/// `placements.csv`: who of each class shadows which host unit (跟班学习), UTF-8 with BOM, CRLF.
/// With a roster one row per cadre (count 1); without one, one row per class and host with the
/// number of its cadres there.
public enum PlacementsCSV {
    public static let columns = [
        "group_id", "group_name", "cadre_id", "cadre_name", "count", "host_id", "host_name",
        "start_date", "end_date", "topic_fit", "travel_minutes"
    ]

    /// Header and rows, by group, course, then the hosts in the order the placement names them.
    public static func rows(scenario: TrainingScenario, timetable: Timetable) -> [[String]] {
        let look = Lookup(scenario, timetable)
        var out = [columns]
        for b in timetable.placements.sorted(by: { ($0.group, $0.course) < ($1.group, $1.course) }) {
            guard let first = b.days.first, let last = b.days.last else { continue }
            for share in b.hosts {
                let cadre = share.cadre.map { ($0.rawValue, scenario.cadre($0)?.name ?? $0.rawValue) } ?? ("", "")
                out.append([
                    b.group.rawValue, look.groupName(b.group), cadre.0, cadre.1, String(share.count), share.host.rawValue,
                    look.venueName(share.host), first.iso, last.iso, fit(share.topicFit), String(share.travelMinutes)
                ])
            }
        }
        return out
    }

    /// Two decimals at most, no trailing zeros: the figure the assignment program used.
    static func fit(_ x: Double) -> String {
        var s = String(format: "%.2f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    public static func write(scenario: TrainingScenario, timetable: Timetable) -> Data {
        CSV.document(rows(scenario: scenario, timetable: timetable))
    }

    /// Reads placements.csv into the hosts of `timetable.placements` (whose days come from
    /// timetable.csv); every row must match a block by group and dates and name a known host.
    public static func read(data: Data, scenario: TrainingScenario, into timetable: inout Timetable) throws(TimetableCSV.ReadError) {
        let records: [CSV.Record]
        do { records = try CSV.parse(data) } catch { throw .init(problems: [.init(line: error.line, message: error.message)]) }
        guard let header = records.first else { throw .init(problems: [.init(line: 1, message: "file is empty")]) }
        var index: [String: Int] = [:]
        for (i, name) in header.cells.enumerated() where index[name] == nil { index[name] = i }
        let missing = columns.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw .init(problems: [.init(line: header.line, message: "missing columns " + missing.map { "'\($0)'" }.joined(separator: ", "))])
        }
        var problems: [TimetableCSV.ReadError.Problem] = []
        let venueIDs = Set(scenario.venues.map(\.id))
        for record in records.dropFirst() {
            if record.cells == [""] { continue }
            guard record.cells.count == header.cells.count else {
                problems.append(.init(line: record.line, message: "expected \(header.cells.count) cells, found \(record.cells.count)")); continue
            }
            func cell(_ name: String) -> String { index[name].map { CSV.unguarded(record.cells[$0]) } ?? "" }
            let group = Group.ID(cell("group_id")), host = Venue.ID(cell("host_id"))
            guard let count = Int(cell("count")), count >= 1 else {
                problems.append(.init(line: record.line, message: "count '\(Printable.clip(cell("count")))' is not a positive whole number")); continue
            }
            guard venueIDs.contains(host) else {
                problems.append(.init(line: record.line, message: "unknown host '\(Printable.clip(host.rawValue))'")); continue
            }
            let start = Day(iso: cell("start_date")), end = Day(iso: cell("end_date"))
            guard let b = timetable.placements.firstIndex(where: { $0.group == group && $0.days.first == start && $0.days.last == end }) else {
                problems.append(
                    .init(
                        line: record.line,
                        message:
                            "no placement block of group '\(Printable.clip(group.rawValue))' from \(Printable.clip(cell("start_date"))) to \(Printable.clip(cell("end_date"))) in timetable.csv"
                    ))
                continue
            }
            let fit = Double(cell("topic_fit")) ?? 0, minutes = Int(cell("travel_minutes")) ?? 0
            let cadreText = cell("cadre_id")
            let cadre = cadreText.isEmpty ? nil : Cadre.ID(cadreText)
            if let cadre, scenario.cadre(cadre)?.group != group {
                problems.append(
                    .init(line: record.line, message: "cadre '\(Printable.clip(cadreText))' is not on the roster of group '\(Printable.clip(group.rawValue))'"));
                continue
            }
            timetable.placements[b].hosts.append(HostShare(host: host, cadre: cadre, count: count, topicFit: fit, travelMinutes: minutes))
        }
        guard problems.isEmpty else { throw .init(problems: problems) }
    }
}
