// swift-tools-version:6.0
import PackageDescription

/// Uses openapi-gen's build plugin: `Sources/DatabaseBackupsClient/openapi.json` becomes the client at build time.
/// The target depends on the runtime library, so the plugin generates a client that imports it.
let package = Package(
    name: "DatabaseBackupsExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "openapi-gen", path: "../.."),
    ],
    targets: [
        .target(
            name: "DatabaseBackupsClient",
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-gen")],
            plugins: [.plugin(name: "OpenAPIGenPlugin", package: "openapi-gen")]
        ),
        .executableTarget(name: "list-backups", dependencies: ["DatabaseBackupsClient"]),
    ]
)
