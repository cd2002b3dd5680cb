import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Every value of a generated type that holds date-times is coded through `OpenAPIDateTime`, so plain coders read
/// and write RFC 3339 text: struct properties of any nesting, defaulted, explicit-null and typealiased ones,
/// `additionalProperties`, `oneOf` / `anyOf` variants and tuple elements.
final class DateTimeCodingEmitterTests: XCTestCase {
    private func assertLines(_ expected: [String], in text: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = trimmedLines(text)
        for expected in expected {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(lines.joined(separator: "\n"))", file: file, line: line)
        }
    }

    func testDatePropertiesCodeThemselves() {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"Event": {"type": "object", "required": ["at"], "properties": {
                "at": {"type": "string", "format": "date-time"},
                "seen": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                "byName": {"type": "object", "additionalProperties": {"type": "string", "format": "date-time"}},
                "day": {"type": "string", "format": "date"}}}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        assertLines([
            "self.at = try container.decode(OpenAPIDateTime.self, forKey: OpenAPICodingKey(\"at\")).date",
            "self.seen = try container.decodeIfPresent([OpenAPIDateTime].self, forKey: OpenAPICodingKey(\"seen\"))?.map(\\.date)",
            "self.byName = try container.decodeIfPresent([Swift.String: OpenAPIDateTime].self, forKey: OpenAPICodingKey(\"byName\"))?.mapValues(\\.date)",
            "self.day = try container.decodeIfPresent(OpenAPIDate.self, forKey: OpenAPICodingKey(\"day\"))",
            "try container.encode(OpenAPIDateTime(self.at), forKey: OpenAPICodingKey(\"at\"))",
            "try container.encodeIfPresent(self.seen.map { $0.map(OpenAPIDateTime.init) }, forKey: OpenAPICodingKey(\"seen\"))",
            "try container.encodeIfPresent(self.byName.map { $0.mapValues(OpenAPIDateTime.init) }, forKey: OpenAPICodingKey(\"byName\"))",
        ], in: result.file("Types.swift"))
    }

    func testNestedDefaultedAliasedAndAdditionalDatesCodeThemselves() {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"Stamp": {"type": "string", "format": "date-time"},
             "Stamps": {"type": "array", "items": {"$ref": "#/components/schemas/Stamp"}},
             "Log": {"type": "object", "required": ["nested"], "properties": {
                "nested": {"type": "array", "items": {"type": "array", "items": {"type": "string", "format": "date-time"}}},
                "gaps": {"type": "array", "items": {"type": "string", "format": "date-time", "nullable": true}},
                "remindAt": {"type": "string", "format": "date-time", "default": "2024-01-31T10:00:00Z"},
                "stamp": {"$ref": "#/components/schemas/Stamp"},
                "history": {"$ref": "#/components/schemas/Stamps"}},
                "additionalProperties": {"type": "array", "items": {"type": "string", "format": "date-time"}}}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        let text = result.file("Types.swift")
        XCTAssertTrue(text.contains("public typealias Stamp = Foundation.Date"), text)
        assertLines([
            "self.nested = try container.decode([[OpenAPIDateTime]].self, forKey: OpenAPICodingKey(\"nested\")).map { $0.map(\\.date) }",
            "self.gaps = try container.decodeIfPresent([OpenAPIDateTime?].self, forKey: OpenAPICodingKey(\"gaps\"))?.map { $0?.date }",
            "self.remindAt = try container.decodeIfPresent(OpenAPIDateTime.self, forKey: OpenAPICodingKey(\"remindAt\"))?.date ?? Foundation.Date(timeIntervalSince1970: 1706695200.0)",
            "self.stamp = try container.decodeIfPresent(OpenAPIDateTime.self, forKey: OpenAPICodingKey(\"stamp\"))?.date",
            "self.history = try container.decodeIfPresent([OpenAPIDateTime].self, forKey: OpenAPICodingKey(\"history\"))?.map(\\.date)",
            "additional[key.stringValue] = try container.decode([OpenAPIDateTime].self, forKey: key).map(\\.date)",
            "try container.encode(self.nested.map { $0.map(OpenAPIDateTime.init) }, forKey: OpenAPICodingKey(\"nested\"))",
            "try container.encodeIfPresent(self.gaps.map { $0.map { $0.map { OpenAPIDateTime($0) } } }, forKey: OpenAPICodingKey(\"gaps\"))",
            "try container.encode(OpenAPIDateTime(self.remindAt), forKey: OpenAPICodingKey(\"remindAt\"))",
            "try container.encodeIfPresent(self.stamp.map { OpenAPIDateTime($0) }, forKey: OpenAPICodingKey(\"stamp\"))",
            "try container.encode(value.map(OpenAPIDateTime.init), forKey: OpenAPICodingKey(key))",
        ], in: text)
    }

