import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `OpenAPIDate` and `OpenAPICoding`'s RFC 3339 date-times, directly on the runtime target.
final class DatesTests: XCTestCase {
    func testCalendarDatesParseOnlyRealDays() throws {
        XCTAssertEqual(OpenAPIDate("2024-02-29"), OpenAPIDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(OpenAPIDate("2023-02-29"))
        XCTAssertNil(OpenAPIDate("2023-2-28"))
        XCTAssertNil(OpenAPIDate("2023-02-28T00:00:00Z"))
        XCTAssertEqual(OpenAPIDate(year: 7, month: 3, day: 9).description, "0007-03-09")
        XCTAssertLessThan(try XCTUnwrap(OpenAPIDate("2023-12-31")), try XCTUnwrap(OpenAPIDate("2024-01-01")))
    }

    func testCalendarDatesCodeAsStrings() throws {
        let data = try OpenAPICoding.makeEncoder().encode([OpenAPIDate(year: 2018, month: 9, day: 2)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2018-09-02"]"#)
        XCTAssertEqual(try OpenAPICoding.makeDecoder().decode([OpenAPIDate].self, from: data), [OpenAPIDate(year: 2018, month: 9, day: 2)])
        XCTAssertThrowsError(try OpenAPICoding.makeDecoder().decode([OpenAPIDate].self, from: Data(#"["2018-13-01"]"#.utf8)))
    }

    func testDateTimesWithAndWithoutFractionsAndOffsets() throws {
        let base = try XCTUnwrap(OpenAPICoding.parseDateTime("2018-09-02T01:00:00Z"))
        XCTAssertEqual(base.timeIntervalSince1970, 1_535_850_000)
        XCTAssertEqual(OpenAPICoding.parseDateTime("2018-09-02t01:00:00z"), base)
        XCTAssertEqual(OpenAPICoding.parseDateTime("2018-09-02T03:30:00+02:30"), base)
        XCTAssertEqual(OpenAPICoding.parseDateTime("2018-09-01T23:00:00-02:00"), base)
        XCTAssertEqual(try XCTUnwrap(OpenAPICoding.parseDateTime("2018-09-02T01:00:00.25Z")).timeIntervalSince(base), 0.25, accuracy: 1e-9)
        for invalid in ["2018-09-02T01:00:00", "2018-09-02 01:00:00Z", "2018-02-30T00:00:00Z", "2018-09-02T24:00:00Z", "2018-09-02T01:00:00.Z", "2018-09-02T01:00:00+0200", ""] {
            XCTAssertNil(OpenAPICoding.parseDateTime(invalid), invalid)
        }
    }

    func testDateTimesFormatInUTCWithTrimmedFractions() throws {
        XCTAssertEqual(OpenAPICoding.formatDateTime(Date(timeIntervalSince1970: 1_535_850_000)), "2018-09-02T01:00:00Z")
        XCTAssertEqual(OpenAPICoding.formatDateTime(Date(timeIntervalSince1970: 1_535_850_000.178)), "2018-09-02T01:00:00.178Z")
        XCTAssertEqual(OpenAPICoding.formatDateTime(Date(timeIntervalSince1970: -1)), "1969-12-31T23:59:59Z")
        for text in ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00.5Z", "2400-02-29T12:34:56.25Z"] {
            XCTAssertEqual(OpenAPICoding.formatDateTime(try XCTUnwrap(OpenAPICoding.parseDateTime(text))), text)
        }
    }

    func testTheDecoderReadsAndTheEncoderWritesRFC3339() throws {
        let decoded = try OpenAPICoding.makeDecoder().decode([Date].self, from: Data(#"["2018-09-02T01:00:00.5+00:00"]"#.utf8))
        XCTAssertEqual(decoded.first?.timeIntervalSince1970, 1_535_850_000.5)
        XCTAssertThrowsError(try OpenAPICoding.makeDecoder().decode([Date].self, from: Data(#"["yesterday"]"#.utf8)))
        let encoded = try OpenAPICoding.makeEncoder().encode(decoded)
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"["2018-09-02T01:00:00.5Z"]"#)
    }

    func testPrintableExcerptKeepsTextAndRefusesBinary() {
        XCTAssertEqual(OpenAPICoding.printableExcerpt(of: Data("  not found\n".utf8), limit: 200), "not found")
        XCTAssertEqual(OpenAPICoding.printableExcerpt(of: Data(String(repeating: "a", count: 300).utf8), limit: 5)?.hasPrefix("aaaaa"), true)
        XCTAssertNil(OpenAPICoding.printableExcerpt(of: Data([0x00, 0x01, 0xFF]), limit: 200))
    }
}
