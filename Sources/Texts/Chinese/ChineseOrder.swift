/// 课程先后顺序（after）：校验提示。
enum ChineseOrder {
    static let table: [String: String] = [
        "order.self": "课程“{0}”的 after 中列了它自己",
        "order.selfHint": "请从它的 after 中删去“{0}”",
        "order.cycle": "after 的先后顺序首尾相接成了一个环，这些课程都无法先上：{0}（箭头由先到后）",
        "order.cycleHint": "请从某一门课程的 after 中删去环上的一项",
        "order.first": "课程“{0}”是班级“{1}”的首修课，不能排在该班也要上的“{2}”之后",
        "order.firstHint": "请从“{1}”的 after 中删去“{0}”",
        "order.noFit": "班级“{0}”在日历内无法先上{2}、再上“{1}”：{3}依次排在该班最早有空的节次、中间不排其他课，最早也要到 {4} 的 {5} 节次结束后才上完，剩下的{6}排不下“{1}”（共 {7}，每次课须在同一天连续上完）",
        "order.periods": "{0} 节", "order.periodOne": "1 节",
        "order.free": " {0} 个空闲节次", "order.freeOne": " 1 个空闲节次",
        "order.noFitHint": "请延长日历、缩短课程，或从“{1}”的 after 中删去“{0}”",
        "order.noFitOthers": "班级 {0} 也是如此"
    ]
}
