/// Rosters (cadres by name) and mentor matching (导师帮带): validation, outputs, summaries.
enum EnglishRoster {
    static let table: [String: String] = [
        "validate.roster.size": "group '{0}' has size {1} but its roster lists {2} cadres",
        "validate.roster.sizeHint": "set 'size: {0}', or list every cadre of the group",
        "validate.roster.firstCadre": "its first cadre, '{0}', is at {1}",
    ]
}
