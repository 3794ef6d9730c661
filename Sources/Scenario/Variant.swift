import Domain
import Foundation
import Texts

/// Resolves what-if variants: a file with `base:` and `changes:` becomes its base's tree with
/// the changes applied (remove, then add, then modify). Works on trees, before decoding, so the
/// merged result is validated as a whole and every value keeps the file it was written in.
struct VariantResolver {
    static let topKeys = ["format", "name", "language", "base", "changes"]
    static let changeKeys = ["remove", "add", "modify"]
    /// Lists of entities with an `id` (packages: a `category`); `periods` lives under `calendar`.
    static let idCollections = ["sites", "venues", "teachers", "courses", "packages", "groups", "cohorts", "periods", "cadres", "mentors", "teams"]
    static func keyField(_ collection: String) -> String { collection == "packages" ? "category" : "id" }
    static let singletons = ["calendar", "objective", "assessment", "visits"]
    /// Lists without ids, replaced whole by `modify`.
    static let wholeLists = ["pins"]

    var sources: [String: String] = [:]
    var files: [String] = []
    var diagnostics: [Diagnostic] = []
    var removedBy: [EntityKey: SourceLocation] = [:]
    var wording: Wording = .english

    mutating func error(_ code: DiagnosticCode, _ message: String, at loc: SourceLocation, hint: String? = nil, notes: [String] = []) {
        diagnostics.append(Diagnostic(.error, at: loc, message, code: code, hint: hint, notes: notes))
    }

    /// The scenario tree of `path` (a plain scenario, or a variant merged onto its bases).
    mutating func resolve(text: String, path: String, chain: [String] = []) -> YNode? {
        sources[path] = text
        files.append(path)
        let (parsed, syntax) = YAMLReader.parse(text, file: path, wording: wording)
        diagnostics += syntax
        guard let root = parsed else {
            if syntax.isEmpty {
                error(
                    .wrongType, "a scenario file should be a mapping with keys such as 'calendar' and 'groups', found nothing",
                    at: SourceLocation(file: path, line: 1, column: 1), hint: "the file is empty")
            }
            return nil
        }
        guard let baseNode = root.value(forKey: "base") else { return root }
        return resolveVariant(root, baseNode: baseNode, path: path, chain: chain + [Self.canonical(path)])
    }

