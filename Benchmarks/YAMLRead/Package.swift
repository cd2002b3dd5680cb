// swift-tools-version:6.0
import PackageDescription

/// Times openapi-gen's YAML reader against Foundation's `JSONSerialization` on the same document (see
/// `Benchmarks/README.md`). A separate package so that the root package stays free of benchmark code; it
/// depends only on the root package's `OpenAPIGenKit`.
let package = Package(
    name: "yaml-read-bench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "openapi-gen", path: "../..")],
    targets: [
        .executableTarget(
            name: "yaml-read-bench",
            dependencies: [.product(name: "OpenAPIGenKit", package: "openapi-gen")]
        ),
    ]
)
