/// 通用词语。
enum ChineseCore {
    static let table: [String: String] = [
        "language.name": "中文",
        "language.unknown": "未知语言“{0}”：请用 zh 或 en",
        "core.none": "无"
    ]
}
