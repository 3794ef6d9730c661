/// Messages of `paike explain`: each unmet requirement's cause, the settings blocking it with
/// their values, what it knocks on, and the smallest change found that lets it be held.
enum EnglishExplain {
    static let table: [String: String] = [
        "explain.noTimetable":
            "{0}: no timetable was found within the time limit, so nothing can be said about single requirements; give the solver more time (--time-limit).",
        "explain.allMet": "{0}: every requirement can be met; no rule conflicts.",
        "explain.causeLine": "{0}: {1} [{2}]",
        "explain.header": "{0}: {1} requirement(s) cannot be met together with the rest, from {2} cause(s):",
        "explain.blockedBy": "blocked by:",
        "explain.knockOn": "knock-on: {0} more session(s) of the same class(es) cannot be held without it ({1}): {2}",
        "explain.fix": "suggested change: {0} — re-tested: everything this cause blocks can then be held",
        "explain.fixTwo": "suggested change (no single change was enough): {0} — re-tested: everything this cause blocks can then be held",
        "explain.noFix":
            "no change found: the {0} change(s) tried, one setting at a time and then in pairs, do not let it be held within the time limit; relax one of the settings above by hand, or give explain more time (--time-limit)",
        "explain.rules": "Rules involved:",
        "explain.partial":
            "no change found for every class: of the {0} change(s) tried, the one that helps most is to {1} — re-tested: then {2} can hold all its blocked sessions, the others not yet",
        "explain.noTime": "no change could be tried within the time limit: relax one of the settings above by hand, or give explain more time (--time-limit)",
        "explain.noChangeNeeded":
            "no change needed: re-tested, it can be held as the scenario stands; the search left it out within its limits — solve it with a longer --time-limit",
        "explain.and": " and ",
        "explain.more": " and {0} more",
        "explain.reasonZh": "{0} ({1})",
        "explain.venue": "{0} '{1}' ({2})", "explain.kind": "{0} ({1})",
        "explain.teacher": "teacher '{0}' ({1})",
        "explain.segmentOf": "the {0} of '{1}'",
        "explain.anyVenue": "any venue that is not online",
        "explain.block.venueNeverOpen": "{0} is closed on every teaching day",
        "explain.block.venueOpenOnly": "{0} is open only on {1}",
        "explain.block.venueClosed": "{0} is closed on {1}",
        "explain.block.venueTooSmall": "{0} holds {1} people; the class has {2}",
        "explain.block.venueRule": "{0} may use only {1}",
        "explain.block.dailyLimit": "{0} may teach at most {1} period(s) a day (max_periods_per_day); the session lasts {2}",
        "explain.block.totalLimit": "{0} may teach at most {1} period(s) in all (max_periods); the session lasts {2}",
        "explain.block.teacherClosed": "{0} is unavailable on {1}",
        "explain.block.noTeacher": "no teacher teaches '{0}'",
        "explain.block.teachers": "'{0}' is taught only by {1}",
        "explain.block.calendar": "the calendar has {0} teaching day(s) of {1} period(s); {2} must sit {3} of its {4} free periods",
        "explain.fix.openVenue": "open venue '{0}' ({1}) on {2} (take that day out of its 'unavailable')",
        "explain.fix.openTeacher": "make teacher '{0}' ({1}) available on {2} (take that day out of their 'unavailable')",
        "explain.fix.raiseDailyLimit": "raise 'max_periods_per_day' of teacher '{0}' from {1} to {2}",
        "explain.fix.raiseTotalLimit": "raise 'max_periods' of teacher '{0}' from {1} to {2}",
        "explain.fix.addTeacher": "add '{0}' to the 'teaches' of teacher '{1}' ({2})",
        "explain.fix.allowKind": "allow venue kind '{0}' ({1}) for {2} (add it to 'venue_kinds')",
        "explain.block.order": "'{0}' must come after '{1}' for {2} ('after' of '{0}')",
        "explain.fix.dropOrder": "let '{0}' be held before '{1}' ends: remove '{1}' from the 'after' of '{0}'",
        "explain.fix.extendCalendar": "lengthen the calendar by {0} teaching day(s): 'end: {1}'",
        "explain.rule.FirstCourse": "first course", "explain.rule.VenueClash": "venue clash",
        "explain.rule.TeacherClash": "teacher clash", "explain.rule.GroupClash": "class clash",
        "explain.rule.TeacherQualification": "teacher qualification", "explain.rule.VenueFit": "venue fit",
        "explain.rule.Availability": "availability", "explain.rule.FiveHavesWindow": "five-haves window",
        "explain.rule.FiveHavesOrder": "five-haves order", "explain.rule.TeacherLoad": "teacher load",
        "explain.rule.Pins": "pins", "explain.rule.SessionCoverage": "session coverage",
        "explain.rule.VenueCapacity": "venue capacity", "explain.rule.Travel": "travel",
        "explain.rule.CourseOrder": "course order"
    ]
}
