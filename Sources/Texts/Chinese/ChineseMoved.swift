/// 方案比较（paike compare）中相对基准方案的课次调整。
enum ChineseMoved {
    static let table: [String: String] = [
        "moved.base": "基准",
        "moved.replanned": "变体排法",
        "moved.kept": "在基准课表上调整",
        "moved.fresh": "重新排课",
        "moved.total": "相对基准调整的课次",
        "moved.added": "新增课次（基准中没有）",
        "moved.groups": "有课次调整的班次",
        "moved.teachers": "有课次调整的教师",
        "moved.venues": "有课次调整的场地",
        "moved.byGroup": "调整课次：班次 {0}（{1}）",
        "moved.byTeacher": "调整课次：教师 {0}（{1}）",
        "moved.byVenue": "调整课次：场地 {0}（{1}）",
        "moved.note":
            "调整课次：基准课表中在变体里日期、开始节次、场地或教师有变化的课次，以及变体取消的课次。除非加 --fresh，各变体都在基准课表上调整（与 paike solve --keep 相同），只动必须动的课。一次调整计入所涉及的每位教师和每个场地（调整前后各算一次）。每个变体的 changes.csv、changes-by-teacher.csv、changes-by-venue.csv 列出全部调整。"
    ]
}
