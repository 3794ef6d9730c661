/// 读写 Excel 工作簿的提示。
enum ChineseSpreadsheet {
    static let table: [String: String] = [
        "spreadsheet.notAWorkbook": "不是 Excel 工作簿（.xlsx）：文件不是 zip 压缩包——请在 Excel 中另存为“Excel 工作簿(*.xlsx)”",
        "spreadsheet.missingPart": "工作簿不完整：缺少部件 {0}——请在 Excel 中打开后重新保存",
        "spreadsheet.damagedPart": "工作簿已损坏：部件 {0} 无法读取——请在 Excel 中打开后重新保存",
        "spreadsheet.noSuchSheet": "工作簿中没有名为“{0}”的工作表",
        "spreadsheet.unreadable": "无法读取 {0}：{1}",
        "spreadsheet.writeFailed": "无法写出工作簿：{0}",
        "spreadsheet.textTooLong": "工作表“{0}”单元格 {1}：文字超过 Excel 单个单元格的上限（32767 个字符）"
    ]
}
