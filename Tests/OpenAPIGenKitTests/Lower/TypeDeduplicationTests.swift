import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Identical inline schemas are declared once; the other copies become typealiases with their own names and docs.
final class TypeDeduplicationTests: XCTestCase {
    /// An operation `GET /<name>` whose 200 response is `schema` (JSON text).
    private func operation(_ name: String, _ schema: String) -> String {
        #""/\#(name)": {"get": {"operationId": "\#(name)", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": \#(schema)}}}}}}"#
    }

    private func model(paths: [String], schemas: String = "{}") throws -> APIModel {
        let text = Fixture.spec(schemas: schemas, paths: "{" + paths.joined(separator: ", ") + "}")
        let result = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
        XCTAssertEqual(result.diagnostics, [])
        return try XCTUnwrap(result.model)
    }

    private func aliases(_ model: APIModel) -> [String: String] {
        var result: [String: String] = [:]
        for decl in model.types {
            if case .alias(let target) = decl.kind { result[decl.name] = target.swift }
        }
        return result
    }

    private let errorBody = #"{"type": "object", "properties": {"errors": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "reason": {"type": "string"}}}}}}"#

    func testIdenticalInlineBodiesAreDeclaredOnceAndTheCopiesAlias() throws {
        let model = try model(paths: [operation("b", errorBody), operation("a", errorBody), operation("c", errorBody)])
        let keeper = try XCTUnwrap(model.types.first { if case .structure = $0.kind { return true } else { return false } })
        XCTAssertEqual(Set(aliases(model).values), [keeper.name])
        XCTAssertEqual(aliases(model).count, 2)
        XCTAssertEqual(keeper.nested.map(\.name), ["ErrorsItem"])
        // The keeper is the first by name, so adding a copy later in the alphabet never moves it.
        XCTAssertTrue(aliases(model).keys.allSatisfy { keeper.name < $0 })
    }

    func testNestedTypesStayReachableThroughTheAliasAndTheClientCompilesTheSameCalls() throws {
        let text = Fixture.spec(paths: "{" + [operation("a", errorBody), operation("b", errorBody)].joined(separator: ", ") + "}")
        let result = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
        let types = result.file("Types.swift")
        let names = try XCTUnwrap(result.model).types.map(\.name)
        XCTAssertEqual(names.count, 2)
        XCTAssertTrue(types.contains("public typealias \(names[1]) = \(names[0])"), types)
        XCTAssertEqual(types.components(separatedBy: "public struct ErrorsItem").count - 1, 1)
        // Each method still returns the type named after its own operation.
        XCTAssertTrue(result.file("Client.swift").contains("-> \(names[1])"))
    }

    func testAnInlineCopyOfAComponentAliasesTheComponent() throws {
        let schemas = #"{"Zeta": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}}"#
        let inline = #"{"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}"#
        let model = try model(paths: [operation("a", inline)], schemas: schemas)
        XCTAssertEqual(Array(aliases(model).values), ["Zeta"])
    }

    func testComponentsAreNeverReplacedAndDifferentShapesStaySeparate() throws {
        let schemas = #"""
            {"A": {"type": "object", "properties": {"id": {"type": "integer"}}},
             "B": {"type": "object", "properties": {"id": {"type": "integer"}}}}
            """#
        let other = #"{"type": "object", "properties": {"id": {"type": "string"}}}"#
        let required = #"{"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}"#
        let model = try model(paths: [operation("x", other), operation("y", required)], schemas: schemas)
        XCTAssertEqual(aliases(model), [:])
        XCTAssertEqual(model.types.count, 4)
    }

    /// An `anyOf` labels its variants by their types' names (`GetACreated.Variant1`) for decoding errors; copies
    /// whose variants are their own nested types are identical all the same.
    func testUnionsWhoseVariantsAreTheirOwnNestedTypesMerge() throws {
        let range = #"{"anyOf": [{"type": "object", "properties": {"gt": {"type": "integer"}}}, {"type": "integer"}]}"#
        let model = try model(paths: [operation("a", range), operation("b", range)])
        XCTAssertEqual(aliases(model), ["BResponse": "AResponse"])
        let keeper = try XCTUnwrap(model.type("AResponse"))
        guard case .anyOf(let union) = keeper.kind else { return XCTFail("\(keeper.kind)") }
        XCTAssertEqual(union.members.map(\.label), ["AResponse.Variant1", "Swift.Int"])
    }

    func testDocCommentsDoNotPreventMergingAndEachAliasKeepsItsOwn() throws {
        let first = #"{"type": "object", "description": "First.", "properties": {"id": {"type": "integer", "description": "one"}}}"#
        let second = #"{"type": "object", "description": "Second.", "properties": {"id": {"type": "integer", "description": "two"}}}"#
        let model = try model(paths: [operation("a", first), operation("b", second)])
        let alias = try XCTUnwrap(model.types.first { if case .alias = $0.kind { return true } else { return false } })
        XCTAssertEqual(alias.doc, "Second.")
    }

    /// The same declarations whatever the order of the paths (which copy is kept does not depend on it); only
    /// their order follows the document.
    func testDeclarationsAreTheSameWhateverTheOrderOfThePaths() throws {
        let forward = Fixture.spec(paths: "{" + [operation("a", errorBody), operation("b", errorBody)].joined(separator: ", ") + "}")
        let backward = Fixture.spec(paths: "{" + [operation("b", errorBody), operation("a", errorBody)].joined(separator: ", ") + "}")
        let one = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(forward.utf8))])
        let two = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(backward.utf8))])
        XCTAssertEqual(one.files.map(\.name), two.files.map(\.name))
        for (first, second) in zip(one.files, two.files) {
            XCTAssertEqual(first.contents.split(separator: "\n").sorted(), second.contents.split(separator: "\n").sorted(), first.name)
        }
        XCTAssertNotEqual(one.files, two.files, "methods and types follow the document's order")
    }
}
