/// Where each entity and field of a loaded scenario was written, so later layers (the planner,
/// `explain`) can point their messages at file lines. Collections use the file's key names:
/// `sites`, `travel`, `venues`, `teachers`, `courses`, `packages`, `groups`, `periods`; singletons
/// are `calendar` and `objective`. Travel ids are `FROM/TO`; packages are keyed by category; `pins`
/// (no ids) by their 1-based position in the list, as text ("1", "2", …). A
/// group's `required` and `menu` items inherited from its package point at the package's lines.
public struct SourceMap: Sendable, Equatable {
    var entities: [EntityKey: SourceLocation] = [:]
    var fields: [EntityKey: [String: SourceLocation]] = [:]
    /// Every file read, the scenario file first, then its bases.
    public internal(set) var files: [String] = []

    public init() {}

    /// The start of the entity's mapping (its first key), or nil if no such entity was read.
    public func location(of collection: String, id: String) -> SourceLocation? {
        entities[EntityKey(collection: collection, id: id)]
    }

    /// The value of one field of an entity, e.g. `("teachers", "wang_li", "max_periods")`;
    /// for list fields, `item` picks one element by its text, e.g. `("groups", "g1", "required", "marx")`.
    public func location(of collection: String, id: String, field: String, item: String? = nil) -> SourceLocation? {
        let key = item.map { "\(field)/\($0)" } ?? field
        return fields[EntityKey(collection: collection, id: id)]?[key]
    }

    /// `calendar` or `objective`, or one of their fields.
    public func location(ofSingleton name: String, field: String? = nil) -> SourceLocation? {
        let key = EntityKey(collection: name, id: "")
        guard let field else { return entities[key] }
        return fields[key]?[field]
    }

    mutating func record(_ key: EntityKey, at loc: SourceLocation) {
        if entities[key] == nil { entities[key] = loc }
    }
    mutating func record(_ key: EntityKey, field: String, item: String? = nil, at loc: SourceLocation) {
        let f = item.map { "\(field)/\($0)" } ?? field
        if fields[key, default: [:]][f] == nil { fields[key, default: [:]][f] = loc }
    }
}
