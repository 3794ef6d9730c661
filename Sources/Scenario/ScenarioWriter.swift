import Domain

/// Writes a scenario as a `paike/1` YAML file that `ScenarioLoader` reads back to an equal value.
/// Small entries go on one line in flow style, larger ones as block mappings, like the
/// hand-written scenarios. Chinese stays as UTF-8 text; the same value always gives the same bytes.
/// Packages are not written: every group carries its resolved `required` and `menu`.
public enum ScenarioWriter {
    public static func yaml(_ s: TrainingScenario) -> String { yaml(s, comments: ScenarioComments()) }

    /// The same with comments: `comments.header` at the top, each group's lines above its entry.
    public static func yaml(_ s: TrainingScenario, comments: ScenarioComments) -> String {
        var out = comments.header.map { comment($0, indent: "") }.joined()
        out += "format: \(scalar(s.format))\nname: \(scalar(s.name))\n"
        if let language = s.language { out += "language: \(language)\n" }

        let c = s.calendar
        out += "\ncalendar:\n"
        out += "  start: \(date(c.start))\n  end: \(date(c.end))\n"
        out += "  weekdays: \(list(c.weekdays.map(\.rawValue)))\n"
        // Dates are quoted already; `list` would quote them twice.
        out += "  holidays: [\(c.holidays.map(date).joined(separator: ", "))]\n"
        out += "  periods:\n"
        for p in c.periods {
            var fields = [("id", scalar(p.id.rawValue))]
            if let name = p.name { fields.append(("name", scalar(name))) }
            fields += [("start", quoted(p.start.description)), ("end", quoted(p.end.description))]
            out += "    - \(flow(fields))\n"
        }

        out += "\nsites:" + (s.sites.isEmpty ? " []\n" : "\n")
        for site in s.sites { out += "  - \(flow([("id", scalar(site.id.rawValue)), ("name", scalar(site.name))]))\n" }

        out += "\ntravel:" + (s.travel.isEmpty ? " []\n" : "\n")
        for t in s.travel {
            out += "  - \(flow([("from", scalar(t.from.rawValue)), ("to", scalar(t.to.rawValue)), ("minutes", String(t.minutes))]))\n"
        }

        out += "\nvenues:" + (s.venues.isEmpty ? " []\n" : "\n")
        for v in s.venues {
            var fields = [("id", scalar(v.id.rawValue)), ("name", scalar(v.name)), ("kind", v.kind.rawValue)]
            if !v.isOnline {
                if let site = v.site { fields.append(("site", scalar(site.rawValue))) }
                if let capacity = v.capacity { fields.append(("capacity", String(capacity))) }
            }
            if !v.unavailable.isEmpty { fields.append(("unavailable", unavailable(v.unavailable))) }
            if let n = v.hostCapacity { fields.append(("host_capacity", String(n))) }
            if !v.topics.isEmpty { fields.append(("topics", topicScores(v.topics))) }
            out += "  - \(flow(fields))\n"
        }

        out += "\nteachers:" + (s.teachers.isEmpty ? " []\n" : "\n")
        for t in s.teachers {
            var fields = [("id", scalar(t.id.rawValue)), ("name", scalar(t.name)), ("teaches", list(t.teaches.map(\.rawValue)))]
            if let site = t.site { fields.append(("site", scalar(site.rawValue))) }
            if let n = t.maxPeriodsPerDay { fields.append(("max_periods_per_day", String(n))) }
            if let n = t.maxPeriods { fields.append(("max_periods", String(n))) }
            if !t.unavailable.isEmpty { fields.append(("unavailable", unavailable(t.unavailable))) }
            out += block(fields)
        }

        out += "\ncourses:" + (s.courses.isEmpty ? " []\n" : "\n")
        for course in s.courses {
            var fields = [("id", scalar(course.id.rawValue)), ("title", scalar(course.title)), ("form", course.form.rawValue)]
            // An on-site unit's length is the sum of its segments; the loader works it out.
            // A placement is whole days: its days and hosts, nothing of a session.
            if let p = course.placement {
                fields += [("days", String(p.days)), ("hosts", list(p.hosts.map(\.rawValue)))]
                if !course.topics.isEmpty { fields.append(("topics", topicScores(course.topics))) }
                out += block(fields)
                continue
            }
            if course.fiveHaves == nil { fields.append(("periods", String(course.periods))) }
            fields += venueRule(course.venueRule)
            if !course.topics.isEmpty { fields.append(("topics", topicScores(course.topics))) }
            if course.first { fields.append(("first", "true")) }
            if course.joint { fields.append(("joint", "true")) }
            if course.sessions != 1 { fields.append(("sessions", String(course.sessions))) }
            if let n = course.minDays { fields.append(("min_days", String(n))) }
            if !course.after.isEmpty { fields.append(("after", list(course.after.map(\.rawValue)))) }
            out += block(fields)
            if let fh = course.fiveHaves {
                out += "    five_haves:\n      within_days: \(fh.withinDays)\n"
                for seg in fh.segments {
                    out += "      \(seg.kind.rawValue): \(flow([("periods", String(seg.periods))] + venueRule(seg.venueRule)))\n"
                }
            }
        }

        out += "\ngroups:" + (s.groups.isEmpty ? " []\n" : "\n")
        for g in s.groups {
            var fields = [("id", scalar(g.id.rawValue)), ("name", scalar(g.name)), ("category", g.category.rawValue), ("size", String(g.size))]
            if let site = g.site { fields.append(("site", scalar(site.rawValue))) }
            fields.append(("required", list(g.required.map(\.rawValue))))
            if let m = g.menu { fields.append(("menu", flow([("from", list(m.from.map(\.rawValue))), ("periods", String(m.periods))]))) }
            if !g.needs.isEmpty { fields.append(("needs", topicScores(g.needs))) }
            if !g.unavailable.isEmpty { fields.append(("unavailable", unavailable(g.unavailable))) }
            if let m = g.mentoring { fields.append(("mentoring", flow([("months", String(m.months)), ("meetings", String(m.meetings))]))) }
            out += (comments.groups[g.id] ?? []).map { comment($0, indent: "  ") }.joined()
            out += block(fields)
        }

        // Written only when there are any, so files of scenarios without cohorts keep their bytes.
        if !s.cohorts.isEmpty {
            out += "\ncohorts:\n"
            for c in s.cohorts {
                out += "  - \(flow([("id", scalar(c.id.rawValue)), ("name", scalar(c.name)), ("groups", list(c.groups.map(\.rawValue)))]))\n"
            }
        }

        // Rosters likewise, only when there are any.
        if !s.cadres.isEmpty {
            out += "\ncadres:\n"
            for c in s.cadres {
                var fields = [("id", scalar(c.id.rawValue)), ("name", scalar(c.name)), ("group", scalar(c.group.rawValue))]
                if let town = c.town { fields.append(("town", scalar(town.rawValue))) }
                if let post = c.post { fields.append(("post", scalar(post))) }
                if let needs = c.needs { fields.append(("needs", topicScores(needs))) }
                out += "  - \(flow(fields))\n"
            }
        }
        if !s.mentors.isEmpty {
            out += "\nmentors:\n"
            for m in s.mentors {
                var fields = [("id", scalar(m.id.rawValue)), ("name", scalar(m.name)), ("site", scalar(m.site.rawValue))]
                if !m.topics.isEmpty { fields.append(("topics", topicScores(m.topics))) }
                fields.append(("capacity", String(m.capacity)))
                if !m.categories.isEmpty { fields.append(("categories", list(m.categories.map(\.rawValue)))) }
                if !m.unavailable.isEmpty { fields.append(("unavailable", unavailable(m.unavailable))) }
                out += "  - \(flow(fields))\n"
            }
        }

        if let a = s.assessment { out += "\nassessment: " + flow([("pass", String(a.pass))]) + "\n" }
        // Teams and visits likewise, only when there are any.
        if !s.teams.isEmpty {
            out += "\nteams:\n"
            for t in s.teams {
                var fields = [("id", scalar(t.id.rawValue)), ("name", scalar(t.name)), ("site", scalar(t.site.rawValue))]
                if !t.unavailable.isEmpty { fields.append(("unavailable", unavailable(t.unavailable))) }
                fields += [("max_visits_per_day", String(t.maxVisitsPerDay)), ("max_minutes_per_day", String(t.maxMinutesPerDay))]
                out += "  - \(flow(fields))\n"
            }
        }
        if let v = s.visits { out += "\nvisits: \(flow([("minutes", String(v.minutes))]))\n" }

        let o = s.objective
        let defaults = Objective()
        var weights = [
            ("needs", number(o.needs)), ("travel", number(o.travel)), ("compactness", number(o.compactness)),
            ("teacher_balance", number(o.teacherBalance)), ("stability", number(o.stability))
        ]
        // The newer weights only when set or changed, for the same reason.
        if let w = o.overCapacity { weights.append(("over_capacity", number(w))) }
        if o.spread != defaults.spread { weights.append(("spread", number(o.spread))) }
        if o.isolated != defaults.isolated { weights.append(("isolated", number(o.isolated))) }
        if o.venueChanges != defaults.venueChanges { weights.append(("venue_changes", number(o.venueChanges))) }
        out += "\nobjective: " + flow(weights) + "\n"

        if !s.pins.isEmpty {
            out += "\npins:\n"
            for p in s.pins {
                var fields = [("group", scalar(p.group.rawValue)), ("course", scalar(p.course.rawValue))]
                if let n = p.occurrence { fields.append(("occurrence", String(n))) }
                if let seg = p.segment { fields.append(("segment", seg.rawValue)) }
                if let d = p.date { fields.append(("date", date(d))) }
                if let period = p.period { fields.append(("period", scalar(period.rawValue))) }
                if let v = p.venue { fields.append(("venue", scalar(v.rawValue))) }
                if let t = p.teacher { fields.append(("teacher", scalar(t.rawValue))) }
                out += "  - \(flow(fields))\n"
            }
        }
        return out
    }

