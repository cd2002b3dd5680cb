// swift-tools-version:6.0
import PackageDescription

/// Every `specs/<Name>/` folder has committed output in `Generated/<Name>/`, compiled as the target `<Name>API`.
/// `Tests/GoldenTests` checks that this list matches the folders in `specs/`.
let generatedAPIs = ["ByCloudBackups", "DatabaseBackups", "IonosPostgreSQL"]

let package = Package(
    name: "openapi-gen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-gen", targets: ["openapi-gen"]),
        .library(name: "OpenAPIGenKit", targets: ["OpenAPIGenKit"]),
    ],
    targets: [
        .target(name: "OpenAPIGenKit"),
        .executableTarget(name: "openapi-gen", dependencies: ["OpenAPIGenKit"]),
        .testTarget(name: "OpenAPIGenKitTests", dependencies: ["OpenAPIGenKit"]),
        .testTarget(name: "GoldenTests", dependencies: ["OpenAPIGenKit"]),
        .testTarget(name: "CLITests", dependencies: ["openapi-gen"]),
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: generatedAPIs.map { .target(name: "\($0)API") }
        ),
    ] + generatedAPIs.map { .target(name: "\($0)API", path: "Generated/\($0)") }
)