    func testExplicitNullDatesCodeThemselves() {
        let result = Stages.generate(Fixture.spec(
            schemas: ##"{"Patch": {"type": "object", "properties": {"endsAt": {"type": "string", "format": "date-time", "nullable": true}}}}"##,
            paths: ##"""
                {"/patches": {"patch": {"operationId": "patch", "requestBody": {"content": {"application/json": {"schema":
                    {"$ref": "#/components/schemas/Patch"}}}}, "responses": {"204": {"description": "Done."}}}}}
                """##
        ))
        XCTAssertEqual(result.diagnostics, [])
        assertLines([
            "public var endsAt: OpenAPINullable<Foundation.Date>?",
            "self.endsAt = try container.contains(OpenAPICodingKey(\"endsAt\")) ? OpenAPINullable(container.decodeIfPresent(OpenAPIDateTime.self, forKey: OpenAPICodingKey(\"endsAt\"))?.date) : nil",
            "try container.encodeIfPresent(self.endsAt.map { OpenAPINullable($0.wrapped.map { OpenAPIDateTime($0) }) }, forKey: OpenAPICodingKey(\"endsAt\"))",
        ], in: result.file("Types.swift"))
    }

    func testUnionVariantsCodeThemselves() {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"When": {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
             "Around": {"anyOf": [{"type": "string", "format": "date-time"},
                                  {"type": "array", "items": {"type": "string", "format": "date-time"}}]}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        assertLines([
            "self = .dateTime(try container.decode(OpenAPIDateTime.self).date)",
            "try container.encode(OpenAPIDateTime(value))",
            "self = .integer(try container.decode(Swift.Int.self))",
            "self.dateTime = try container.decode(OpenAPIDateTime.self).date",
            "self.dateTimeArray = try container.decode([OpenAPIDateTime].self).map(\\.date)",
            "try container.encode(value.map(OpenAPIDateTime.init))",
        ], in: result.file("Types.swift"))
    }

    func testTupleElementsCodeThemselves() {
        let result = Stages.generate(##"""
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {
                "Window": {"type": "array", "minItems": 1, "items": {"type": "string", "format": "date-time"}, "prefixItems": [
                    {"type": "string", "format": "date-time", "title": "start"}, {"type": "string", "format": "date-time", "title": "end"}]}}}}
            """##)
        XCTAssertEqual(result.diagnostics, [])
        assertLines([
            "self.start = try container.decode(OpenAPIDateTime.self).date",
            "self.end = container.isAtEnd ? nil : try container.decodeIfPresent(OpenAPIDateTime.self)?.date",
            "rest.append(try container.decode(OpenAPIDateTime.self).date)",
            "try container.encode(OpenAPIDateTime(self.start))",
            "if written > 0 { try container.encode(self.end.map { OpenAPIDateTime($0) }) }",
            "try container.encode(OpenAPIDateTime(element))",
        ], in: result.file("Types.swift"))
    }

    func testStructsWithoutDatesSayNothingAboutDates() {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"Plain": {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"$ref": "#/components/schemas/Tags"}}},
             "Tags": {"type": "array", "items": {"type": "string"}}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(trimmedLines(result.file("Types.swift")).contains("/// Decodes the value from a JSON object."))
        XCTAssertFalse(result.file("Types.swift").contains("OpenAPIDateTime"))
    }
}
