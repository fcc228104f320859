// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones before it:
// HelpCentreRules (Foundation only) ← GuichetMarkdown (the one C boundary) ← GuichetContent (articles, settings,
// the cache's byte format) ← GuichetCheck (the figure check and every content check) ← GuichetSearch ← GuichetRender
// (what a page shows) ← GuichetSite (the build's stages, cache and output) ← GuichetPreview (the live-preview server),
// GuichetMCP (the assistants' server) ← guichet (a thin command line). PackageImportsTests holds the order.
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
        // Imported by the preview server beside Hummingbird (which depends on them too): declared, so that no
        // module compiles only because another brings it in.
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
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
        // The figure check: the judge, its signals and words, and where a figure is in its file.
        .target(name: "GuichetCheck", dependencies: ["GuichetContent", "GuichetMarkdown", "HelpCentreRules"]),
        // Carries the default theme, the starter site and the version into the binary (scripts/embed).
        .plugin(name: "EmbedPlugin", capability: .buildTool()),
        // The search: the French lexicon, the index's terms, shards and manifest, and the query side (site.js's port).
        .target(name: "GuichetSearch", dependencies: ["GuichetContent", "GuichetMarkdown", "HelpCentreRules"]),
        // What a page shows: the theme and its contract, the page kinds, the Markdown transformation, JSON-LD,
        // the Atom feed, the Markdown twins and llms.txt.
        .target(
            name: "GuichetRender",
            dependencies: ["GuichetSearch", "GuichetCheck", "GuichetContent", "HelpCentreRules", "GuichetMarkdown",
                           .product(name: "Mustache", package: "swift-mustache")],
            plugins: ["EmbedPlugin"]
        ),
        // The build: typed stages from the listing to the published site, the cache, the output writer.
        .target(
            name: "GuichetSite",
            dependencies: ["GuichetRender", "GuichetSearch", "GuichetCheck", "GuichetContent", "HelpCentreRules", "GuichetMarkdown",
                           .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedPlugin"]
        ),
        .target(
            name: "GuichetPreview",
            dependencies: ["GuichetSite", "GuichetContent", "GuichetMarkdown", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        // The Model Context Protocol server (`guichet mcp`): the site's articles, search and rules for an assistant.
        .target(
            name: "GuichetMCP",
            dependencies: ["GuichetSite", "GuichetRender", "GuichetSearch", "GuichetContent", "HelpCentreRules", .product(name: "MCP", package: "swift-sdk")]
        ),
        .executableTarget(
            name: "guichet",
            dependencies: ["GuichetSite", "GuichetPreview", "GuichetMCP", "GuichetCheck", "GuichetContent", "HelpCentreRules",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["EmbedPlugin"]
        ),
        // Replays inputs through the parsers; built with -sanitize=fuzzer and -DFUZZING by scripts/fuzz,
        // it is a libFuzzer target instead.
        .executableTarget(name: "guichet-fuzz", dependencies: ["GuichetSite", "GuichetCheck", "GuichetContent", "HelpCentreRules"],
                          path: "Sources/GuichetFuzz"),
        // What several test targets share (the settings every test site needs).
        .target(name: "GuichetTestSupport", path: "Tests/GuichetTestSupport"),
        .testTarget(
            name: "HelpCentreRulesTests",
            dependencies: ["HelpCentreRules", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "GuichetMarkdownTests", dependencies: ["GuichetMarkdown"]),
        .testTarget(name: "GuichetContentTests", dependencies: ["GuichetContent", "GuichetMarkdown", "HelpCentreRules", "GuichetTestSupport",
                                                                .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "GuichetSiteTests", dependencies: ["GuichetSite", "GuichetRender", "GuichetSearch", "GuichetCheck", "GuichetContent", "GuichetMarkdown", "HelpCentreRules", "GuichetTestSupport",
                                                             .product(name: "Mustache", package: "swift-mustache"),
                                                             .product(name: "PropertyBased", package: "swift-property-based")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "GuichetCLITests", dependencies: ["HelpCentreRules", "GuichetTestSupport"], exclude: ["BadInputs", "CheckFix"]),
        .testTarget(name: "GuichetMCPTests", dependencies: ["GuichetMCP", "GuichetSite", "GuichetRender", "GuichetSearch", "HelpCentreRules",
                                                            .product(name: "MCP", package: "swift-sdk")]),
        .testTarget(name: "GuichetPreviewTests", dependencies: ["GuichetPreview", "GuichetSite", "GuichetContent", "HelpCentreRules", "GuichetTestSupport",
                                                                .product(name: "Logging", package: "swift-log"),
                                                                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
    ],
    swiftLanguageModes: [.v6]
)
