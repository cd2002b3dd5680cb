import Foundation
import OpenAPIGenKit
import XCTest

/// Generates every document of the corpus of real public OpenAPI documents in `$OPENAPI_GEN_CORPUS`
/// (`../shared/corpus`; never copied into this package):
///
/// every OpenAPI 3.0.x and 3.1.x root document (top-level `*.json` except `sources.json`,
/// `digitalocean/DigitalOcean-public.v2.json`, whose external `$ref`s are read relative to it, and
/// `openapi-3.1/*.json`) generates with no error diagnostic, and a second run gives byte-identical files.
///
/// Without the corpus the tests print one line and pass. `Scripts/corpus-check` goes further: it compiles
/// each generated client and round-trips the documents' examples through the generated types.
final class CorpusTests: XCTestCase {
    /// The corpus folder, or nil after printing why not (once per run).
    private static let corpus: URL? = {
        let environment = ProcessInfo.processInfo.environment["OPENAPI_GEN_CORPUS"] ?? ""
        guard !environment.isEmpty else {
            print("corpus tests: OPENAPI_GEN_CORPUS is not set; skipping the corpus (set it to ../shared/corpus)")
            return nil
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: environment, isDirectory: &isFolder), isFolder.boolValue else {
            print("corpus tests: OPENAPI_GEN_CORPUS is '\(environment)', which is not a folder; skipping the corpus (set it to ../shared/corpus)")
            return nil
        }
        return URL(fileURLWithPath: environment, isDirectory: true).standardizedFileURL
    }()

    /// Root documents besides the top-level files.
    private static let multiFileRoots = ["digitalocean/DigitalOcean-public.v2.json"]
    /// Top-level JSON files that are not OpenAPI documents.
    private static let notDocuments: Set<String> = ["sources.json"]

    func testEveryOpenAPI30And31DocumentGeneratesWithoutErrorsAndDeterministically() throws {
        guard let corpus = Self.corpus else { return }
        let documents = try Self.rootDocuments(in: corpus).filter { try Self.version(of: $0).hasPrefix("3.0") || Self.version(of: $0).hasPrefix("3.1") }
        XCTAssertFalse(documents.isEmpty, "no OpenAPI 3.0 document in \(corpus.path)")
        XCTAssertTrue(try documents.contains { try Self.version(of: $0).hasPrefix("3.1") }, "no OpenAPI 3.1 document in \(corpus.path)")
        let sources = try documents.map { try Self.source($0, corpus: corpus) }
        let started = Date()
        // Both runs of every document, spread over the cores: the pipeline is a pure function of its input.
        let runs = Self.generateConcurrently(sources + sources)
        let (first, second) = (runs.prefix(sources.count), runs.suffix(sources.count))
        for (source, (one, two)) in zip(sources, zip(first, second)) {
            let errors = one.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                let shown = errors.prefix(5).map(\.description).joined(separator: "\n")
                XCTFail("\(source.displayPath): \(errors.count) error diagnostics, the first ones:\n\(shown)")
                continue
            }
            XCTAssertEqual(one.files.map(\.name), Pipeline.outputFileNames, source.displayPath)
            XCTAssertEqual(two.diagnostics, one.diagnostics, "\(source.displayPath): the diagnostics differ between two runs")
            XCTAssertEqual(two.files.map(\.name), one.files.map(\.name), source.displayPath)
            for (a, b) in zip(one.files, two.files) where a != b {
                XCTFail("\(source.displayPath): \(a.name) differs between two runs, first at line \(Self.firstDifferentLine(a.contents, b.contents))")
            }
        }
        print("corpus tests: \(documents.count) OpenAPI 3.0 and 3.1 documents generated twice in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    // MARK: - Helpers

    /// Top-level `*.json` (except `sources.json`), the multi-file roots, and `openapi-3.1/*.json`, sorted.
    private static func rootDocuments(in corpus: URL) throws -> [URL] {
        let manager = FileManager.default
        var paths = try manager.contentsOfDirectory(atPath: corpus.path).filter { name in
            var isFolder: ObjCBool = false
            return name.hasSuffix(".json") && !notDocuments.contains(name)
                && manager.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        paths += multiFileRoots.filter { manager.fileExists(atPath: corpus.appendingPathComponent($0).path) }
        let v31 = corpus.appendingPathComponent("openapi-3.1")
        if manager.fileExists(atPath: v31.path) {
            paths += try manager.contentsOfDirectory(atPath: v31.path).filter { $0.hasSuffix(".json") }.map { "openapi-3.1/" + $0 }
        }
        return paths.sorted().map { corpus.appendingPathComponent($0) }
    }

    /// The document's `openapi` field, or "" when it has none.
    private static func version(of url: URL) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return object?["openapi"] as? String ?? ""
    }

    /// The document as a source whose display path is relative to the corpus and whose URL lets external
    /// `$ref`s be read.
    private static func source(_ url: URL, corpus: URL) throws -> SpecSource {
        SpecSource(displayPath: SpecCatalog.displayPath(of: url, relativeTo: corpus), data: try Data(contentsOf: url), url: url)
    }

    /// `Pipeline.generate` for each source, in order, running as many at once as there are cores.
    private static func generateConcurrently(_ sources: [SpecSource]) -> [GenerationResult] {
        final class Results: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [Int: GenerationResult] = [:]
            func set(_ index: Int, _ value: GenerationResult) { lock.withLock { values[index] = value } }
            func all(_ count: Int) -> [GenerationResult] { lock.withLock { (0..<count).map { values[$0]! } } }
        }
        let results = Results()
        // The biggest documents first, so that the cores finish at about the same time.
        let order = sources.indices.sorted { sources[$0].data.count > sources[$1].data.count }
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let index = order[slot]
            results.set(index, Pipeline.generate([sources[index]]))
        }
        return results.all(sources.count)
    }

    private static func firstDifferentLine(_ one: String, _ two: String) -> Int {
        let a = one.split(separator: "\n", omittingEmptySubsequences: false)
        let b = two.split(separator: "\n", omittingEmptySubsequences: false)
        return (zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)) + 1
    }
}
