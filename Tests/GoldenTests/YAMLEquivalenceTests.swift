import Foundation
import OpenAPIGenKit
import XCTest

/// A document in YAML generates exactly what it generates in JSON. The test makes the YAML copies itself, with
/// `YAMLWriter`, in block style and in flow style, for every JSON API in `specs/` and for every single-file
/// OpenAPI 3.0 document of the corpus (`$OPENAPI_GEN_CORPUS`), and compares the generated files byte for byte;
/// only the header's `// Source:` line names the `.yaml` file instead of the `.json` one.
///
/// It also reads the corpus's real YAML documents (`yaml/`): every one loads, and each OpenAPI 3.0 one
/// generates (except for `$ref`s to files that are not in the corpus).
final class YAMLEquivalenceTests: XCTestCase {
    func testSpecsGenerateTheSameSwiftFromYAML() throws {
        let specs = packageRoot.appendingPathComponent("specs")
        for api in try SpecCatalog(specsURL: specs).apis() where api.files.allSatisfy({ $0.pathExtension == "json" }) {
            let sources = try SpecCatalog.sources(api.files, relativeTo: packageRoot)
            for failure in Self.differences(from: sources, label: "specs/\(api.name)") { XCTFail(failure) }
        }
    }

    func testCorpusDocumentsGenerateTheSameSwiftFromYAML() throws {
        guard let corpus = CorpusLocation.folder(for: "YAML equivalence tests") else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".json") && $0 != "sources.json" }.sorted()
        let sources = try names.compactMap { name -> SpecSource? in
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["openapi"] as? String)?.hasPrefix("3.0") == true ? SpecSource(displayPath: name, data: data) : nil
        }
        XCTAssertFalse(sources.isEmpty, "no OpenAPI 3.0 document in \(corpus.path)")
        let started = Date()
        final class Failures: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [Int: [String]] = [:]
            func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
            var all: [String] { lock.withLock { values.keys.sorted().flatMap { values[$0] ?? [] } } }
        }
        let failures = Failures()
        // The biggest documents first, spread over the cores: generation is a pure function of its input.
        let order = sources.indices.sorted { sources[$0].data.count > sources[$1].data.count }
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let index = order[slot]
            failures.set(index, Self.differences(from: [sources[index]], label: sources[index].displayPath))
        }
        for failure in failures.all { XCTFail(failure) }
        print("YAML equivalence tests: \(sources.count) corpus documents generated from JSON, block YAML and flow YAML in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    func testTheCorpusYAMLDocumentsAreRead() throws {
        guard let corpus = CorpusLocation.folder(for: "YAML corpus tests") else { return }
        let folder = corpus.appendingPathComponent("yaml")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        XCTAssertFalse(names.isEmpty, "no YAML document in \(folder.path)")
        for name in names {
            let url = folder.appendingPathComponent(name)
            let data = try Data(contentsOf: url)
            var diagnostics = DiagnosticBag()
            let value = YAMLLoader.load(data, file: name, diagnostics: &diagnostics)
            XCTAssertNotNil(value, "\(name): \(diagnostics.all.map(\.description))")
            guard let version = value?.objectValue?["openapi"]?.stringValue, version.hasPrefix("3.0") else { continue }
            let result = Pipeline.generate([SpecSource(displayPath: "yaml/\(name)", data: data, url: url)])
            let unexpected = result.diagnostics.filter { $0.severity == .error && !$0.message.contains("leaves the spec folder") }
            XCTAssertEqual(unexpected.map(\.description), [], name)
            if result.diagnostics.allSatisfy({ $0.severity != .error }) {
                XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames, name)
            }
        }
    }

    // MARK: - Helpers

    private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Generates `sources` as they are, then with every document turned into YAML (block, then flow style), and
    /// describes every difference.
    private static func differences(from sources: [SpecSource], label: String) -> [String] {
        let expected = Pipeline.generate(sources)
        guard expected.succeeded else { return ["\(label): the JSON does not generate: \(expected.diagnostics.prefix(3))"] }
        var failures: [String] = []
        for style in [YAMLWriter.Style.block, .flow] {
            var renamed: [String: String] = [:]
            var yamlSources: [SpecSource] = []
            for source in sources {
                var diagnostics = DiagnosticBag()
                guard let value = JSONLoader.load(source.data, file: source.displayPath, diagnostics: &diagnostics) else { return ["\(label): \(source.displayPath) does not load"] }
                let path = String(source.displayPath.dropLast(".json".count)) + ".yaml"
                renamed[source.displayPath] = path
                yamlSources.append(SpecSource(displayPath: path, data: Data(YAMLWriter.text(value, style: style).utf8)))
            }
            let actual = Pipeline.generate(yamlSources)
            let errors = actual.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                failures.append("\(label), \(style): \(errors.prefix(3).map(\.description))")
                continue
            }
            if actual.files.map(\.name) != expected.files.map(\.name) { failures.append("\(label), \(style): other files: \(actual.files.map(\.name))") }
            for (want, got) in zip(expected.files, actual.files) {
                var wanted = want.contents
                for (json, yaml) in renamed { wanted = wanted.replacingOccurrences(of: "// Source: \(json)\n", with: "// Source: \(yaml)\n") }
                guard got.contents != wanted else { continue }
                let a = wanted.split(separator: "\n", omittingEmptySubsequences: false)
                let b = got.contents.split(separator: "\n", omittingEmptySubsequences: false)
                let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                failures.append("\(label), \(style): \(want.name) differs at line \(index + 1):\n- \(index < a.count ? a[index] : "")\n+ \(index < b.count ? b[index] : "")")
            }
        }
        return failures
    }
}

/// The corpus folder named by `$OPENAPI_GEN_CORPUS`, or nil after printing why the tests skip it.
enum CorpusLocation {
    static func folder(for tests: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment["OPENAPI_GEN_CORPUS"] ?? ""
        var isFolder: ObjCBool = false
        guard !environment.isEmpty, FileManager.default.fileExists(atPath: environment, isDirectory: &isFolder), isFolder.boolValue else {
            print("\(tests): OPENAPI_GEN_CORPUS is not set to a folder; skipping the corpus (set it to ../shared/corpus)")
            return nil
        }
        return URL(fileURLWithPath: environment, isDirectory: true).standardizedFileURL
    }
}
