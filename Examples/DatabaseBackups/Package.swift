// swift-tools-version:6.0
import PackageDescription

/// Uses openapi-gen's build plugin: `Sources/DatabaseBackupsClient/openapi.json` becomes the client at build time.
let package = Package(
    name: "DatabaseBackupsExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "openapi-gen", path: "../.."),
    ],
    targets: [
        .target(
            name: "DatabaseBackupsClient",
            plugins: [.plugin(name: "OpenAPIGenPlugin", package: "openapi-gen")]
        ),
        .executableTarget(name: "list-backups", dependencies: ["DatabaseBackupsClient"]),
    ]
)
