// swift-tools-version:6.0
import PackageDescription

/// The client decoding benchmark (`Benchmarks/client-decode`): one list operation returning a large JSON array,
/// decoded through openapi-gen's generated client (`DecodeOurs`) and through the reference generator's
/// (`DecodeReference`, with swift-openapi-runtime 1.13.4). `Benchmarks/client-decode` generates both clients into
/// `Sources/*/Generated/` (not committed) before building. The root package does not depend on this one.
let package = Package(
    name: "client-decode-benchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
        .executableTarget(name: "DecodeOurs", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "DecodeReference",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
