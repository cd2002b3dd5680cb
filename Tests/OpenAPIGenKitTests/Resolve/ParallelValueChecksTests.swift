import Foundation
import XCTest
@testable import OpenAPIGenKit

/// For a document with 100 or more schemas and operations the pipeline checks schema values (`SchemaValueChecks`)
/// on another thread while it lowers (`Pipeline.lowered`): the findings must be the ones the resolver reports when
/// it checks them itself, in both modes, and the output the same as for a document checked on one thread.
final class ParallelValueChecksTests: XCTestCase {
    /// Four value mistakes (one in an `allOf` part, whose pointer is found in the parsed document's JSON) among
    /// `fillers` plain schemas.
    private func document(fillers: Int) -> String {
        var schemas = [
            ##""Sized": {"type": "object", "properties": {"size": {"type": "integer", "default": "large"}}}"##,
            ##""Stamped": {"type": "object", "properties": {"at": {"type": "string", "format": "date-time", "example": "2020-01-01T00:00:00+0100"}}}"##,
            ##""Colour": {"type": "string", "enum": ["red", "green", "red"]}"##,
            ##""Base": {"type": "object", "properties": {"id": {"type": "string"}}}"##,
            ##""Derived": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["id", "ghost"], "properties": {"x": {"type": "string"}}}]}"##,
        ]
        for index in 0..<fillers {
            schemas.append(##""Filler\##(index)": {"type": "object", "properties": {"name": {"type": "string"}, "next": {"$ref": "#/components/schemas/Sized"}}}"##)
        }
        return Fixture.spec(schemas: "{" + schemas.joined(separator: ",\n") + "}")
    }

    private func lenientFindings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.leniency != nil }.map { "\($0.severity) \($0.pointer?.description ?? "") \($0.message)" }.sorted()
    }

    func testTheFindingsAreTheResolversOwn() throws {
        let text = document(fillers: 150)
        let sequential = lenientFindings(Stages.resolve(text).diagnostics)
        XCTAssertEqual(sequential.count, 4, "\(sequential)")
        let result = Stages.generate(text)
        XCTAssertEqual(lenientFindings(result.diagnostics), sequential)
        XCTAssertFalse(result.files.isEmpty)
        XCTAssertEqual(result.model?.types.count, 155, "every schema is lowered")
    }

    func testStrictModeRefusesEachAndWritesNothing() throws {
        let source = SpecSource(displayPath: "t.json", data: Data(document(fillers: 150).utf8))
        var config = GeneratorConfig()
        config.strict = true
        let result = Pipeline.generate([source], config: config)
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(Set(errors.compactMap(\.leniency)), [.mismatchedDefault, .mismatchedExample, .duplicateEnumValue, .requiredWithoutProperty])
        XCTAssertEqual(errors.count, 4)
        XCTAssertEqual(result.files, [])
        XCTAssertNil(result.model)
    }

    /// The same mistakes in a small document (checked before lowering, on one thread) read the same.
    func testTheSameFindingsBelowTheThreshold() {
        let small = lenientFindings(Stages.generate(document(fillers: 3)).diagnostics)
        let large = lenientFindings(Stages.generate(document(fillers: 150)).diagnostics)
        XCTAssertEqual(small, large)
        XCTAssertEqual(large.count, 4)
    }
}
