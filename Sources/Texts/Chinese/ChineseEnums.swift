/// 枚举值的中文名称（文件中的 id 不变）。术语取自种子文章。
enum ChineseEnums {
    static let table: [String: String] = [
        "weekday.mon": "星期一", "weekday.tue": "星期二", "weekday.wed": "星期三", "weekday.thu": "星期四",
        "weekday.fri": "星期五", "weekday.sat": "星期六", "weekday.sun": "星期日",
        "segment.theory": "理论导入", "segment.explanation": "现场讲解",
        "segment.observation": "观摩体验", "segment.exchange": "活动交流", "segment.summary": "总结提炼",
        "form.lecture": "讲授", "form.case": "案例", "form.experiential": "体验式",
        "form.interactive": "互动研讨", "form.onsite": "现场教学", "form.online": "线上",
        "form.research": "调研", "form.seminar": "研讨", "form.placement": "跟班学习",
        "venue.party_school": "党校", "venue.enterprise_park": "产业园区",
        "venue.field_classroom": "田间课堂", "venue.project_classroom": "项目课堂",
        "venue.online": "指尖课堂", "venue.village": "村", "venue.community": "社区",
        "venue.enterprise": "企业", "venue.other": "其他场地", "venue.host_unit": "跟班单位",
        "category.leadership": "乡镇党政班子成员", "category.village_secretary": "村（社区）党组织书记",
        "category.young_cadre": "优秀年轻干部", "category.other": "其他"
    ]
}
