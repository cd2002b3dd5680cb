import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The fuzz parameters, the seed APIs, the cases and the properties every result must have. The mutations are in
/// `SpecMutator.swift`, the runs of the binary in `SpecFuzzProcess.swift`.
enum SpecFuzz {
    /// How many in-process cases run (about 30 s in a debug build on two cores).
    static let caseCount = 2_000
    /// How many cases also run through the binary.
    static let subprocessCaseCount = 50
    /// The seed of the case generator.
    static let seed: UInt64 = 20_261_124
    /// The package root, four levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One API of `specs/`: its documents and its `openapi-gen.json`, if any.
    struct SeedAPI {
        var name: String
        var sources: [SpecSource]
        var config: SpecSource?
        /// Each document parsed, for the tree mutations.
        var trees: [JSONValue?]
    }

    /// One case: the API's documents with one of them mutated.
    struct Case {
        var label: String
        var sources: [SpecSource]
        var config: SpecSource?

        /// Runs the pipeline. External references are read from the case's own documents, or else from the
        /// unchanged files inside `specs/` (the shared files a seed API refers to), never from anywhere else.
        func run() -> GenerationResult {
            var files: [String: Data] = [:]
            for source in sources {
                if let url = source.url { files[url.standardizedFileURL.path] = source.data }
            }
            let known = files
            let specsFolder = SpecFuzz.packageRoot.appendingPathComponent("specs").standardizedFileURL.path + "/"
            return Pipeline.generate(sources, configSource: config, fileReader: { url in
                let path = url.standardizedFileURL.path
                if let data = known[path] { return data }
                return path.hasPrefix(specsFolder) ? Pipeline.readFile(url) : nil
            })
        }
    }

    static func seedAPIs() throws -> [SeedAPI] {
        let specs = SpecFuzz.packageRoot.appendingPathComponent("specs")
        return try SpecCatalog(specsURL: specs).apis().map { api in
            let sources = try SpecCatalog.sources(api.files, relativeTo: SpecFuzz.packageRoot)
            let configURL = specs.appendingPathComponent(api.name).appendingPathComponent("openapi-gen.json")
            let config = try FileManager.default.fileExists(atPath: configURL.path)
                ? SpecSource(displayPath: "specs/\(api.name)/openapi-gen.json", data: Data(contentsOf: configURL), url: configURL) : nil
            return SeedAPI(name: api.name, sources: sources, config: config, trees: sources.map { parse($0.data, yaml: isYAML($0)) })
        }
    }

    /// Whether the pipeline reads `source` as YAML.
    static func isYAML(_ source: SpecSource) -> Bool {
        DocumentFormat.of(path: source.displayPath, data: source.data) == .yaml
    }

    /// The document in `data` (YAML or JSON), or nil when it is not valid.
    static func parse(_ data: Data, yaml: Bool) -> JSONValue? {
        guard yaml else { return JSONReader.read(data).value }
        if case .success(let value?) = YAMLLoader.read(data) { return value }
        return nil
    }

    /// Case `index`: a random API, a random document of it, one to three mutations.
    static func makeCase(_ index: Int, apis: [SeedAPI], random: inout SplitMix64) -> Case {
        let api = apis[random.below(apis.count)]
        let fileIndex = random.below(api.sources.count)
        var data = api.sources[fileIndex].data
        var tree = api.trees[fileIndex]
        let yaml = isYAML(api.sources[fileIndex])
        var names: [String] = []
        for _ in 0..<(1 + random.below(3)) {
            let mutation = Mutation.allCases[random.below(Mutation.allCases.count)]
            names.append(mutation.rawValue)
            mutation.apply(to: &data, tree: &tree, yaml: yaml, random: &random)
        }
        var sources = api.sources
        sources[fileIndex].data = data
        let label = "#\(index) \(api.name)/\(URL(fileURLWithPath: api.sources[fileIndex].displayPath).lastPathComponent) \(names.joined(separator: "+"))"
        return Case(label: label, sources: sources, config: api.config)
    }

    /// The properties every result must have.
    static func check(_ result: GenerationResult, of fuzzCase: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = fuzzCase.label
        let errors = result.diagnostics.filter { $0.severity == .error }
        if result.succeeded {
            XCTAssertEqual(result.files.count, Pipeline.outputFileNames.count, "\(label): succeeded without all files", file: file, line: line)
            for generated in result.files where !generated.contents.hasPrefix(FileHeader.marker) {
                XCTFail("\(label): \(generated.name) lacks the header", file: file, line: line)
            }
        } else {
            XCTAssertFalse(errors.isEmpty, "\(label): failed without an error", file: file, line: line)
            XCTAssertTrue(result.files.isEmpty, "\(label): failed but produced files", file: file, line: line)
        }
        XCTAssertEqual(result.diagnostics, result.diagnostics.sorted(), "\(label): diagnostics are not sorted", file: file, line: line)
        let validJSON = Dictionary(fuzzCase.sources.map { source in
            (source.displayPath, isYAML(source) ? parse(source.data, yaml: true) != nil : JSONReader.read(Data(source.data.trimmingUTF8BOM)).fault == nil)
        }, uniquingKeysWith: { $1 })
        for diagnostic in result.diagnostics {
            XCTAssertFalse(diagnostic.file.isEmpty, "\(label): a diagnostic without a file: \(diagnostic)", file: file, line: line)
            XCTAssertFalse(diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): an empty message: \(diagnostic)", file: file, line: line)
            XCTAssertLessThanOrEqual(diagnostic.description.utf8.count, 4_000, "\(label): an unbounded diagnostic", file: file, line: line)
            if diagnostic.pointer != nil, validJSON[diagnostic.file] == true {
                XCTAssertNotNil(diagnostic.line, "\(label): a pointer without a line: \(diagnostic)", file: file, line: line)
            }
        }
    }

    /// A message with its quoted parts and numbers blanked, so that messages of one kind count once.
    static func messageKind(_ message: String) -> String {
        var result = ""
        var quote: Character?
        for character in message {
            if let open = quote {
                if character == open { quote = nil; result.append(character) }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                result += "\(character)…"
            } else if character.isNumber, !(result.last.map { $0.isLetter || $0 == "-" } ?? false) {
                if result.last != "#" { result.append("#") }
            } else {
                result.append(character)
            }
        }
        return String(result.prefix(160))
    }
}

/// The UTF-8 byte order mark, which `check` ignores when it decides whether a document is valid JSON.
private extension Data {
    /// The bytes without a leading UTF-8 byte order mark.
    var trimmingUTF8BOM: Data {
        starts(with: [0xEF, 0xBB, 0xBF]) ? dropFirst(3) : self
    }
}
