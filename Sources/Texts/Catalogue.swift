/// The message catalogue: one table per language, each the union of its areas' tables (one file
/// per area under English/ and Chinese/). A test checks both languages have the same keys.
public enum Catalogue {
    static let english: [String: String] = merged([
        EnglishCore.table, EnglishEnums.table, EnglishGrid.table, EnglishReport.table,
        EnglishSheets.table, EnglishCLI.table, EnglishCompare.table, EnglishNeeds.table,
        EnglishSpreadsheet.table, EnglishWorkbook.table, EnglishScenarioWorkbook.table,
        EnglishHTML.table, EnglishCalendar.table, EnglishValidate.table, EnglishExplain.table,
        EnglishMoved.table, EnglishOrder.table, EnglishRoster.table, EnglishCycle.table, EnglishVisits.table
    ])
    static let chinese: [String: String] = merged([
        ChineseCore.table, ChineseEnums.table, ChineseGrid.table, ChineseReport.table,
        ChineseSheets.table, ChineseCLI.table, ChineseCompare.table, ChineseNeeds.table,
        ChineseSpreadsheet.table, ChineseWorkbook.table, ChineseScenarioWorkbook.table,
        ChineseHTML.table, ChineseCalendar.table, ChineseValidate.table, ChineseExplain.table,
        ChineseMoved.table, ChineseOrder.table, ChineseRoster.table, ChineseCycle.table, ChineseVisits.table
    ])

    public static func table(_ language: Language) -> [String: String] {
        switch language {
        case .en: english
        case .zh: chinese
        }
    }

    /// Every key of a language, for the completeness test.
    public static func keys(_ language: Language) -> Set<String> { Set(table(language).keys) }

    private static func merged(_ tables: [[String: String]]) -> [String: String] {
        tables.reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }
    }
}
