import Domain
import Exporters
import Foundation
import Planner
import Texts

/// `paike check` on mentors.csv (beside the timetable): read back independently of the matching
/// and checked rule by rule: known mentees and mentors, each mentee once, categories, capacities,
/// the meeting dates (how many, inside the months after the programme, distinct, on the mentor's
/// free working days) and the fit and travel columns against the scenario.
public enum MentorsCheck {
    public struct Result: Sendable {
        public var rows: Int
        public var unmatched: Int
        public var violations: [String]
    }

    /// The mentors.csv in the folder of `timetablePath`, or nil when there is none.
    public static func path(besides timetablePath: String) -> String? {
        let url = URL(fileURLWithPath: timetablePath).deletingLastPathComponent().appendingPathComponent("mentors.csv")
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    public static func check(_ s: TrainingScenario, data: Data, _ w: Wording) -> Result {
        let records: [CSV.Record]
        do { records = try CSV.parse(data) } catch { return Result(rows: 0, unmatched: 0, violations: [w("check.mentors.unreadable", error.description)]) }
        guard let head = records.first else { return Result(rows: 0, unmatched: 0, violations: [w("check.mentors.empty")]) }
        var column: [String: Int] = [:]
        for (i, name) in head.cells.enumerated() where column[name] == nil { column[name] = i }
        let missing = MentorsExport.header.filter { column[$0] == nil }
        guard missing.isEmpty else { return Result(rows: 0, unmatched: 0, violations: [w("check.mentors.columns", missing.joined(separator: ", "))]) }

        var v: [String] = []
        var seen: [Mentee: Int] = [:]
        var load: [Mentor.ID: Int] = [:]
        var unmatched = 0
        let expected = Set(s.mentees)
        for r in records.dropFirst() where !(r.cells.count == 1 && r.cells[0].isEmpty) {
            func cell(_ name: String) -> String { column[name].flatMap { $0 < r.cells.count ? CSV.unguarded(r.cells[$0]) : nil } ?? "" }
            let line = r.line
            let groupID = Group.ID(cell("group_id"))
            guard let group = s.group(groupID), let mentoring = group.mentoring else {
                v.append(w("check.mentors.group", line, groupID)); continue
            }
            let cadreText = cell("cadre_id")
            let mentee = Mentee(group: groupID, cadre: cadreText.isEmpty ? nil : Cadre.ID(cadreText))
            guard expected.contains(mentee) else {
                v.append(w("check.mentors.mentee", line, cadreText.isEmpty ? groupID.rawValue : cadreText, groupID)); continue
            }
            if let first = seen[mentee] { v.append(w("check.mentors.twice", line, MentorsExport.menteeName(mentee, s), first)); continue }
            seen[mentee] = line
            let mentorText = cell("mentor_id")
            if mentorText.isEmpty { unmatched += 1; continue }
            guard let mentor = s.mentor(Mentor.ID(mentorText)) else { v.append(w("check.mentors.mentor", line, mentorText)); continue }
            load[mentor.id, default: 0] += 1
            if !mentor.takes(group.category) {
                v.append(w("check.mentors.category", line, mentor.id, w("category.\(group.category.rawValue)")))
            }
            let fit = MentorFit.fit(mentee, mentor, in: s)
            if let written = Double(cell("fit")), abs(written - fit) > 0.01 {
                v.append(w("check.mentors.fit", line, cell("fit"), String(format: "%.2f", fit)))
            }
            let minutes = MentorFit.travelMinutes(mentee, mentor, in: s).map(String.init) ?? ""
            if cell("travel_minutes") != minutes { v.append(w("check.mentors.travel", line, cell("travel_minutes"), minutes.isEmpty ? "—" : minutes)) }
            v += checkDates(cell("meeting_dates"), line: line, mentoring: mentoring, mentor: mentor, s, w)
        }
        for mentor in s.mentors where (load[mentor.id] ?? 0) > mentor.capacity {
            v.append(w("check.mentors.capacity", mentor.id, load[mentor.id] ?? 0, mentor.capacity))
        }
        for m in s.mentees where seen[m] == nil { v.append(w("check.mentors.absent", MentorsExport.menteeName(m, s))) }
        return Result(rows: seen.count, unmatched: unmatched, violations: v)
    }

    static func checkDates(_ text: String, line: Int, mentoring: Mentoring, mentor: Mentor, _ s: TrainingScenario, _ w: Wording) -> [String] {
        var v: [String] = []
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let days = text.isEmpty ? [] : parts.map { Day(iso: $0) }
        if days.contains(where: { $0 == nil }) { return [w("check.mentors.badDate", line, text)] }
        let dates = days.compactMap { $0 }
        if dates.count != mentoring.meetings { v.append(w("check.mentors.count", line, dates.count, mentoring.meetings)) }
        if Set(dates).count != dates.count { v.append(w("check.mentors.repeated", line)) }
        let window = MeetingDates.window(after: s.calendar.end, months: mentoring.months)
        for d in dates {
            if !window.contains(d) {
                v.append(w("check.mentors.outside", line, d.iso, window.lowerBound.iso, window.upperBound.iso))
            } else if !MeetingDates.isOpen(d, calendar: s.calendar, mentor: mentor) {
                v.append(w("check.mentors.closed", line, d.iso, mentor.id))
            }
        }
        return v
    }
}
