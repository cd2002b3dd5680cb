import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Property-level schema features in the model: defaults, `readOnly`/`writeOnly`, `deprecated`,
/// `additionalProperties`, formats, name collisions and `nullable` through references.
final class FeaturePropertyLoweringTests: XCTestCase {
    private func properties(_ schemas: String, type: String = "A", allowWarnings: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Property] {
        let model = try FeatureSnippet.model(schemas, allowWarnings: allowWarnings, file: file, line: line)
        let decl = try XCTUnwrap(model.type(type), file: file, line: line)
        return Dictionary(uniqueKeysWithValues: decl.properties.map { ($0.isAdditionalProperties ? "*" : $0.jsonKey, $0) })
    }

    // MARK: - Defaults

    func testDefaultsBecomeValuesOfThePropertyTypeAndMakeThePropertyNonOptional() throws {
        let props = try properties(#"""
            {"Level": {"type": "string", "enum": ["low", "high"], "default": "high"},
             "Count": {"type": "integer", "default": 7},
             "A": {"type": "object", "properties": {
                "s": {"type": "string", "default": "a \"quoted\"\nline"}, "i": {"type": "integer", "default": -3},
                "i32": {"type": "integer", "format": "int32", "default": 2147483647}, "i64": {"type": "integer", "format": "int64", "default": 9007199254740993},
                "whole": {"type": "integer", "default": 4.0}, "d": {"type": "number", "default": 1.25}, "f": {"type": "number", "format": "float", "default": 2},
                "b": {"type": "boolean", "default": true}, "e": {"type": "string", "enum": ["on", "off", "default"], "default": "default"},
                "ref": {"$ref": "#/components/schemas/Level"}, "count": {"$ref": "#/components/schemas/Count"},
                "decorated": {"allOf": [{"$ref": "#/components/schemas/Level"}], "default": "low"},
                "day": {"type": "string", "format": "date", "default": "2024-02-29"},
                "at": {"type": "string", "format": "date-time", "default": "2018-09-02T03:00:00.178+02:00"},
                "bytes": {"type": "string", "format": "byte", "default": "aGk="},
                "list": {"type": "array", "items": {"type": "string", "enum": ["x", "y"]}, "default": ["y", "x"]},
                "map": {"type": "object", "additionalProperties": {"type": "integer"}, "default": {"b": 2, "a": 1}},
                "empty": {"type": "object", "additionalProperties": {"type": "string"}, "default": {}},
                "any": {"default": {"k": [true, null, 1.5, "s"]}}}}}
            """#)
        let expected: [String: LiteralValue] = [
            "s": .string("a \"quoted\"\nline"), "i": .integer(-3), "i32": .integer(2147483647), "i64": .integer(9007199254740993),
            "whole": .integer(4), "d": .number(1.25), "f": .integer(2),
            "b": .bool(true), "e": .enumCase("default"), "ref": .enumCase("high"), "count": .integer(7), "decorated": .enumCase("low"),
            "day": .date(year: 2024, month: 2, day: 29), "at": .dateTime(secondsSince1970: 1535850000.178),
            "bytes": .bytes([104, 105]), "list": .array([.enumCase("y"), .enumCase("x")]),
            "map": .dictionary([LiteralEntry(key: "b", value: .integer(2)), LiteralEntry(key: "a", value: .integer(1))]), "empty": .dictionary([]),
            "any": .json(.object(JSONObject(["k": .array([.bool(true), .null, .double(1.5), .string("s")])]))),
        ]
        XCTAssertEqual(props.compactMapValues(\.defaultValue), expected)
        XCTAssertTrue(props.values.allSatisfy { !$0.type.isOptional }, "\(props.values.filter { $0.type.isOptional }.map(\.jsonKey))")
        XCTAssertEqual(props["list"]?.type, .array(.named("A.ListItem")))
    }

    func testDefaultsThatDoNotMatchOrCannotBeWrittenAreLeftOut() throws {
        let schemas = #"""
            {"B": {"type": "object", "properties": {"x": {"type": "string"}}},
             "A": {"type": "object", "properties": {
                "obj": {"allOf": [{"$ref": "#/components/schemas/B"}], "default": {"x": "y"}},
                "wrong": {"type": "integer", "default": "many"}, "fraction": {"type": "integer", "default": 1.5},
                "overflow": {"type": "integer", "format": "int32", "default": 3000000000},
                "badDate": {"type": "string", "format": "date", "default": "yesterday"},
                "badTime": {"type": "string", "format": "date-time", "default": "2024-13-01T00:00:00Z"},
                "notInEnum": {"type": "string", "enum": ["a"], "default": "b"},
                "binary": {"type": "string", "format": "binary", "default": "aGk="},
                "null": {"type": "string", "default": null}}}}
            """#
        let diagnostics = Stages.lower(Fixture.spec(schemas: schemas)).diagnostics
        XCTAssertEqual(diagnostics.map(\.leniency), Array(repeating: .mismatchedDefault, count: 6), "the values of the wrong kind; the struct, binary and null defaults are left out silently")
        XCTAssertEqual(
            diagnostics.compactMap { $0.pointer?.tokens.dropLast().last },
            ["wrong", "fraction", "overflow", "badDate", "badTime", "notInEnum"]
        )
        let props = try properties(schemas, allowWarnings: true)
        for (key, property) in props {
            XCTAssertNil(property.defaultValue, key)
            XCTAssertTrue(property.type.isOptional, key)
        }
    }

    func testNullableDefaultStaysOptionalAndWriteOnlyIgnoresTheDefault() throws {
        let props = try properties(#"""
            {"A": {"type": "object", "required": ["secret"], "properties": {
                "note": {"type": "string", "nullable": true, "default": "none"},
                "secret": {"type": "string", "writeOnly": true, "default": "x"}}}}
            """#)
        XCTAssertEqual(props["note"]?.type, .optional(.string))
        XCTAssertEqual(props["note"]?.defaultValue, .string("none"))
        XCTAssertEqual(props["secret"]?.type, .optional(.string))
        XCTAssertNil(props["secret"]?.defaultValue)
        XCTAssertEqual(props["secret"]?.isRequired, false, "a write-only key is never in responses")
    }

    // MARK: - readOnly, writeOnly, deprecated

    func testReadOnlyAndWriteOnlyAreNotedInTheDocAndWriteOnlyIsOptional() throws {
        let props = try properties(#"""
            {"Id": {"type": "string", "readOnly": true},
             "A": {"type": "object", "required": ["id", "password", "ref"], "properties": {
                "id": {"type": "string", "readOnly": true, "description": "The ID.\n"},
                "password": {"type": "string", "writeOnly": true},
                "ref": {"$ref": "#/components/schemas/Id"},
                "decorated": {"allOf": [{"$ref": "#/components/schemas/Id"}], "writeOnly": true}}}}
            """#)
        XCTAssertEqual(props["id"]?.doc, "The ID.\n\nRead-only: set by the server.")
        XCTAssertEqual(props["id"]?.type, .string)
        XCTAssertEqual(props["password"]?.doc, "Write-only: sent to the server, never returned by it.")
        XCTAssertEqual(props["password"]?.type, .optional(.string))
        XCTAssertEqual(props["ref"]?.doc, "Read-only: set by the server.")
        XCTAssertEqual(props["decorated"]?.type, .optional(.named("Id")))
        XCTAssertEqual(props["decorated"]?.doc, "Read-only: set by the server.\n\nWrite-only: sent to the server, never returned by it.")
    }

    func testDeprecatedComponentIsDeclaredUnderscoredWithADeprecatedAlias() throws {
        let model = try FeatureSnippet.model(#"""
            {"Old": {"type": "object", "deprecated": true, "description": "Gone soon.", "properties": {"x": {"type": "string"}}},
             "A": {"type": "object", "properties": {"old": {"$ref": "#/components/schemas/Old"}, "gone": {"type": "string", "deprecated": true}}}}
            """#)
        XCTAssertEqual(model.types.map(\.name), ["Old", "_Old", "A"])
        XCTAssertEqual(model.type("Old")?.kind, .alias(.named("_Old")))
        XCTAssertEqual(model.type("Old")?.deprecated, true)
        XCTAssertEqual(model.type("Old")?.doc, "Gone soon.")
        XCTAssertEqual(model.type("_Old")?.deprecated, false)
        XCTAssertEqual(model.types.first { $0.origin == JSONPointer(["components", "schemas", "Old"]) }?.name, "_Old")
        XCTAssertEqual(model.type("Old")?.origin, JSONPointer(["components", "schemas", "Old", "deprecated"]))
        XCTAssertTrue(model.type("_Old")?.doc?.hasPrefix("Gone soon.\n\nDeprecated: callers should name this type `Old`") == true)
        let a = try XCTUnwrap(model.type("A"))
        XCTAssertEqual(a.property("old")?.type, .optional(.named("_Old")))
        XCTAssertEqual(a.property("old")?.deprecated, false)
        XCTAssertEqual(a.property("gone")?.deprecated, true)
        XCTAssertEqual(a.property("gone")?.storageName, "_gone")
        XCTAssertNil(a.property("old")?.storageName)
    }

    // MARK: - additionalProperties

    func testAdditionalPropertiesNextToPropertiesBecomeADictionaryProperty() throws {
        let typed = try properties(#"{"A": {"type": "object", "properties": {"additionalProperties": {"type": "string"}}, "additionalProperties": {"type": "integer", "nullable": true}}}"#)
        XCTAssertEqual(typed["*"]?.swiftName, "additionalProperties2")
        XCTAssertEqual(typed["*"]?.type, .dictionary(.optional(.int)))
        XCTAssertEqual(typed["*"]?.defaultValue, .dictionary([]))
        let free = try properties(#"{"A": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": true}}"#)
        XCTAssertEqual(free["*"]?.type, .dictionary(.json))
        let inline = try FeatureSnippet.model(#"{"A": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "object", "properties": {"n": {"type": "integer"}}}}}"#)
        XCTAssertEqual(inline.type("A")?.properties.last?.type, .dictionary(.named("A.AdditionalProperty")))
        let closed = try properties(#"{"A": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}}"#)
        XCTAssertNil(closed["*"])
        let absent = try properties(#"{"A": {"type": "object", "properties": {"a": {"type": "string"}}}}"#)
        XCTAssertNil(absent["*"])
    }

    func testObjectsWithoutPropertiesStayDictionaries() throws {
        let model = try FeatureSnippet.model(#"{"Map": {"type": "object", "additionalProperties": {"type": "string"}}, "Free": {"type": "object", "additionalProperties": true}, "Anything": {}}"#)
        XCTAssertEqual(model.type("Map")?.kind, .alias(.dictionary(.string)))
        XCTAssertEqual(model.type("Free")?.kind, .alias(.dictionary(.json)))
        XCTAssertEqual(model.type("Anything")?.kind, .alias(.json))
    }

    // MARK: - Formats

    func testFormatTable() {
        let table: [(String?, String?, TypeRef?)] = [
            ("integer", "int32", .int32), ("integer", "int64", .int64), ("integer", nil, .int), ("integer", "int16", .int),
            ("number", "float", .float), ("number", "double", .double), ("number", nil, .double), ("number", "decimal", .double),
            ("string", "date-time", .dateTime), ("string", "date", .date), ("string", "byte", .data), ("string", "binary", .data),
            ("string", "uuid", .string), ("string", "uri", .string), ("string", "email", .string), ("string", "password", .string),
            ("string", nil, .string), ("boolean", nil, .bool), ("array", nil, nil), ("object", nil, nil), (nil, nil, nil),
        ]
        for (type, format, expected) in table {
            XCTAssertEqual(FormatMapping.scalar(type: type, format: format), expected, "\(type ?? "nil") \(format ?? "nil")")
        }
        XCTAssertNotNil(FormatMapping.note(type: "string", format: "uuid"))
        XCTAssertNotNil(FormatMapping.note(type: "string", format: "uri"))
        XCTAssertNil(FormatMapping.note(type: "string", format: "email"))
        XCTAssertNil(FormatMapping.note(type: "integer", format: "uuid"))
    }

    func testUUIDAndURIPropertiesSayWhyTheyAreStrings() throws {
        let props = try properties(#"{"A": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid", "description": "ID."}, "link": {"type": "string", "format": "uri"}}}}"#)
        XCTAssertEqual(props["id"]?.type, .optional(.string))
        XCTAssertEqual(props["id"]?.doc, "ID.\n\nFormat `uuid`, kept as `Swift.String`: servers send values that `Foundation.UUID` would reject.")
        XCTAssertEqual(props["link"]?.doc, "Format `uri`, kept as `Swift.String`: servers send values that `Foundation.URL` would reject.")
    }

    // MARK: - Names and nullable references

    func testInlineEnumDoesNotShadowAComponentOfTheSameName() throws {
        let model = try FeatureSnippet.model(#"""
            {"Status": {"type": "string", "enum": ["active", "inactive"]},
             "Task": {"type": "object", "properties": {"status": {"type": "string", "enum": ["todo", "done"]}, "state": {"$ref": "#/components/schemas/Status"}}}}
            """#)
        let task = try XCTUnwrap(model.type("TaskModel"))
        XCTAssertEqual(task.property("status")?.type, .optional(.named("TaskModel.Status2")))
        XCTAssertEqual(task.property("state")?.type, .optional(.named("Status")))
        XCTAssertEqual(task.nested.map(\.name), ["Status2"])
    }

    func testBuiltinNamedComponentsAndKeywordProperties() throws {
        let model = try FeatureSnippet.model(#"""
            {"Data": {"type": "object", "properties": {"self": {"type": "string"}, "Type": {"type": "string"}, "default": {"type": "string"}}},
             "URL": {"type": "string"}, "Error": {"type": "object", "properties": {"message": {"type": "string"}}}}
            """#)
        XCTAssertEqual(model.types.map(\.name), ["DataModel", "URLModel", "ErrorModel"])
        XCTAssertEqual(model.type("DataModel")?.properties.map(\.jsonKey), ["self", "Type", "default"])
        XCTAssertEqual(model.type("DataModel")?.properties.map(\.swiftName), ["_self", "type", "default"])
    }

    func testNullableItemsAndValuesAreOptionalElements() throws {
        let model = try FeatureSnippet.model(#"""
            {"Bag": {"type": "object", "properties": {
                "tags": {"type": "array", "items": {"type": "string", "nullable": true}},
                "refs": {"type": "array", "items": {"$ref": "#/components/schemas/Maybe"}},
                "plain": {"type": "array", "items": {"type": "string"}},
                "counts": {"type": "object", "additionalProperties": {"type": "integer", "nullable": true}}}},
             "Maybe": {"type": "string", "nullable": true}}
            """#)
        let bag = try XCTUnwrap(model.type("Bag"))
        XCTAssertEqual(bag.property("tags")?.type, .optional(.array(.optional(.string))))
        XCTAssertEqual(bag.property("refs")?.type, .optional(.array(.optional(.named("Maybe")))))
        XCTAssertEqual(bag.property("plain")?.type, .optional(.array(.string)))
        XCTAssertEqual(bag.property("counts")?.type, .optional(.dictionary(.optional(.int))))
    }

    func testAnInlineSchemaCopiedByReferencesIsDeclaredOncePerTopLevelType() throws {
        let model = try FeatureSnippet.model(#"""
            {"Shared": {"type": "object", "properties": {"p": {"type": "object", "properties": {"x": {"type": "string"}}}}},
             "A": {"type": "object", "properties": {"first": {"$ref": "#/components/schemas/Shared/properties/p"},
                                                    "second": {"$ref": "#/components/schemas/Shared/properties/p"}}}}
            """#)
        let a = try XCTUnwrap(model.type("A"))
        XCTAssertEqual(a.nested.map(\.name), ["First"])
        XCTAssertEqual(a.property("first")?.type, .optional(.named("A.First")))
        XCTAssertEqual(a.property("second")?.type, .optional(.named("A.First")))
        XCTAssertEqual(model.type("Shared")?.nested.map(\.name), ["P"], "each top-level type declares its own copy")
    }

    func testEnumValuesOnANonEnumTypeAreIgnored() throws {
        let schemas = #"{"N": {"type": "number", "enum": ["a", "b"]}, "A": {"type": "object", "properties": {"n": {"type": "boolean", "enum": ["x"], "default": "x"}}}}"#
        XCTAssertEqual(Stages.lower(Fixture.spec(schemas: schemas)).diagnostics.map(\.leniency), [.mismatchedDefault], "the default 'x' is not a boolean")
        let model = try FeatureSnippet.model(schemas, allowWarnings: true)
        XCTAssertEqual(model.type("N")?.kind, .alias(.double))
        XCTAssertEqual(model.type("A")?.property("n")?.type, .optional(.bool))
    }

    func testNullableThroughReferences() throws {
        let props = try properties(#"""
            {"Owner": {"type": "object", "properties": {"n": {"type": "string"}}},
             "NullableOwner": {"type": "object", "nullable": true, "properties": {"n": {"type": "string"}}},
             "A": {"type": "object", "required": ["decorated", "component", "plain"], "properties": {
                "decorated": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": true},
                "component": {"$ref": "#/components/schemas/NullableOwner"},
                "plain": {"$ref": "#/components/schemas/Owner"}}}}
            """#)
        XCTAssertEqual(props["decorated"]?.type, .optional(.named("Owner")))
        XCTAssertEqual(props["component"]?.type, .optional(.named("NullableOwner")))
        XCTAssertEqual(props["plain"]?.type, .named("Owner"))
        XCTAssertTrue(props.values.allSatisfy(\.isRequired))
    }
}
