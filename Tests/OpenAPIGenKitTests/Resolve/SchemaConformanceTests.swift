import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Which literals are values of which schemas, as the generated Swift types read them.
final class SchemaConformanceTests: XCTestCase {
    private func schema(_ json: String) throws -> Referable<Schema> {
        var context = NodeParser(origins: OriginMap(defaultFile: "t.json"))
        let value = try XCTUnwrap(Stages.load(json).value)
        return context.schema(value, at: .root)
    }

    private func mismatch(_ value: String, _ schemaJSON: String, components: [String: String] = [:]) throws -> String? {
        var parsed: [String: Referable<Schema>] = [:]
        for (name, json) in components { parsed[name] = try schema(json) }
        let conformance = SchemaConformance { parsed[$0] }
        return conformance.mismatch(try XCTUnwrap(Stages.load(value).value), try schema(schemaJSON))
    }

    func testTable() throws {
        let cases: [(value: String, schema: String, expected: String?)] = [
            (#""a""#, #"{"type": "string"}"#, nil),
            ("1", #"{"type": "string"}"#, "expected a string, found 1"),
            ("2.0", #"{"type": "integer"}"#, nil),
            ("2.5", #"{"type": "integer"}"#, "expected an integer, found 2.5"),
            ("1e19", #"{"type": "integer"}"#, "expected an integer that fits in 64 bits, found 1e+19"),
            ("3", #"{"type": "number"}"#, nil),
            (#""true""#, #"{"type": "boolean"}"#, #"expected true or false, found "true""#),
            ("null", #"{"type": "string"}"#, "expected a value (the schema is not nullable), found null"),
            ("null", #"{"type": "string", "nullable": true}"#, nil),
            ("null", "{}", nil),
            (#""2024-02-30x""#, #"{"type": "string", "format": "date"}"#, #"expected a date (YYYY-MM-DD), found "2024-02-30x""#),
            (#""2024-02-03""#, #"{"type": "string", "format": "date"}"#, nil),
            (#""2024-02-03T04:05:06.7+02:00""#, #"{"type": "string", "format": "date-time"}"#, nil),
            (#""%%%""#, #"{"type": "string", "format": "byte"}"#, #"expected base64 text, found "%%%""#),
            (#"[1, "x"]"#, #"{"type": "array", "items": {"type": "integer"}}"#, #"expected an integer, found "x" at '[1]'"#),
            (#"{"a": {"b": 1}}"#, #"{"properties": {"a": {"properties": {"b": {"type": "string"}}}}}"#, "expected a string, found 1 at 'a.b'"),
            (#"{"a": null}"#, #"{"type": "object", "properties": {"a": {"type": "string"}}}"#, nil),
            (#"{"a": null}"#, #"{"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}"#, "expected a value (the schema is not nullable), found null at 'a'"),
            (#"{"x": 1}"#, #"{"type": "object", "additionalProperties": {"type": "string"}}"#, "expected a string, found 1 at 'x'"),
            (#""z""#, #"{"type": "string", "enum": ["a", "b"]}"#, #"expected one of the enum values, found "z""#),
            ("5", #"{"oneOf": [{"type": "string"}, {"type": "boolean"}]}"#, nil),
            ("{}", #"{"type": "string"}"#, "expected a string, found an object"),
        ]
        for (value, schema, expected) in cases {
            XCTAssertEqual(try mismatch(value, schema), expected, "\(value) against \(schema)")
        }
    }

    func testReferencesAndDecoratorsAreFollowed() throws {
        let components = ["Level": #"{"type": "string", "enum": ["low"]}"#, "Loop": ##"{"$ref": "#/components/schemas/Loop"}"##]
        XCTAssertEqual(try mismatch(#""high""#, ##"{"$ref": "#/components/schemas/Level"}"##, components: components), #"expected one of the enum values, found "high""#)
        XCTAssertNil(try mismatch("null", ##"{"allOf": [{"$ref": "#/components/schemas/Level"}], "nullable": true}"##, components: components))
        XCTAssertNil(try mismatch("1", ##"{"$ref": "#/components/schemas/Loop"}"##, components: components), "a loop claims nothing")
        XCTAssertNil(try mismatch("1", ##"{"$ref": "#/components/schemas/Missing"}"##, components: components))
    }

    /// A date-time example is checked by the rules the generated client decodes with (`RFC3339DateTime`).
    func testDateTimesAreTheOnesAClientDecodes() {
        XCTAssertTrue(SchemaConformance.isDateTime("2019-10-12T07:20:50.52Z"))
        XCTAssertTrue(SchemaConformance.isDateTime("1996-12-19t16:39:57-08:00"))
        XCTAssertFalse(SchemaConformance.isDateTime("2020-01-01T00:00:00+0100"), "the client's decoder needs a colon in the offset")
        XCTAssertFalse(SchemaConformance.isDateTime("2020-01-01T23:60:00Z"))
        XCTAssertFalse(SchemaConformance.isDateTime("2020-01-01"))
    }
}
