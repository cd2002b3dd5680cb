import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Every single-file OpenAPI 3.0 document of the corpus (`$OPENAPI_GEN_CORPUS`), rewritten as the OpenAPI 3.1
/// document that means the same (`OpenAPI31Conversion`: type arrays with "null", null branches, numeric exclusive
/// bounds, `examples`, `contentEncoding`), generates byte-identical Swift. Stripe's converted document is over
/// 4 MB, GitHub's over 2 MB: big real documents find the 3.1 shapes small fixtures miss.
final class OpenAPI31CorpusEquivalenceTests: XCTestCase {
    func testCorpusDocumentsGenerateTheSameSwiftAs31() throws {
        guard let corpus = TestCorpus.folder(for: "OpenAPI 3.1 corpus equivalence tests") else { return }
        let documents = try TestCorpus.openAPI30Documents(in: corpus)
        XCTAssertFalse(documents.isEmpty, "no OpenAPI 3.0 document in \(corpus.path)")
        let failures = Failures()
        let order = documents.indices.sorted { documents[$0].data.count > documents[$1].data.count }
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let document = documents[order[slot]]
            let source = SpecSource(displayPath: document.path, data: document.data, url: corpus.appendingPathComponent(document.path))
            failures.set(order[slot], Self.differences(source, converted: OpenAPI31Conversion().convert(document.value)))
        }
        for failure in failures.all { XCTFail(failure) }
        print("OpenAPI 3.1 corpus equivalence tests: \(documents.count) documents generated as 3.0 and as 3.1")
    }

    /// Moving component schemas into another component's `$defs` (and every `$ref` with them) declares the moved
    /// types inside the host's namespace, as `$defs` are, and changes nothing else.
    func testSchemasMovedIntoDefsKeepTheirShape() throws {
        let spec30 = Fixture.spec(
            schemas: ##"""
            {"Pet": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"}, "owner": {"$ref": "#/components/schemas/Owner"}}},
             "Tag": {"type": "string", "nullable": true, "example": "cat"},
             "Owner": {"type": "object", "required": ["age"], "properties": {"age": {"type": "integer", "minimum": 0, "exclusiveMinimum": true}}}}
            """##,
            paths: ##"{"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}}"##)
        var diagnostics = DiagnosticBag()
        let value = try XCTUnwrap(JSONLoader.load(Data(spec30.utf8), file: "spec.json", diagnostics: &diagnostics))
        let converted = OpenAPI31Conversion(movesToDefs: ["Owner"], hostForDefs: "Pet").convert(value)
        XCTAssertEqual(converted.value(at: JSONPointer(["components", "schemas", "Pet", "$defs", "Owner", "properties", "age", "exclusiveMinimum"])), .int(0))
        let result = Stages.generate(String(decoding: try DocumentText.data(converted), as: UTF8.self))
        XCTAssertEqual(result.diagnostics, [])
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("public var owner: Pet.Owner?"), types)
        XCTAssertTrue(types.contains("public var tag: Tag?"), types)
    }

    // MARK: - Helpers

    /// The differences between the Swift generated from `source` and from `converted` (given the same path).
    private static func differences(_ source: SpecSource, converted: JSONValue) -> [String] {
        let expected = Pipeline.generate([source])
        guard expected.succeeded else { return [] }  // documents that do not generate as 3.0 (refs outside the corpus)
        let data: Data
        do { data = try DocumentText.data(converted) } catch { return ["\(source.displayPath): the 3.1 document does not serialize: \(error)"] }
        let actual = Pipeline.generate([SpecSource(displayPath: source.displayPath, data: data, url: source.url)])
        let errors = actual.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return ["\(source.displayPath) as 3.1: \(errors.count) errors, the first: \(errors.prefix(3).map(\.description))"] }
        var failures: [String] = []
        if actual.files.map(\.name) != expected.files.map(\.name) { failures.append("\(source.displayPath) as 3.1: other files: \(actual.files.map(\.name))") }
        for (want, got) in zip(expected.files, actual.files) where want.contents != got.contents {
            let a = want.contents.split(separator: "\n", omittingEmptySubsequences: false)
            let b = got.contents.split(separator: "\n", omittingEmptySubsequences: false)
            let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            failures.append("\(source.displayPath) as 3.1: \(want.name) differs at line \(index + 1):\n- \(index < a.count ? a[index] : "")\n+ \(index < b.count ? b[index] : "")")
        }
        return failures
    }

    /// Failures per document, filled from concurrent work.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: [String]] = [:]
        func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
        var all: [String] { lock.withLock { values.keys.sorted().flatMap { values[$0] ?? [] } } }
    }
}
