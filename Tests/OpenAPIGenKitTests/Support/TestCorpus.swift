import Foundation
@testable import OpenAPIGenKit

/// The corpus of real public OpenAPI documents named by `$OPENAPI_GEN_CORPUS` (`../shared/corpus`; never copied
/// into this package).
enum TestCorpus {
    /// The corpus folder, or nil after printing one line that says why `tests` skip it.
    static func folder(for tests: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment["OPENAPI_GEN_CORPUS"] ?? ""
        var isFolder: ObjCBool = false
        guard !environment.isEmpty, FileManager.default.fileExists(atPath: environment, isDirectory: &isFolder), isFolder.boolValue else {
            print("\(tests): OPENAPI_GEN_CORPUS is not set to a folder; skipping the corpus (set it to ../shared/corpus)")
            return nil
        }
        return URL(fileURLWithPath: environment, isDirectory: true).standardizedFileURL
    }

    /// The single-file OpenAPI 3.0 documents: top-level `*.json` (not `sources.json`) and `yaml/*.yaml`/`*.yml`
    /// whose `openapi` is 3.0.x, as (path relative to the corpus, contents, value), sorted by path.
    static func openAPI30Documents(in corpus: URL) throws -> [(path: String, data: Data, value: JSONValue)] {
        let manager = FileManager.default
        var paths = try manager.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".json") && $0 != "sources.json" }
        let yaml = corpus.appendingPathComponent("yaml")
        if manager.fileExists(atPath: yaml.path) {
            paths += try manager.contentsOfDirectory(atPath: yaml.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "yaml/" + $0 }
        }
        return try paths.sorted().compactMap { path in
            let data = try Data(contentsOf: corpus.appendingPathComponent(path))
            var diagnostics = DiagnosticBag()
            guard let value = DocumentLoader.load(data, file: path, diagnostics: &diagnostics),
                  value.objectValue?["openapi"]?.stringValue?.hasPrefix("3.0.") == true else { return nil }
            return (path, data, value)
        }
    }
}
