import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-openapi`: runs `openapi-gen` with no arguments
/// in the package directory, so it regenerates every `specs/<Name>/` into `Generated/<Name>/` exactly as
/// `swift run openapi-gen` does. The tool's output and diagnostics pass through; a failure fails the command.
@main
struct GenerateOpenAPI: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        guard arguments.isEmpty else { throw GenerateOpenAPIError.arguments(arguments) }
        let process = Process()
        process.executableURL = try context.tool(named: "openapi-gen").url
        process.arguments = []
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw GenerateOpenAPIError.failed(status: process.terminationStatus)
        }
    }
}

/// Why `generate-openapi` failed; the tool's own diagnostics are already on stderr.
enum GenerateOpenAPIError: Error, CustomStringConvertible {
    case arguments([String])
    case failed(status: Int32)

    var description: String {
        switch self {
        case .arguments(let arguments):
            return "generate-openapi takes no arguments (got '\(arguments.joined(separator: " "))'); it runs 'openapi-gen' in the package directory. For one spec: swift run openapi-gen generate SPEC.json --output DIR"
        case .failed(let status):
            return "openapi-gen exited with status \(status)"
        }
    }
}
