// swift-tools-version: 6.0
import PackageDescription

// Layers (arrow: may import). See README "Layout".
// CGLPK → GLPK (the only code calling glp_*) ← MIP (solver-neutral integer program)
// Texts (the message catalogue, both languages compiled in) ← Scenario, Exporters, Engine, paike
// Domain ← Scenario (files, variants, validation) ; Domain, MIP ← Planner ; Domain ← Exporters
// Engine joins Scenario, Planner, GLPK and Exporters; `paike` is the command line over Engine.
let package = Package(
    name: "Paike",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paike", targets: ["paike"]),
        .library(name: "Engine", targets: ["Engine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(name: "MIP"),
        .target(name: "GLPK", dependencies: ["CGLPK", "MIP"]),
        .target(name: "Domain"),
        .target(name: "Texts"),
        .target(name: "Scenario", dependencies: ["Domain", "Texts", "Yams"]),
        .target(name: "Planner", dependencies: ["Domain", "MIP"]),
        .target(name: "Search", dependencies: ["Domain", "Planner"]),
        .target(name: "Exporters", dependencies: ["Domain", "Texts"]),
        .target(name: "ITC2007", dependencies: ["Domain"]),
        .target(name: "Generator", dependencies: ["Domain", "Scenario", "Exporters"]),
        .target(name: "Engine", dependencies: ["Domain", "Scenario", "MIP", "GLPK", "Planner", "Search", "Exporters", "ITC2007", "Texts"]),
        .executableTarget(name: "paike", dependencies: [
            "Engine", "ITC2007", "Generator", "Texts", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "MIP"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "TextsTests", dependencies: ["Texts"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Domain"], exclude: ["Fixtures"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Domain", "MIP", "Scenario", "GLPK"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Planner", "Domain", "Scenario", "Generator"]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "Domain"], exclude: ["Golden"]),
        .testTarget(name: "ITC2007Tests", dependencies: ["ITC2007"], exclude: ["Fixtures"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Scenario", "Domain", "Planner", "Exporters"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "paike"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
