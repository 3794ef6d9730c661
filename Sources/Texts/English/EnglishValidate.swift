/// Messages of `paike validate` that come from the catalogue: full-width punctuation, Chinese
/// names of enumerated values, teachers' daily limits.
enum EnglishValidate {
    static let table: [String: String] = [
        "validate.fullwidth.colon": "full-width colon", "validate.fullwidth.comma": "full-width comma",
        "validate.fullwidth.semicolon": "full-width semicolon", "validate.fullwidth.parenthesis": "full-width parenthesis",
        "validate.fullwidth.quote": "full-width quotation mark", "validate.fullwidth.space": "ideographic space",
        "validate.fullwidth.afterKey": "{0} '{1}' after key '{2}'",
        "validate.fullwidth.after": "{0} {1} after '{2}'",
        "validate.fullwidth.between": "{0} '{1}' between items",
        "validate.fullwidth.inValue": "{0} '{1}' in the value of '{2}'",
        "validate.fullwidth.inItem": "{0} '{1}' in a list item",
        "validate.fullwidth.indent": "ideographic space U+3000 in the indentation",
        "validate.fullwidth.use": "use {0}",
        "validate.fullwidth.useSpaces": "indent with ASCII spaces",
        "validate.fullwidth.note": "it contains a {0} '{1}' at column {2}: use {3}",
        "validate.alias.didYouMean": "did you mean '{0}'?",
        "validate.alias.didYouMeanName": "did you mean '{0}' ({1})?",
        "validate.alias.names": "Chinese names accepted too: {0}",
        "validate.dailyLimit.lasts": "its sessions last {0} consecutive periods",
        "validate.dailyLimit.segmentLasts": "its segment '{0}' lasts {1} consecutive periods",
        "validate.dailyLimit.sole": "teacher '{0}' may teach at most {1} period(s) a day but is the only teacher of course '{2}', and {3}",
        "validate.dailyLimit.soleHint": "raise 'max_periods_per_day' to {0}, or add '{1}' to another teacher's 'teaches'",
        "validate.dailyLimit.every": "every teacher of course '{0}' may teach fewer periods a day than one session needs: {1}",
        "validate.dailyLimit.everyHint": "raise one teacher's 'max_periods_per_day' to {0}, or add a teacher",
        "validate.dailyLimit.teacherNote": "teacher '{0}': max_periods_per_day {1}",
        "validate.ok": "{0}: ok — {1} groups, {2} teachers, {3} venues, {4} courses, {5} teaching days"
    ]
}
