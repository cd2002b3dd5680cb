import Foundation
import XCTest
@testable import OpenAPIGenKit

final class EnumLoweringTests: XCTestCase {
    private func enumDecl(_ schema: String, leniencies: [Leniency] = [], file: StaticString = #filePath, line: UInt = #line) throws -> EnumDecl {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: ##"{"E": \##(schema)}"##))
        XCTAssertEqual(diagnostics.map(\.leniency), leniencies, diagnostics.description, file: file, line: line)
        return try XCTUnwrap(model?.type("E")?.enumDecl, file: file, line: line)
    }

    func testStringEnumCasesAndRawValues() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["on-sale", "SOLD_OUT", "in stock", "default", "Type", "3d", "say \"hi\""]}"##)
        XCTAssertEqual(decl.rawType, .string)
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "onSale", rawValue: .string("on-sale")),
            EnumCase(name: "soldOut", rawValue: .string("SOLD_OUT")),
            EnumCase(name: "inStock", rawValue: .string("in stock")),
            EnumCase(name: "default", rawValue: .string("default")),
            EnumCase(name: "type", rawValue: .string("Type")),
            EnumCase(name: "_3d", rawValue: .string("3d")),
            EnumCase(name: "sayHi", rawValue: .string(#"say "hi""#)),
        ])
    }

    func testUndocumentedAndOtherReservedNamesAreRenamed() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["undocumented", "rawValue", "allCases", "init", "self"]}"##)
        XCTAssertEqual(decl.cases.map(\.name), ["undocumented2", "rawValue2", "allCases2", "_init", "_self"])
        XCTAssertEqual(decl.cases.map(\.rawValue), [.string("undocumented"), .string("rawValue"), .string("allCases"), .string("init"), .string("self")])
    }

    func testCollidingCaseNamesGetSuffixes() throws {
        let decl = try enumDecl(##"{"type": "string", "enum": ["a-b", "a_b", "aB", "a-b"]}"##, leniencies: [.duplicateEnumValue])
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "aB", rawValue: .string("a-b")),
            EnumCase(name: "aB2", rawValue: .string("a_b")),
            EnumCase(name: "aB3", rawValue: .string("aB")),
        ])
    }

    func testIntegerEnum() throws {
        let decl = try enumDecl(##"{"type": "integer", "enum": [1, -2, 30, 1]}"##, leniencies: [.duplicateEnumValue])
        XCTAssertEqual(decl.rawType, .int)
        XCTAssertEqual(decl.cases, [
            EnumCase(name: "_1", rawValue: .integer(1)),
            EnumCase(name: "negative2", rawValue: .integer(-2)),
            EnumCase(name: "_30", rawValue: .integer(30)),
        ])
    }

    func testUntypedIntegerValuesMakeAnIntegerEnum() throws {
        let decl = try enumDecl(##"{"enum": [200, 404, null]}"##)
        XCTAssertEqual(decl.rawType, .int)
        XCTAssertEqual(decl.cases.map(\.rawValue), [.integer(200), .integer(404)])
    }

    func testNullIsLeftOutOfNullableEnum() throws {
        let decl = try enumDecl(##"{"type": "string", "nullable": true, "enum": ["a", null]}"##)
        XCTAssertEqual(decl.cases, [EnumCase(name: "a", rawValue: .string("a"))])
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
            EnumCase(name: "completed", rawValue: .string("COMPLETED")), EnumCase(name: "creating", rawValue: .string("CREATING")),
            EnumCase(name: "failed", rawValue: .string("FAILED")), EnumCase(name: "deleting", rawValue: .string("DELETING")),
            EnumCase(name: "restoring", rawValue: .string("RESTORING")),
        ])
    }
}
