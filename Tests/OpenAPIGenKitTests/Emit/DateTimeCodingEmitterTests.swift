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
            "self.at = try container.decode(OpenAPIDateTime.self, forKey: .at).date",
            "self.seen = try container.decodeIfPresent([OpenAPIDateTime].self, forKey: .seen)?.map(\\.date)",
            "self.byName = try container.decodeIfPresent([Swift.String: OpenAPIDateTime].self, forKey: .byName)?.mapValues(\\.date)",
            "self.day = try container.decodeIfPresent(OpenAPIDate.self, forKey: .day)",
            "try container.encode(OpenAPIDateTime(self.at), forKey: .at)",
            "try container.encodeIfPresent(self.seen.map { $0.map(OpenAPIDateTime.init) }, forKey: .seen)",
            "try container.encodeIfPresent(self.byName.map { $0.mapValues(OpenAPIDateTime.init) }, forKey: .byName)",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(lines.joined(separator: "\n"))")
        }
    }

    func testStructsWithoutDatesKeepSynthesizedCoding() {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"Plain": {"type": "object", "properties": {"name": {"type": "string"}}}}"##))
        XCTAssertFalse(result.file("Types.swift").contains("init(from decoder"))
    }
}
