#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import OpenAPIGenKit

/// The `openapi-gen` command: parses the arguments by hand and runs one command. All generation logic is in
/// OpenAPIGenKit; this target only handles arguments, files and exit codes.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = CommandRunner(workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).run(arguments)
exit(status)
