/// Follow-up visits (跟踪回访, `paike visits`): validation, summaries, reasons, calendars.
enum EnglishVisits {
    static let table: [String: String] = [
        "validate.team.dayTooShort": "team '{0}' has {1} minutes a day, less than one visit of {2} minutes: it can visit no town",
        "validate.team.dayTooShortHint": "max_minutes_per_day counts travel and visits together, in minutes (8 hours = 480)",
        "cli.visits.noTeams": "{0}: error: the scenario lists no teams — add a 'teams:' list (id, name, site, max_visits_per_day, max_minutes_per_day)",
        "cli.visits.noTowns": "{0}: error: no towns to visit — give cadres a 'town', or groups a 'site'",
        "cli.visits.tooMany":
            "{0}: error: more than {1} possible day tours, too many to plan with — lower max_visits_per_day or max_minutes_per_day, or plan fewer towns at once",
        "cli.visits.summary":
            "follow-up visits from {0} over {1} weeks: {2} of {3} towns visited in {4} day tours by {5} team(s), {6} minutes of travel ({7} tours possible, {8} team-days)",
        "cli.visits.unmet": "  not visited: {0}",
        "cli.visits.notProven":
            "  GLPK stopped at its {0}-second limit: this plan is the best found, not proven the best (another may visit more towns or drive less)",
        "cli.visits.written": "→ {0}/visits.csv, {0}/calendars/teams/ ({1} calendar(s))",
        "visits.problem.unreachable": "{0}: no road in 'travel' links it to any team's base",
        "visits.problem.tooFar": "{0}: the nearest team, {1}, needs {2} minutes there and back plus a {3}-minute visit, more than its {4} minutes a day",
        "visits.problem.noTeamDay": "{0}: every team that could reach it is away on all working days from {1} to {2}",
        "visits.problem.notEnoughDays": "{0}: the teams' {1} working days in the window are taken by other towns — add a team, weeks, or towns per day",
        "ics.name.team": "{0} — follow-up visits, {1}",
        "ics.visits.summary": "Follow-up visits: {0}",
        "ics.visits.stop": "{0}. {1} ({2} cadres), {3} min from the previous stop",
        "ics.visits.total": "Travel {0} min, {1} min in all",
        "workbook.sheet.teams": "visiting teams", "workbook.owner.team": "visiting team",
        "workbook.column.teams.id": "id", "workbook.column.teams.name": "name", "workbook.column.teams.site": "base",
        "workbook.column.teams.max_visits_per_day": "towns per day", "workbook.column.teams.max_minutes_per_day": "minutes per day",
        "workbook.note.teams.id": "the team's id", "workbook.note.teams.name": "the team's name",
        "workbook.note.teams.site": "site id of the team's base, where each day tour starts and ends",
        "workbook.note.teams.max_visits_per_day": "towns visited in one day, 1-8 (default 3)",
        "workbook.note.teams.max_minutes_per_day": "travel plus visits in one day, minutes (default 480)",
        "workbook.field.programme.visit_minutes": "visit minutes",
        "workbook.note.programme.visit_minutes": "follow-up visits (跟踪回访): minutes a team stays in each town (optional; default 90)"
    ]
}
