// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones before it:
// HelpCentreRules (Foundation only) ← GuichetMarkdown (the one C boundary) ← GuichetContent
// ← GuichetSite (rendering and the build pipeline) ← GuichetPreview (the live-preview server)
// ← guichet (a thin command line).
let package = Package(
    name: "Guichet",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "HelpCentreRules", targets: ["HelpCentreRules"]),
        .executable(name: "guichet", targets: ["guichet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .target(name: "HelpCentreRules"),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "GuichetMarkdown", dependencies: ["CCmarkGFM"]),
        .target(
            name: "GuichetContent",
            dependencies: ["HelpCentreRules", "GuichetMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GuichetSite",
            dependencies: ["GuichetContent", "HelpCentreRules", "GuichetMarkdown", .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GuichetPreview",
            dependencies: ["GuichetSite", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "guichet",
            dependencies: ["GuichetSite", "GuichetPreview", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Replays inputs through the parsers; built with -sanitize=fuzzer and -DFUZZING by scripts/fuzz,
        // it is a libFuzzer target instead.
        .executableTarget(name: "guichet-fuzz", dependencies: ["GuichetSite"], path: "Sources/GuichetFuzz"),
        .testTarget(
            name: "HelpCentreRulesTests",
            dependencies: ["HelpCentreRules", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "GuichetMarkdownTests", dependencies: ["GuichetMarkdown"]),
        .testTarget(name: "GuichetContentTests", dependencies: ["GuichetContent", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "GuichetSiteTests", dependencies: ["GuichetSite", .product(name: "Mustache", package: "swift-mustache")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "GuichetCLITests", dependencies: ["HelpCentreRules"], exclude: ["BadInputs"]),
        .testTarget(name: "GuichetPreviewTests", dependencies: ["GuichetPreview"]),
    ],
    swiftLanguageModes: [.v6]
)
