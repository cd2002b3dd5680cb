#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The runtime sources of the generator's own package (`Sources/OpenAPIGenRuntime`) and their embedded copy
/// (`Sources/OpenAPIGenKit/Emit/Runtime/EmbeddedRuntime.swift`).
///
/// `swift run openapi-gen` from the package root reads the runtime files, generates with them and rewrites the
/// embedded copy when it differs; `openapi-gen check` and the golden tests report the difference instead.
/// In any other package (where the command plugin runs `openapi-gen`) the folders are absent and nothing happens.
public struct RuntimeFolder {
    /// The runtime's source folder, relative to the package root.
    public static let sourcesPath = "Sources/OpenAPIGenRuntime"
    /// The folder of the embedded copy, relative to the package root. It holds only that one generated file.
    public static let embeddedFolderPath = "Sources/OpenAPIGenKit/Emit/Runtime"
    /// The embedded copy's file name.
    public static let embeddedFileName = "EmbeddedRuntime.swift"

    /// The package root.
    public let packageRoot: URL

    /// The runtime folders under `packageRoot`.
    public init(packageRoot: URL) {
        self.packageRoot = packageRoot
    }

    private var sources: URL { packageRoot.appendingPathComponent(Self.sourcesPath) }
    private var embeddedFolder: URL { packageRoot.appendingPathComponent(Self.embeddedFolderPath) }

    /// Whether `packageRoot` is the generator's package: both the runtime sources and the embedded copy's folder exist.
    public var isPresent: Bool {
        FileKind.at(sources.path) == .folder && FileKind.at(embeddedFolder.path) == .folder
    }

    /// Reads and checks every `.swift` file of the runtime folder. Throws `RuntimeSourceErrors` with every
    /// problem found, or `SpecFileReader.Failure` when a file cannot be read.
    public func read() throws -> Runtime {
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") && !$0.hasPrefix(".") }.sorted()
        var files: [RuntimeFile] = []
        var errors: [RuntimeSourceError] = []
        for name in names {
            let data = try SpecFileReader.read(sources.appendingPathComponent(name)).get()
            let path = Self.sourcesPath + "/" + name
            switch RuntimeSourceParser.parse(name: name, path: path, text: String(decoding: data, as: UTF8.self)) {
            case .success(let file): files.append(file)
            case .failure(let error): errors.append(error)
            }
        }
        guard errors.isEmpty else { throw RuntimeSourceErrors(errors: errors) }
        return Runtime(files: files)
    }

    /// The embedded copy of `runtime`.
    public func embeddedFile(of runtime: Runtime) -> GeneratedFile {
        GeneratedFile(name: Self.embeddedFileName, contents: EmbeddedRuntimeRenderer.render(runtime, folder: Self.sourcesPath))
    }

    /// Writes the embedded copy of `runtime` when it changed; returns the changed file names.
    @discardableResult
    public func writeEmbedded(_ runtime: Runtime) throws -> [String] {
        try OutputDirectory(url: embeddedFolder).write([embeddedFile(of: runtime)])
    }

    /// How the committed embedded copy differs from `runtime`'s.
    public func differences(from runtime: Runtime) throws -> [OutputDifference] {
        try OutputDirectory(url: embeddedFolder).differences(from: [embeddedFile(of: runtime)])
    }
}

/// Every problem found in the runtime's source files.
public struct RuntimeSourceErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, by file.
    public var errors: [RuntimeSourceError]

    /// One diagnostic per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