    mutating func resolveVariant(_ root: YNode, baseNode: YNode, path: String, chain: [String]) -> YNode? {
        let r = FieldReader(wording: wording)
        defer { diagnostics += r.diagnostics }
        guard let f = r.fields(root, "variant", what: "the variant", allowed: Self.topKeys, required: ["format", "base", "changes"]) else { return nil }
        if r.diagnostics.contains(where: { $0.id == DiagnosticCode.unknownKey.rawValue }) {
            r.diagnostics = r.diagnostics.map { d in
                var d = d
                if d.id == DiagnosticCode.unknownKey.rawValue { d.notes.append("a variant states what it changes under 'changes:' (remove, add, modify)") }
                return d
            }
        }
        if let fm = f["format"], let s = r.text(fm, "format", ""), s != "paike/1" {
            r.error(.badFormat, "unsupported format '\(YNode.clip(s))'", at: fm.location, hint: "this version of paike reads 'format: paike/1'")
        }
        guard let baseText = r.text(baseNode, "base", "the variant") else { return nil }
        let basePath = Self.join(Self.directory(of: path), baseText)
        let canonical = Self.canonical(basePath)
        if chain.contains(canonical) {
            r.error(
                .variantCycle, "variant chain returns to '\(basePath)'", at: baseNode.location,
                notes: ["the chain: \(chain.map { "'\($0)'" }.joined(separator: " → ")) → '\(canonical)'"])
            return nil
        }
        // Only scenario files are read as bases: never a device, a folder or some other file whose
        // lines an error would then quote back.
        let ext = (baseText as NSString).pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            r.error(
                .unknownBase, "base '\(baseText)' is not a scenario file", at: baseNode.location,
                hint: "'base' names a .yaml, .yml or .json scenario file")
            return nil
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: basePath, isDirectory: &isFolder),
            isFolder.boolValue || (try? FileManager.default.attributesOfItem(atPath: basePath)[.type] as? FileAttributeType) != .typeRegular
        {
            r.error(
                .unknownBase, "base '\(baseText)' is not a regular file", at: baseNode.location,
                hint: "'base' names a .yaml, .yml or .json scenario file")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: basePath) else {
            r.error(
                .unknownBase, "base file '\(baseText)' not found", at: baseNode.location,
                hint: "'base' is relative to the variant's folder", notes: ["looked for '\(canonical)'"])
            return nil
        }
        let (text, readProblems) = YAMLReader.readFile(basePath)
        guard let text else {
            r.diagnostics += readProblems
            r.error(.unknownBase, "base file '\(baseText)' cannot be read", at: baseNode.location, notes: ["\(data.count) bytes at '\(canonical)'"])
            return nil
        }
        guard var merged = resolve(text: text, path: basePath, chain: chain) else { return nil }
        if let name = f.values["name"] { merged.set("name", name) }
        // A variant reads in its base's language unless it names its own.
        if let language = f.values["language"] { merged.set("language", language) }
        guard let changes = f["changes"], let cf = r.fields(changes, "changes", what: "'changes'", allowed: Self.changeKeys, required: []) else {
            return merged
        }
        if let remove = cf["remove"] { apply(remove: remove, to: &merged, r) }
        if let add = cf["add"] { apply(add: add, to: &merged, r) }
        if let modify = cf["modify"] { apply(modify: modify, to: &merged, r) }
        return merged
    }

    // MARK: Changes

    /// Checks a `remove:`/`add:`/`modify:` mapping's collection names and hands each list on.
    func eachCollection(_ node: YNode, _ verb: String, allowed: [String], _ r: FieldReader, _ body: (String, YNode) -> Void) {
        guard let pairs = node.pairs else { r.wrongType(node, verb, "'changes'", expected: "a mapping of collection names"); return }
        for p in pairs {
            guard let name = p.key.text else { r.error(.wrongType, "a key in '\(verb)' should be text", at: p.key.location); continue }
            guard allowed.contains(name) else {
                var notes = Suggestions.didYouMean(name, in: allowed)
                notes.append("'\(verb)' accepts \(Suggestions.quotedList(allowed))")
                r.error(.unknownCollection, "'\(YNode.clip(name))' is not something a variant can \(verb)", at: p.key.location, notes: notes)
                continue
            }
            if p.value.isNull { continue }
            body(name, p.value)
        }
    }

    mutating func apply(remove: YNode, to tree: inout YNode, _ r: FieldReader) {
        var removed: [EntityKey: SourceLocation] = [:]
        eachCollection(remove, "remove", allowed: Self.idCollections + ["travel"], r) { name, list in
            guard let items = r.list(list, name, "'remove'") else { return }
            for item in items {
                if name == "travel" {
                    guard let f = r.fields(item, "travel", what: "a travel entry to remove", allowed: ["from", "to"], required: ["from", "to"]),
                        let from = f["from"].flatMap({ r.identifier($0, "from", "") }), let to = f["to"].flatMap({ r.identifier($0, "to", "") })
                    else { continue }
                    // Travel is symmetric unless both ways are given, so removing one pair removes both ways.
                    let before = tree.collection("travel")?.count ?? 0
                    tree.updateCollection("travel") {
                        $0.removeAll { e in
                            let (a, b) = (e.value(forKey: "from")?.text, e.value(forKey: "to")?.text)
                            return (a == from && b == to) || (a == to && b == from)
                        }
                    }
                    if (tree.collection("travel")?.count ?? 0) == before {
                        r.error(.unknownReference, "variant removes travel from '\(from)' to '\(to)' but the base has none", at: item.location)
                    }
                    continue
                }
                guard let id = r.identifier(item, name, "'remove'") else { continue }
                let keyField = Self.keyField(name)
                guard let list = tree.collection(name), list.contains(where: { $0.value(forKey: keyField)?.text == id }) else {
                    unknownID(id, in: name, tree: tree, verb: "removes", at: item.location, r); continue
                }
                tree.updateCollection(name) { $0.removeAll { $0.value(forKey: keyField)?.text == id } }
                removed[EntityKey(collection: name, id: id)] = item.location
            }
        }
        removedBy.merge(removed) { a, _ in a }
    }

    func apply(add: YNode, to tree: inout YNode, _ r: FieldReader) {
        eachCollection(add, "add", allowed: Self.idCollections + ["travel"], r) { name, list in
            guard let items = r.list(list, name, "'add'") else { return }
            // Duplicate ids are caught when the merged scenario is read, pointing at the added entity.
            tree.updateCollection(name) { $0 += items }
        }
    }

    func apply(modify: YNode, to tree: inout YNode, _ r: FieldReader) {
        eachCollection(modify, "modify", allowed: Self.idCollections + ["travel"] + Self.singletons + Self.wholeLists, r) { name, value in
            if Self.wholeLists.contains(name) {
                guard value.items != nil else { r.wrongType(value, name, "'modify'", expected: "the whole new list"); return }
                tree.set(name, value)
                return
            }
            if Self.singletons.contains(name) {
                guard let pairs = value.pairs else { r.wrongType(value, name, "'modify'", expected: "a mapping of the fields to change"); return }
                var target = tree.value(forKey: name) ?? YNode(kind: .mapping([]), location: value.location)
                guard target.pairs != nil else { return }
                for p in pairs { if let k = p.key.text { target.set(k, p.value, keyNode: p.key) } }
                tree.set(name, target)
                return
            }
            guard let items = r.list(value, name, "'modify'") else { return }
            for item in items {
                guard let pairs = item.pairs else { r.wrongType(item, name, "'modify'", expected: "a mapping with 'id' and the fields to change"); continue }
                let matches: (YNode) -> Bool
                if name == "travel" {
                    guard let from = item.value(forKey: "from")?.text, let to = item.value(forKey: "to")?.text else {
                        r.error(.missingField, "a travel change needs 'from' and 'to'", at: item.location); continue
                    }
                    matches = { $0.value(forKey: "from")?.text == from && $0.value(forKey: "to")?.text == to }
                    if !(tree.collection(name)?.contains(where: matches) ?? false) {
                        r.error(
                            .unknownReference, "variant modifies travel from '\(from)' to '\(to)' but the base has none", at: item.location,
                            hint: "to add it, put it under 'add: travel:'")
                        continue
                    }
                } else {
                    let keyField = Self.keyField(name)
                    guard let idNode = item.value(forKey: keyField) else {
                        r.error(.missingField, "missing '\(keyField)' in a change to \(name)", at: item.location); continue
                    }
                    guard let id = r.identifier(idNode, keyField, "'modify'") else { continue }
                    guard tree.collection(name)?.contains(where: { $0.value(forKey: keyField)?.text == id }) ?? false else {
                        unknownID(id, in: name, tree: tree, verb: "modifies", at: idNode.location, r); continue
                    }
                    matches = { $0.value(forKey: keyField)?.text == id }
                }
                let identity: Set<String> = name == "travel" ? ["from", "to"] : [Self.keyField(name)]
                tree.updateCollection(name) { list in
                    for i in list.indices where matches(list[i]) {
                        for p in pairs { if let k = p.key.text, !identity.contains(k) { list[i].set(k, p.value, keyNode: p.key) } }
                    }
                }
            }
        }
    }

    func unknownID(_ id: String, in collection: String, tree: YNode, verb: String, at loc: SourceLocation, _ r: FieldReader) {
        let known = (tree.collection(collection) ?? []).compactMap { $0.value(forKey: Self.keyField(collection))?.text }
        r.error(
            .unknownReference, "variant \(verb) unknown \(Keys.singular(collection)) '\(id)'", at: loc,
            notes: Suggestions.didYouMean(id, in: known.sorted()))
    }

    // MARK: Paths

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path == "/" ? "/" : String(path[..<slash]) + (slash == path.startIndex ? "/" : "")
    }

    /// Joins and tidies `.`/`..` without touching the disk, so messages show the path as the user would write it.
    static func join(_ dir: String, _ relative: String) -> String {
        let raw = relative.hasPrefix("/") || dir.isEmpty ? relative : (dir.hasSuffix("/") ? dir + relative : dir + "/" + relative)
        let absolute = raw.hasPrefix("/")
        var parts: [Substring] = []
        for part in raw.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension YNode {
    /// Sets a key of a mapping, replacing its value in place or appending it.
    mutating func set(_ key: String, _ value: YNode, keyNode: YNode? = nil) {
        guard case var .mapping(pairs) = kind else { return }
        if let i = pairs.firstIndex(where: { $0.key.text == key }) {
            pairs[i].value = value
        } else {
            pairs.append(YPair(key: keyNode ?? YNode(kind: .scalar(key, plain: true), location: value.location), value: value))
        }
        kind = .mapping(pairs)
    }

    /// The items of a top-level collection (`periods` sits under `calendar`).
    func collection(_ name: String) -> [YNode]? {
        if name == "periods" { return value(forKey: "calendar")?.value(forKey: "periods")?.items }
        return value(forKey: name)?.items
    }

    /// Edits a collection's items, creating an empty list when the key is absent. A value that is
    /// not a list is left alone; decoding reports it.
    mutating func updateCollection(_ name: String, _ edit: (inout [YNode]) -> Void) {
        if name == "periods" {
            guard var cal = value(forKey: "calendar"), cal.pairs != nil else { return }
            cal.updateCollection("periods", edit)
            set("calendar", cal)
            return
        }
        let existing = value(forKey: name)
        if let existing, !existing.isNull, existing.items == nil { return }
        var items = existing?.items ?? []
        edit(&items)
        set(name, YNode(kind: .sequence(items), location: existing?.location ?? location))
    }
}
