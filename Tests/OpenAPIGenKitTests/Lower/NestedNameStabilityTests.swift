import XCTest
@testable import OpenAPIGenKit

/// A nested type's name depends on its own schema and on the names its owner refers to, never on unrelated schemas.
final class NestedNameStabilityTests: XCTestCase {
    private func model(_ schemas: String, file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    private let settings = ##""Settings": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["fast", "safe"]}}}"##

    func testAnUnrelatedTopLevelSchemaDoesNotRenameANestedType() throws {
        let alone = try model("{\(settings)}")
        let withMode = try model(##"{\##(settings), "Mode": {"type": "string", "enum": ["a", "b"]}, "Settings_2": {"type": "object", "properties": {"x": {"type": "string"}}}}"##)
        XCTAssertEqual(alone.type("Settings")?.property("mode")?.type, .optional(.named("Settings.Mode")))
        XCTAssertEqual(withMode.type("Settings")?.property("mode")?.type, .optional(.named("Settings.Mode")))
        XCTAssertEqual(withMode.type("Settings")?.nested.map(\.name), ["Mode"])
        XCTAssertNotNil(withMode.type("Mode"))
    }

    func testANestedTypeDoesNotShadowATopLevelTypeItsOwnerUses() throws {
        let model = try model(##"""
            {"Mode": {"type": "string", "enum": ["a", "b"]},
             "Settings": {"type": "object", "properties": {
                "mode": {"type": "string", "enum": ["fast", "safe"]},
                "fallback": {"type": "object", "properties": {"preferred": {"$ref": "#/components/schemas/Mode"}}}}}}
            """##)
        let settings = try XCTUnwrap(model.type("Settings"))
        XCTAssertEqual(settings.property("mode")?.type, .optional(.named("Settings.Mode2")))
        XCTAssertEqual(settings.nestedType("Fallback")?.property("preferred")?.type, .optional(.named("Mode")))
    }

    func testANestedTypeDoesNotTakeItsOwnersName() throws {
        let model = try model(##"{"Settings": {"type": "object", "properties": {"settings": {"type": "object", "properties": {"x": {"type": "string"}}}}}}"##)
        XCTAssertEqual(model.type("Settings")?.property("settings")?.type, .optional(.named("Settings.Settings2")))
    }

    func testSymbolEnumValuesGetRealNames() throws {
        let model = try model(##"{"Op": {"type": "string", "enum": ["+", "-", "*", "/", "+1", "-1", ">="]}}"##)
        XCTAssertEqual(model.type("Op")?.enumDecl?.cases.map(\.name), ["plus", "minus", "asterisk", "slash", "plus1", "minus1", "greaterThanOrEqual"])
    }
}
