import Foundation
import Testing

/// Issue 16: the example scenario in docs/scenario-format.md could not be met (exit 3). Every
/// whole scenario shown in the guide — the complete example and the variant built on it — must
/// validate and solve with every requirement met, as a planner copying them would expect.
@Suite struct DocumentationExampleTests {
    static func examples() throws -> (base: String, variant: String) {
        let guide = try String(contentsOf: CLI.repo.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
        var blocks: [String] = []
        var rest = guide[...]
        while let open = rest.range(of: "```yaml\n"), let close = rest[open.upperBound...].range(of: "```") {
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        let whole = blocks.filter { $0.contains("format: paike/1") }
        let base = try #require(whole.first { !$0.contains("\nbase:") })
        let variant = try #require(whole.first { $0.contains("\nbase: small.yaml") })
        #expect(whole.count == 2, "a new whole example in the guide needs a place in this test")
        return (base, variant)
    }

    @Test func theGuidesScenariosValidateAndSolveWithEverythingMet() throws {
        let (base, variant) = try Self.examples()
        let dir = CLI.temporaryDirectory()
        try base.write(to: dir.appendingPathComponent("small.yaml"), atomically: true, encoding: .utf8)
        try variant.write(to: dir.appendingPathComponent("variant.yaml"), atomically: true, encoding: .utf8)
        for name in ["small.yaml", "variant.yaml"] {
            let file = dir.appendingPathComponent(name).path
            let v = try CLI.run(["validate", file])
            #expect(v.status == 0, "\(name): \(v.stderr)")
            let s = try CLI.run(["solve", file, "--out", dir.appendingPathComponent("out-\(name)").path, "--time-limit", "120"])
            #expect(s.status == 0, "\(name): \(s.stdout)\(s.stderr)")
        }
    }
}
