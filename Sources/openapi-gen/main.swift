import Foundation
import OpenAPIGenKit

/// The `openapi-gen` command: parses the arguments by hand and runs one command. All generation logic is in
/// OpenAPIGenKit; this target only handles arguments, files and exit codes.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = CommandRunner(workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).run(arguments)
exit(status)
