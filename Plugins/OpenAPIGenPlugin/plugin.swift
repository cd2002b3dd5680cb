import Foundation
import PackagePlugin

/// Generates an OpenAPI client for a target at build time by running `openapi-gen generate`, the command a
/// person would type; the plugin itself holds no generation logic.
///
/// - `openapi.json` (+ optional `openapi-gen.json`) → `Client.swift`, `Support.swift`, `Types.swift`.
/// - each `NAME.openapi.json` (+ optional `NAME.openapi-gen.json`) → `NAME.Client.swift`, `NAME.Support.swift`,
///   `NAME.Types.swift`; give each config a `namespace` so the APIs can share the module.
///
/// Every input is declared (the spec, its config and the files it reaches through relative `$ref`s), so editing
/// any of them regenerates on the next build and nothing else does. The tool's diagnostics go to stderr, which
/// `swift build` prints as `file:line:col: error: …`.
@main
struct OpenAPIGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let specs = try TargetSpec.all(in: target.sourceFiles.map(\.url))
        guard !specs.isEmpty else {
            Diagnostics.warning("OpenAPIGenPlugin: target '\(target.name)' has no openapi.json or NAME.openapi.json; nothing to generate")
            return []
        }
        let tool = try context.tool(named: "openapi-gen").url
        return specs.map { $0.command(tool: tool, workDirectory: context.pluginWorkDirectoryURL) }
    }
}

/// One OpenAPI document in a target and the files that go with it.
struct TargetSpec {
    /// The files the generator writes, one set per spec.
    static let outputNames = ["Client.swift", "Support.swift", "Types.swift"]

    /// `openapi.json` or `NAME.openapi.json`.
    var spec: URL
    /// `openapi-gen.json` or `NAME.openapi-gen.json`, when the target has it.
    var config: URL?
    /// nil for `openapi.json`; `NAME` for `NAME.openapi.json`.
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
            if fileName == "openapi.json" {
                return TargetSpec(spec: file, config: sibling("openapi-gen.json", of: file), name: nil)
            }
            guard fileName.hasSuffix(".openapi.json"), fileName.count > ".openapi.json".count else { return nil }
            let name = String(fileName.dropLast(".openapi.json".count))
            return TargetSpec(spec: file, config: sibling("\(name).openapi-gen.json", of: file), name: name)
        }
        .sorted { $0.spec.lastPathComponent < $1.spec.lastPathComponent }
        for (fileName, same) in Dictionary(grouping: specs, by: \.spec.lastPathComponent) where same.count > 1 {
            throw PluginError(message: "\(same.count) files named \(fileName) in one target (\(same.map(\.spec.path).joined(separator: ", "))); give each its own NAME.openapi.json")
        }
        return specs
    }

    /// `openapi-gen generate SPEC --output DIR [--file-prefix NAME.] [--config CONFIG]` with every input and output.
    func command(tool: URL, workDirectory: URL) -> Command {
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
