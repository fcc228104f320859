// swift-tools-version:6.0
import PackageDescription

// A stand-alone benchmark: two ways of storing a build cache of one binary record per article.
// CacheStoreCore has the protocol, our own log format, the workload and the measuring driver (Foundation only);
// CacheStoreGRDB has the SQLite store through GRDB. `cache-store-bench` runs both; `cache-store-bench-log` is the
// same driver without GRDB, so that a clean build of it shows what the GRDB dependency costs at build time.
let package = Package(
    name: "CacheStoreBench",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "CacheStoreCore"),
        .target(
            name: "CacheStoreGRDB",
            dependencies: ["CacheStoreCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(name: "cache-store-bench", dependencies: ["CacheStoreCore", "CacheStoreGRDB"]),
        .executableTarget(name: "cache-store-bench-log", dependencies: ["CacheStoreCore"]),
    ],
    swiftLanguageModes: [.v6]
)
