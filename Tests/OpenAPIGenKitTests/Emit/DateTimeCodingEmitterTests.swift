import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Struct properties holding date-times are coded through `OpenAPIDateTime`, so plain coders read and write
/// RFC 3339 text.
final class DateTimeCodingEmitterTests: XCTestCase {
    func testDatePropertiesCodeThemselves() {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"Event": {"type": "object", "required": ["at"], "properties": {
                "at": {"type": "string", "format": "date-time"},
                "seen": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                "byName": {"type": "object", "additionalProperties": {"type": "string", "format": "date-time"}},
                "day": {"type": "string", "format": "date"}}}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        let lines = trimmedLines(result.file("Types.swift"))
        for expected in [
            "self.at = try container.decode(OpenAPIDateTime.self, forKey: OpenAPICodingKey(\"at\")).date",
            "self.seen = try container.decodeIfPresent([OpenAPIDateTime].self, forKey: OpenAPICodingKey(\"seen\"))?.map(\\.date)",
            "self.byName = try container.decodeIfPresent([Swift.String: OpenAPIDateTime].self, forKey: OpenAPICodingKey(\"byName\"))?.mapValues(\\.date)",
            "self.day = try container.decodeIfPresent(OpenAPIDate.self, forKey: OpenAPICodingKey(\"day\"))",
            "try container.encode(OpenAPIDateTime(self.at), forKey: OpenAPICodingKey(\"at\"))",
            "try container.encodeIfPresent(self.seen.map { $0.map(OpenAPIDateTime.init) }, forKey: OpenAPICodingKey(\"seen\"))",
            "try container.encodeIfPresent(self.byName.map { $0.mapValues(OpenAPIDateTime.init) }, forKey: OpenAPICodingKey(\"byName\"))",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(lines.joined(separator: "\n"))")
        }
    }

    func testStructsWithoutDatesSayNothingAboutDates() {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"Plain": {"type": "object", "properties": {"name": {"type": "string"}}}}"##))
        let lines = trimmedLines(result.file("Types.swift"))
        XCTAssertTrue(lines.contains("/// Decodes the value from a JSON object."), lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("OpenAPIDateTime") })
    }
}
