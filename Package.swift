// swift-tools-version:6.0
import PackageDescription

/// Every `specs/<Name>/` folder has committed output in `Generated/<Name>/`, compiled as the target `<Name>API`.
/// `Tests/GoldenTests` checks that this list matches the folders in `specs/`. `Notes` is generated with a namespace
/// and `package` access (see its openapi-gen.json), so `swift build` compiles that layout too.
let generatedAPIs = ["Bookshelf", "ByCloudBackups", "DatabaseBackups", "IonosPostgreSQL", "KitchenSink", "Lenient", "Notes", "Pages", "Pantry", "Responses", "Tasks", "Uploads", "Webhooks31"]
/// The APIs whose openapi-gen.json says `"runtime": "import"`: their targets depend on the runtime library.
let runtimeImportingAPIs: Set = ["Tasks"]

let package = Package(
    name: "openapi-gen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-gen", targets: ["openapi-gen"]),
        .library(name: "OpenAPIGenKit", targets: ["OpenAPIGenKit"]),
        // For clients generated with "runtime": "import": they import this library instead of carrying the runtime.
        .library(name: "OpenAPIGenRuntime", targets: ["OpenAPIGenRuntime"]),
        .plugin(name: "OpenAPIGenPlugin", targets: ["OpenAPIGenPlugin"]),
        .plugin(name: "GenerateOpenAPI", targets: ["GenerateOpenAPI"]),
    ],
    targets: [
        .target(name: "OpenAPIGenKit"),
        // The runtime every generated client carries in its Support.swift, as ordinary compiled Swift.
        // `swift run openapi-gen` embeds these files into OpenAPIGenKit (Emit/Runtime/EmbeddedRuntime.swift).
        .target(name: "OpenAPIGenRuntime"),
        .executableTarget(name: "openapi-gen", dependencies: ["OpenAPIGenKit"]),
        .plugin(name: "OpenAPIGenPlugin", capability: .buildTool(), dependencies: ["openapi-gen"]),
        .plugin(
            name: "GenerateOpenAPI",
            capability: .command(
                intent: .custom(verb: "generate-openapi", description: "Regenerate every specs/<Name>/ into Generated/<Name>/, like 'swift run openapi-gen'"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated clients into Generated/")]
            ),
            dependencies: ["openapi-gen"]
        ),
        .testTarget(name: "OpenAPIGenKitTests", dependencies: ["OpenAPIGenKit", "openapi-gen", "OpenAPIGenRuntime"]),  // the fuzz test also runs the binary; the date-time test compares with the runtime
        .testTarget(name: "OpenAPIGenRuntimeTests", dependencies: ["OpenAPIGenRuntime"]),
        .testTarget(name: "GoldenTests", dependencies: ["OpenAPIGenKit"]),
        .testTarget(name: "CLITests", dependencies: ["openapi-gen"]),
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: generatedAPIs.map { .target(name: "\($0)API") }
        ),
    ] + generatedAPIs.map { name in
        .target(name: "\(name)API", dependencies: runtimeImportingAPIs.contains(name) ? ["OpenAPIGenRuntime"] : [], path: "Generated/\(name)")
    }
)
