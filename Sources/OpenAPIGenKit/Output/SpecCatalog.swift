#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The APIs of a project: each folder `specs/<Name>/` holds the JSON and YAML documents of one API, generated into
/// `Generated/<Name>/` and compiled as the target `<Name>API`.
public struct SpecCatalog {
    /// One API folder.
    public struct API: Hashable, Sendable {
        /// The folder name, `IonosPostgreSQL`.
        public var name: String
        /// The spec files (every `*.json`, `*.yaml` and `*.yml` except `openapi-gen.json`), sorted.
        public var files: [URL]
        /// The folder's `openapi-gen.json`, if there is one.
        public var config: URL?
    }

    /// The `specs` folder.
    public let specsURL: URL

    /// A catalog of `specsURL`.
    public init(specsURL: URL) {
        self.specsURL = specsURL
    }

    /// The API folders that hold at least one spec file, sorted by name.
    public func apis() throws -> [API] {
        let manager = FileManager.default
        return try manager.contentsOfDirectory(atPath: specsURL.path).sorted().compactMap { name in
            let folder = specsURL.appendingPathComponent(name)
            guard !name.hasPrefix("."), FileKind.at(folder.path) == .folder else { return nil }
            return try Self.api(in: folder)
        }
    }

    /// The API in one folder: its spec files and `openapi-gen.json`; nil when it holds no spec file.
    public static func api(in folder: URL) throws -> API? {
        let manager = FileManager.default
        let files = try manager.contentsOfDirectory(atPath: folder.path)
            .filter { DocumentFormat.isDocumentName($0) && $0 != "openapi-gen.json" && !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
        let config = folder.appendingPathComponent("openapi-gen.json")
        return files.isEmpty ? nil : API(name: folder.lastPathComponent, files: files, config: manager.fileExists(atPath: config.path) ? config : nil)
    }

    /// Reads the API's spec files and its config (if any), with display paths relative to `base`.
    public static func sources(of api: API, relativeTo base: URL) throws -> (specs: [SpecSource], config: SpecSource?) {
        (try sources(api.files, relativeTo: base), try api.config.map { try sources([$0], relativeTo: base)[0] })
    }

    /// Reads `files` into sources whose display paths are relative to `base` (or bare file names outside it).
    public static func sources(_ files: [URL], relativeTo base: URL) throws -> [SpecSource] {
        try files.map { SpecSource(displayPath: displayPath(of: $0, relativeTo: base), data: try SpecFileReader.read($0).get(), url: $0) }
    }

    /// `url` relative to `base` when inside it; otherwise its last path component, so no absolute path
    /// ever reaches generated output.
    public static func displayPath(of url: URL, relativeTo base: URL) -> String {
        let path = url.standardizedFileURL.path
        let root = base.standardizedFileURL.path.hasSuffix("/") ? base.standardizedFileURL.path : base.standardizedFileURL.path + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : url.lastPathComponent
    }
}
