import Foundation
import PackagePlugin

/// Generates an OpenAPI client for a target at build time by running `openapi-gen generate`, the command a
/// person would type; the plugin itself holds no generation logic.
///
/// - `openapi.json`, `openapi.yaml` or `openapi.yml` (+ optional `openapi-gen.json`) → `Client.swift`,
///   `Support.swift`, `Types.swift` … `Types7.swift`, `Values.swift`.
/// - each `NAME.openapi.json` / `.yaml` / `.yml` (+ optional `NAME.openapi-gen.json`) → `NAME.Client.swift`, `NAME.Support.swift`,
///   `NAME.Types.swift` … `NAME.Types7.swift`, `NAME.Values.swift`; give each config a `namespace` so the APIs can share the module.
///
/// Every input is declared (the spec, its config and the files it reaches through relative `$ref`s), so editing
/// any of them regenerates on the next build and nothing else does. The tool's diagnostics go to stderr, which
/// `swift build` prints as `file:line:col: error: …`.
///
/// When the target depends on the library `OpenAPIGenRuntime` and a spec's config does not set `runtime`, the
/// client imports that library instead of carrying the runtime (`--runtime import`): the runtime is then
/// compiled once, not again in every client, which makes clean builds of the target faster.
@main
struct OpenAPIGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let specs = try TargetSpec.all(in: target.sourceFiles.map(\.url))
        guard !specs.isEmpty else {
            Diagnostics.warning("OpenAPIGenPlugin: target '\(target.name)' has no openapi.json, openapi.yaml or NAME.openapi.json (.yaml, .yml); nothing to generate")
            return []
        }
        let tool = try context.tool(named: "openapi-gen").url
        let importsRuntime = Self.dependsOnRuntime(target)
        return specs.map {
            $0.command(tool: tool, workDirectory: context.pluginWorkDirectoryURL, importRuntime: importsRuntime && !$0.configSetsRuntime)
        }
    }

    /// Whether `target` lists the runtime library (`.product(name: "OpenAPIGenRuntime", …)`, or the target of
    /// that name inside this package) among its direct dependencies.
    static func dependsOnRuntime(_ target: SourceModuleTarget) -> Bool {
        target.dependencies.contains { dependency in
            switch dependency {
            case .product(let product): return product.name == "OpenAPIGenRuntime"
            case .target(let target): return target.name == "OpenAPIGenRuntime"
            @unknown default: return false
            }
        }
    }
}

/// One OpenAPI document in a target and the files that go with it.
struct TargetSpec {
    /// The extensions a spec may have: `openapi.json`, `openapi.yaml`, `openapi.yml` (and `NAME.openapi.…`).
    static let specExtensions = [".json", ".yaml", ".yml"]

    /// The files the generator writes, one set per spec (`Pipeline.outputFileNames`: the types are spread over
    /// `Types.swift` … `Types7.swift`, and the runtime over `Support.swift` and `Values.swift`).
    static let outputNames = ["Client.swift", "Support.swift", "Types.swift"] + (1..<8).map { "Types\($0).swift" } + ["Values.swift"]

    /// `openapi.json` or `NAME.openapi.json` (or `.yaml`, `.yml`).
    var spec: URL
    /// `openapi-gen.json` or `NAME.openapi-gen.json`, when the target has it.
    var config: URL?
    /// nil for `openapi.json`; `NAME` for `NAME.openapi.json` (or `.yaml`, `.yml`).
    var name: String?

    /// The specs among a target's files, sorted by file name; each config sits next to its spec.
    static func all(in files: [URL]) throws -> [TargetSpec] {
        let paths = Set(files.map(\.standardizedFileURL.path))
        func sibling(_ name: String, of file: URL) -> URL? {
            let url = file.deletingLastPathComponent().appendingPathComponent(name).standardizedFileURL
            return paths.contains(url.path) ? url : nil
        }
        let specs = files.compactMap { file -> TargetSpec? in
            let fileName = file.lastPathComponent
            if specExtensions.contains(where: { fileName == "openapi" + $0 }) {
                return TargetSpec(spec: file, config: sibling("openapi-gen.json", of: file), name: nil)
            }
            guard let suffix = specExtensions.map({ ".openapi" + $0 }).first(where: { fileName.hasSuffix($0) && fileName.count > $0.count }) else { return nil }
            let name = String(fileName.dropLast(suffix.count))
            return TargetSpec(spec: file, config: sibling("\(name).openapi-gen.json", of: file), name: name)
        }
        .sorted { $0.spec.lastPathComponent < $1.spec.lastPathComponent }
        for (name, same) in Dictionary(grouping: specs, by: { $0.name ?? "" }) where same.count > 1 {
            let spec = name.isEmpty ? "openapi" : name + ".openapi"
            throw PluginError(message: "\(same.count) specs named \(spec).json/.yaml/.yml in one target (\(same.map(\.spec.path).joined(separator: ", "))); they would write the same files, so give each its own NAME.openapi.json or NAME.openapi.yaml")
        }
        return specs
    }

    /// Whether the spec's config has a `runtime` key (which then decides, whatever the target depends on). A
    /// config that cannot be read says nothing here; the generator reports it.
    var configSetsRuntime: Bool {
        guard let config, let data = try? Data(contentsOf: config),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return false }
        return object["runtime"] != nil
    }

    /// `openapi-gen generate SPEC --output DIR [--file-prefix NAME.] [--config CONFIG] [--runtime import]` with
    /// every input and output.
    func command(tool: URL, workDirectory: URL, importRuntime: Bool = false) -> Command {
        var output = workDirectory
        var prefix = ""
        var arguments = ["generate", spec.path]
        if let name {
            output = workDirectory.appendingPathComponent(name, isDirectory: true)
            prefix = name + "."
        }
        arguments += ["--output", output.path]
        if !prefix.isEmpty { arguments += ["--file-prefix", prefix] }
        if let config { arguments += ["--config", config.path] }
        if importRuntime { arguments += ["--runtime", "import"] }
        return .buildCommand(
            displayName: "Generating OpenAPI client from \(spec.lastPathComponent)",
            executable: tool,
            arguments: arguments,
            inputFiles: [spec] + (config.map { [$0] } ?? []) + ReferencedFiles.of(spec),
            outputFiles: Self.outputNames.map { output.appendingPathComponent(prefix + $0) }
        )
    }
}

/// A target the plugin cannot handle; SwiftPM prints the message and fails the build.
struct PluginError: Error, CustomStringConvertible {
    var message: String
    var description: String { "OpenAPIGenPlugin: \(message)" }
}
