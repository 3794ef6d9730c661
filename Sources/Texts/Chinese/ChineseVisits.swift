/// 跟踪回访（paike visits）：校验、摘要、未回访原因与日历。
enum ChineseVisits {
    static let table: [String: String] = [
        "validate.team.dayTooShort": "回访组“{0}”每天只有 {1} 分钟，不够一次 {2} 分钟的回访：它回访不了任何乡镇",
        "validate.team.dayTooShortHint": "max_minutes_per_day 是路程与回访合计的分钟数（8 小时 = 480）",
        "cli.visits.noTeams": "{0}：错误：场景中没有列出回访组——请添加 teams 列表（id、name、site、max_visits_per_day、max_minutes_per_day）",
        "cli.visits.noTowns": "{0}：错误：没有需要回访的乡镇——请给干部填写 town，或给班次填写 site",
        "cli.visits.tooMany": "{0}：错误：可行的一日回访路线超过 {1} 条，无法规划——请减小 max_visits_per_day 或 max_minutes_per_day，或分批安排乡镇",
        "cli.visits.summary": "跟踪回访（自 {0} 起 {1} 周）：{3} 个乡镇中已安排 {2} 个，共 {4} 趟一日回访，{5} 个回访组，路程合计 {6} 分钟（可行路线 {7} 条，可出行组日 {8} 个）",
        "cli.visits.unmet": "  未安排回访：{0}",
        "cli.visits.notProven": "  GLPK 在 {0} 秒时限内停止：这是找到的最好方案，但未证明最优（可能还有回访更多乡镇或路程更短的方案）",
        "cli.visits.written": "→ {0}/visits.csv、{0}/calendars/teams/（{1} 个日历）",
        "visits.problem.unreachable": "{0}：travel 中没有道路把它与任何回访组的驻地连起来",
        "visits.problem.tooFar": "{0}：最近的回访组“{1}”往返需 {2} 分钟，加上回访 {3} 分钟，超过该组每天 {4} 分钟",
        "visits.problem.noTeamDay": "{0}：能到达它的回访组在 {1} 至 {2} 的所有工作日都没空",
        "visits.problem.notEnoughDays": "{0}：期间各回访组可出行的 {1} 个工作日已被其他乡镇占满——请增加回访组、周数或每天回访乡镇数",
        "ics.name.team": "{0} —— 跟踪回访，{1}",
        "ics.visits.summary": "跟踪回访：{0}",
        "ics.visits.stop": "{0}. {1}（{2} 名干部），距上一站 {3} 分钟",
        "ics.visits.total": "路程 {0} 分钟，全天合计 {1} 分钟",
        "workbook.sheet.teams": "回访组", "workbook.owner.team": "回访组",
        "workbook.column.teams.id": "编号", "workbook.column.teams.name": "名称", "workbook.column.teams.site": "驻地",
        "workbook.column.teams.max_visits_per_day": "每天最多回访乡镇数", "workbook.column.teams.max_minutes_per_day": "每天最多分钟数",
        "workbook.note.teams.id": "回访组编号", "workbook.note.teams.name": "回访组名称",
        "workbook.note.teams.site": "驻地的地点编号，每天从这里出发并回到这里",
        "workbook.note.teams.max_visits_per_day": "一天最多回访的乡镇数，1–8（可不填，默认 3）",
        "workbook.note.teams.max_minutes_per_day": "一天路程加回访的分钟数（可不填，默认 480）",
        "workbook.field.programme.visit_minutes": "每次回访分钟数",
        "workbook.note.programme.visit_minutes": "跟踪回访：回访组在每个乡镇停留的分钟数（可不填，默认 90）"
    ]
}
