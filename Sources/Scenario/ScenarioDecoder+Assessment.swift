import Domain

extension Keys {
    static let assessment = ["pass"]
}

extension ScenarioDecoder {
    /// `assessment: {pass: 60}`: the pass mark results are read against (`paike assess`, `paike next-cycle`).
    func readAssessment(_ node: YNode) -> AssessmentSettings? {
        let key = EntityKey(collection: "assessment", id: "")
        r.current = key
        defer { r.current = nil }
        guard let f = r.fields(node, "assessment", what: "the assessment", allowed: Keys.assessment, required: []) else { return nil }
        map.record(key, at: node.location)
        for (k, v) in f.values { map.record(key, field: k, at: v.location) }
        guard let p = f["pass"] else { return AssessmentSettings() }
        guard let pass = r.int(p, "pass", "the assessment", positive: false, range: 0...100) else { return nil }
        return AssessmentSettings(pass: pass)
    }
}
