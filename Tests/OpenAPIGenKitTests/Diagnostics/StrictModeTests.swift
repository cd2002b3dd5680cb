import Foundation
@testable import OpenAPIGenKit
import XCTest

/// The whole pipeline on `specs/Lenient`, a document with every lenient case: it generates with warnings, and in
/// strict mode (argument or config key) it reports every lenient reading as an error and writes nothing.
final class StrictModeTests: XCTestCase {
    private func sources() throws -> [SpecSource] {
        try Fixture.specSources("Lenient")
    }

    func testEveryLenientCaseIsAWarningAndTheClientIsGenerated() throws {
        let result = Pipeline.generate(try sources())
        XCTAssertTrue(result.succeeded, result.diagnostics.description)
        XCTAssertEqual(result.diagnostics.map(\.severity), Array(repeating: .warning, count: result.diagnostics.count))
        XCTAssertEqual(Set(result.diagnostics.compactMap(\.leniency)), Set(Leniency.allCases), "the spec shows every kind")
        XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
        let client = result.file("Client.swift")
        XCTAssertTrue(client.contains("public func getItem(itemId: Swift.String) async throws -> Item"), client)
        XCTAssertTrue(joiningParameterLists(trimmedLines(client)).contains("public func getItem2(shelfId: Swift.Int, itemId: Swift.String) async throws -> Item {"), client)
        XCTAssertTrue(client.contains(#"operationID: "getItem_2""#), client)
        XCTAssertTrue(client.contains("public func listItems(limit: Swift.String? = nil) async throws -> [Item]"), client)
        XCTAssertTrue(client.contains("security: [[]]"), "undeclared schemes are ignored for auth")
    }

    func testStrictArgumentMakesEachLenientCaseAnErrorAndWritesNothing() throws {
        let lenient = Pipeline.generate(try sources())
        let strict = Pipeline.generate(try sources(), strict: true)
        XCTAssertFalse(strict.succeeded)
        XCTAssertEqual(strict.files, [])
        XCTAssertNil(strict.model)
        XCTAssertEqual(strict.diagnostics.map(\.severity), Array(repeating: .error, count: lenient.diagnostics.count))
        XCTAssertEqual(strict.diagnostics.map(\.pointer), lenient.diagnostics.map(\.pointer), "every stage still runs, so one run reports all")
        XCTAssertEqual(
            strict.diagnostics.first?.message,
            "2 operations name the security scheme 'bearer', which is not in components.securitySchemes (strict mode; otherwise ignored for auth)"
        )
    }

    func testStrictConfigKey() throws {
        let config = SpecSource(displayPath: "specs/Lenient/openapi-gen.json", data: Data(#"{"strict": true}"#.utf8))
        let result = Pipeline.generate(try sources(), configSource: config)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.files, [])
        XCTAssertTrue(Pipeline.generate(try sources(), configSource: SpecSource(displayPath: "c.json", data: Data(#"{"strict": false}"#.utf8))).succeeded)
    }

    func testStrictModeLeavesDocumentsWithoutLenientCasesAlone() throws {
        let result = Pipeline.generate(try Fixture.specSources("DatabaseBackups"), strict: true)
        XCTAssertTrue(result.succeeded, result.diagnostics.description)
    }

    func testErrorsWithoutASafeReadingStayErrorsAndStopTheStage() {
        let text = Fixture.spec(schemas: ##"{"A": {"type": "strng", "default": 1}, "B": {"$ref": "#/components/schemas/Nope"}}"##)
        let result = Stages.generate(text)
        XCTAssertEqual(result.diagnostics.map(\.severity), [.error], result.diagnostics.description)
        XCTAssertNil(result.diagnostics.first?.leniency)
    }
}
