// swift-tools-version: 6.0
import PackageDescription

// Layers (arrow: may import). See README "Layout".
// CGLPK → GLPK (the only code calling glp_*) ← MIP (solver-neutral integer program)
// Texts (the message catalogue, both languages compiled in) ← Scenario, Planner (English reasons), Exporters, Engine, paike
// CXLSXWriter → Spreadsheet (the only code calling workbook_*/worksheet_*; also reads .xlsx; uses Texts) ← Exporters
// Domain ← Scenario (files, variants, validation) ← Workbook (scenario ↔ sheets: workbook, import, init; uses Spreadsheet) ; Domain, MIP ← Planner ; Domain ← Exporters
// Engine joins Scenario, Planner, GLPK and Exporters; `paike` is the command line over Engine.
let package = Package(
    name: "Paike",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paike", targets: ["paike"]),
        .library(name: "Engine", targets: ["Engine"]),
        // Built apart by Fuzz/run.sh with libFuzzer; in ordinary builds it replays inputs given to it.
        .executable(name: "paike-fuzz", targets: ["paike-fuzz"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1")
    ],
    targets: [
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(
            name: "Spreadsheet",
            dependencies: [
                "CXLSXWriter", "Texts", "ZIPFoundation", .product(name: "SWXMLHash", package: "SWXMLHash")
            ]),
        .target(name: "MIP"),
        .target(name: "GLPK", dependencies: ["CGLPK", "MIP"]),
        .target(name: "Domain"),
        .target(name: "Texts"),
        .target(name: "Scenario", dependencies: ["Domain", "Texts", "Yams"]),
        .target(name: "Planner", dependencies: ["Domain", "MIP", "Texts"]),
        // Optimised in debug builds too: the test suite's solves spend most of their time in the
        // anneal, some 35 times slower unoptimised (Benchmarks/README.md).
        .target(name: "Search", dependencies: ["Domain", "Planner"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "Exporters", dependencies: ["Domain", "Texts", "Spreadsheet"]),
        .target(name: "ITC2007", dependencies: ["Domain", "MIP"]),
        .target(name: "Generator", dependencies: ["Domain", "Scenario", "Exporters"]),
        .target(name: "Workbook", dependencies: ["Domain", "Scenario", "Texts", "Spreadsheet"]),
        .target(name: "Engine", dependencies: ["Domain", "Scenario", "MIP", "GLPK", "Planner", "Search", "Exporters", "ITC2007", "Texts"]),
        .executableTarget(
            name: "paike",
            dependencies: [
                "Engine", "ITC2007", "Generator", "Texts", "Workbook", .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),
        // Test support: prints timetable.html with headless Chromium and reads the PDF back.
        .target(name: "PrintCheck", path: "Tests/PrintCheck"),
        .target(name: "TestTraits", path: "Tests/TestTraits"),
        .executableTarget(name: "paike-fuzz", dependencies: ["Domain", "Scenario", "Exporters"], path: "Fuzz/PaikeFuzz"),
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "MIP"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "TextsTests", dependencies: ["Texts"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Domain"], exclude: ["Fixtures"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Domain", "MIP", "Scenario", "GLPK", "Generator", "TestTraits"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Planner", "Domain", "Scenario", "Generator", "ITC2007", "Engine", "TestTraits"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "Texts", "ZIPFoundation"]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "Domain", "Spreadsheet", "PrintCheck"], exclude: ["Golden"]),
        .testTarget(name: "ITC2007Tests", dependencies: ["ITC2007", "MIP"], exclude: ["Fixtures"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Scenario", "Domain", "Planner", "Exporters"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "Scenario", "Domain", "Texts", "Spreadsheet"], exclude: ["Fixtures"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "paike", "paike-fuzz", "PrintCheck", "TestTraits"], exclude: ["Fixtures"])
    ],
    swiftLanguageModes: [.v6]
)