    // MARK: Pieces

    /// One comment line per line of `text`; line breaks inside cannot end the comment early.
    static func comment(_ text: String, indent: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { indent + "# " + $0 + "\n" }.joined()
    }

    static func flow(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// One list entry as a block mapping, one field a line.
    static func block(_ fields: [(String, String)]) -> String {
        var out = ""
        for (n, (k, v)) in fields.enumerated() { out += (n == 0 ? "  - " : "    ") + "\(k): \(v)\n" }
        return out
    }

    static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }

    static func venueRule(_ rule: VenueRule) -> [(String, String)] {
        var fields: [(String, String)] = []
        if !rule.kinds.isEmpty { fields.append(("venue_kinds", list(rule.kinds.map(\.rawValue)))) }
        if !rule.venues.isEmpty { fields.append(("venues", list(rule.venues.map(\.rawValue)))) }
        return fields
    }

    static func topicScores(_ scores: [TopicScore]) -> String {
        "{" + scores.map { "\(scalar($0.topic)): \($0.score)" }.joined(separator: ", ") + "}"
    }

    static func unavailable(_ entries: [Unavailability]) -> String {
        let items = entries.map { u -> String in
            switch u {
            case let .date(d, nil): date(d)
            case let .date(d, periods?): flow([("date", date(d)), ("periods", list(periods.map(\.rawValue)))])
            case let .range(from, to): flow([("from", date(from)), ("to", date(to))])
            }
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    static func date(_ d: Day) -> String { quoted(d.iso) }

    /// Whole weights without a decimal point; others in Swift's shortest form that reads back exactly.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }

    /// Plain when YAML would read the text back unchanged in any context (ids, most Chinese
    /// names), otherwise double-quoted.
    public static func scalar(_ s: String) -> String { isPlainSafe(s) ? s : quoted(s) }

    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first,
            ![
                "null", "Null", "NULL", "~", "true", "false", "True", "False", "TRUE", "FALSE",
                "yes", "no", "on", "off"
            ].contains(s)
        else { return false }
        // YAML indicators and anything a reader might treat as a number or date start ASCII;
        // letters and full-width punctuation are safe.
        if first.isASCII && !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") { return false }
        return s.unicodeScalars.allSatisfy { c in
            if c.isASCII {
                return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "." || c == "/"
            }
            // Line and paragraph separators, NEL, BOM and other invisible or control characters are escaped.
            return c.properties.generalCategory != .control && c.properties.generalCategory != .format
                && c.properties.generalCategory != .lineSeparator && c.properties.generalCategory != .paragraphSeparator
                && c.properties.generalCategory != .unassigned && c.properties.generalCategory != .privateUse
                && c.properties.generalCategory != .surrogate && c.properties.generalCategory != .spaceSeparator
        }
    }

    public static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                let cat = c.properties.generalCategory
                if c.value < 0x20 || c.value == 0x7F || cat == .control || cat == .format || cat == .lineSeparator
                    || cat == .paragraphSeparator || cat == .unassigned || cat == .privateUse || cat == .surrogate
                {
                    out += c.value <= 0xFFFF ? "\\u" + hex(c.value, 4) : "\\U" + hex(c.value, 8)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}
