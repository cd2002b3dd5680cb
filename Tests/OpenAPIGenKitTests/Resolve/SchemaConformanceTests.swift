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

    /// The date-times recognised without a formatter are ones the formatter accepts; the others still go to it.
    func testPlainDateTimesAreASubsetOfTheFormatters() {
        let plain = [
            "2020-01-01T00:00:00Z", "2019-10-12T07:20:50.52Z", "2019-10-12T07:20:50.123456789Z", "2020-02-29T23:59:59+14:00",
            "2000-02-29T00:00:00Z", "1996-12-19T16:39:57-08:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-00:00",
        ]
        let notPlain = [
            "2021-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2020-04-31T00:00:00Z", "2020-01-01T24:00:00Z", "2020-01-01T23:60:00Z",
            "2020-01-01T23:59:60Z", "2020-01-01t00:00:00z", "2020-01-01 00:00:00Z", "2020-01-01T00:00:00", "2020-01-01T00:00:00+0100",
            "2020-01-01T00:00:00.Z", "2020-01-01T00:00:00.1234567890Z", "0000-01-01T00:00:00Z", "2020-01-01T00:00:00Zx", "",
            "2020-13-01T00:00:00Z", "2020-01-01T00:00:00+24:00", "２020-01-01T00:00:00Z",
        ]
        for string in plain {
            XCTAssertTrue(SchemaConformance.isPlainDateTime(string), string)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = string.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
            XCTAssertNotNil(formatter.date(from: string), string)
        }
        for string in notPlain {
            XCTAssertFalse(SchemaConformance.isPlainDateTime(string), string)
        }
        XCTAssertTrue(SchemaConformance.isDateTime("2020-01-01T00:00:00+0100"), "the formatter still decides the rest")
        XCTAssertFalse(SchemaConformance.isDateTime("2020-01-01T23:60:00Z"))
    }
}
