import Foundation
import XCTest
@testable import OpenAPIGenKit

final class EnumLoweringTests: XCTestCase {
    private func enumDecl(_ schema: String, leniencies: [Leniency] = [], file: StaticString = #filePath, line: UInt = #line) throws -> EnumDecl {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: ##"{"E": \##(schema)}"##))
        XCTAssertEqual(diagnostics.map(\.leniency), leniencies, diagnostics.description, file: file, line: line)
        return try XCTUnwrap(model?.type("E")?.enumDecl, file: file, line: line)
    }

    func testStringEnumCasesAndLiterals() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["on-sale", "SOLD_OUT", "in stock", "default", "Type", "3d", "say \"hi\""]}"##)
        XCTAssertEqual(decl.rawType, .string)
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "onSale", literal: ##""on-sale""##),
            EnumCase(name: "soldOut", literal: ##""SOLD_OUT""##),
            EnumCase(name: "inStock", literal: ##""in stock""##),
            EnumCase(name: "default", literal: ##""default""##),
            EnumCase(name: "type", literal: ##""Type""##),
            EnumCase(name: "_3d", literal: ##""3d""##),
            EnumCase(name: "sayHi", literal: ##""say \"hi\"""##),
        ])
    }

    func testUndocumentedAndOtherReservedNamesAreRenamed() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["undocumented", "rawValue", "allCases", "init", "self"]}"##)
        XCTAssertEqual(decl.cases.map(\.name), ["undocumented2", "rawValue2", "allCases2", "_init", "_self"])
        XCTAssertEqual(decl.cases.map(\.literal), [##""undocumented""##, ##""rawValue""##, ##""allCases""##, ##""init""##, ##""self""##])
    }

    func testCollidingCaseNamesGetSuffixes() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["a-b", "a_b", "aB", "a-b"]}"##, leniencies: [.duplicateEnumValue])
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "aB", literal: ##""a-b""##),
            EnumCase(name: "aB2", literal: ##""a_b""##),
            EnumCase(name: "aB3", literal: ##""aB""##),
        ])
    }

    func testIntegerEnum() throws {
        let decl = try enumDecl(##"{"type": "integer", "enum": [1, -2, 30, 1]}"##, leniencies: [.duplicateEnumValue])
        XCTAssertEqual(decl.rawType, .int)
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "_1", literal: "1"),
            EnumCase(name: "negative2", literal: "-2"),
            EnumCase(name: "_30", literal: "30"),
        ])
    }

    func testUntypedIntegerValuesMakeAnIntegerEnum() throws {
        let decl = try enumDecl(##"{"enum": [200, 404, null]}"##)
        XCTAssertEqual(decl.rawType, .int)
        XCTAssertEqual(decl.cases.map(\.literal), ["200", "404"])
    }

    func testNullIsLeftOutOfNullableEnum() throws {
        let decl = try enumDecl(##"{"type": "string", "nullable": true, "enum": ["a", null]}"##)
        XCTAssertEqual(decl.cases, [EnumCase(name: "a", literal: ##""a""##)])
    }

    func testMismatchedValueIsLeftOutWithAWarning() throws {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: ##"{"E": {"type": "string", "enum": ["a", 5]}}"##))
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["components", "schemas", "E", "enum", "1"]))
        XCTAssertEqual(model?.type("E")?.enumDecl?.cases.map(\.name), ["a"])
    }

    func testIonosStateEnum() throws {
        let (model, _) = Stages.lower(try Fixture.specSources("IonosPostgreSQL"))
        let resourceType = try XCTUnwrap(model?.type("ResourceType")?.enumDecl)
        XCTAssertEqual(resourceType.cases.map(\.name), ["collection", "cluster", "backup", "user", "database"])
        XCTAssertEqual(resourceType.rawType, .string)
    }

    func testByCloudScreamingValuesBecomeLowerCamelCase() throws {
        let (model, _) = Stages.lower(try Fixture.specSources("ByCloudBackups"))
        let status = try XCTUnwrap(model?.type("DatabaseBackupStatus")?.enumDecl)
        XCTAssertEqual(status.cases, [
            EnumCase(name: "completed", literal: ##""COMPLETED""##), EnumCase(name: "creating", literal: ##""CREATING""##),
            EnumCase(name: "failed", literal: ##""FAILED""##), EnumCase(name: "deleting", literal: ##""DELETING""##),
            EnumCase(name: "restoring", literal: ##""RESTORING""##),
        ])
    }
}
