// swift-tools-version:6.0
import PackageDescription

/// Separate package used only by `Benchmarks/run` to build the reference generator
/// (apple/swift-openapi-generator) for timing comparisons. The root package does not depend on it.
let package = Package(
    name: "openapi-gen-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
    ],
    targets: []
)
