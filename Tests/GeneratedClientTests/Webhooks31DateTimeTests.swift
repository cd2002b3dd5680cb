import Foundation
import Webhooks31API
import XCTest

/// `Timeline` of `specs/Webhooks31` holds date-times in every shape a generated type can (nested arrays, arrays
/// of optionals, dictionaries of arrays, a default, an explicit-null wrapper, typealiases, a `oneOf` and an
/// `anyOf` variant, tuple elements, `additionalProperties`, a boxed recursive property): a plain `JSONDecoder()`
/// / `JSONEncoder()`, as a webhook handler or a test fixture would use, reads and writes each as RFC 3339 text,
/// exactly as the client's coders do.
final class Webhooks31DateTimeTests: XCTestCase {
    private static let fixture = #"""
        {"around":["2024-03-01T08:00:00Z","2024-03-02T08:00:00.25Z"],"at":"2024-01-31T10:00:00Z",
         "byDay":{"mon":["2024-01-29T09:30:00Z"]},"cancelledAt":null,"gaps":["2024-02-01T00:00:00Z",null],
         "history":["2023-12-31T23:59:59Z"],"milestones":{"beta":"2024-06-01T12:00:00Z","name":"v1"},
         "nested":[["2024-01-01T00:00:00Z","2024-01-02T00:00:00.5Z"],[]],
         "previous":{"at":"2023-01-31T10:00:00+02:00","nested":[],"when":"2023-01-01T00:00:00Z"},
         "remindAt":"2024-07-04T12:00:00Z","stampedAt":"2024-01-31T10:00:00.125Z","when":"2024-05-05T05:05:05Z",
         "window":["2024-04-01T00:00:00Z",null,"2024-04-15T00:00:00Z"]}
        """#

    /// The fixture written back: the offset is normalised to UTC, and the nested timeline gets its default `remindAt`.
    private static let encoded = #"{"around":["2024-03-01T08:00:00Z","2024-03-02T08:00:00.25Z"],"at":"2024-01-31T10:00:00Z","byDay":{"mon":["2024-01-29T09:30:00Z"]},"cancelledAt":null,"gaps":["2024-02-01T00:00:00Z",null],"history":["2023-12-31T23:59:59Z"],"milestones":{"beta":"2024-06-01T12:00:00Z","name":"v1"},"nested":[["2024-01-01T00:00:00Z","2024-01-02T00:00:00.5Z"],[]],"previous":{"at":"2023-01-31T08:00:00Z","nested":[],"remindAt":"2024-01-31T10:00:00Z","when":"2023-01-01T00:00:00Z"},"remindAt":"2024-07-04T12:00:00Z","stampedAt":"2024-01-31T10:00:00.125Z","when":"2024-05-05T05:05:05Z","window":["2024-04-01T00:00:00Z",null,"2024-04-15T00:00:00Z"]}"#

    private func date(_ seconds: TimeInterval) -> Date {
        Date(timeIntervalSince1970: seconds)
    }

    private func plainEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    func testEveryShapeDecodesWithAPlainDecoder() throws {
        let timeline = try JSONDecoder().decode(Timeline.self, from: Data(Self.fixture.utf8))
        XCTAssertEqual(timeline.at, date(1_706_695_200))
        XCTAssertEqual(timeline.nested, [[date(1_704_067_200), date(1_704_153_600.5)], []])
        XCTAssertEqual(timeline.gaps, [date(1_706_745_600), nil])
        XCTAssertEqual(timeline.byDay, ["mon": [date(1_706_520_600)]])
        XCTAssertEqual(timeline.remindAt, date(1_720_094_400))
        XCTAssertEqual(timeline.cancelledAt, .null)
        XCTAssertEqual(timeline.stampedAt, date(1_706_695_200.125))
        XCTAssertEqual(timeline.history, [date(1_704_067_199)])
        XCTAssertEqual(timeline.when, .dateTime(date(1_714_885_505)))
        XCTAssertEqual(timeline.around, Around(dateTimeArray: [date(1_709_280_000), date(1_709_366_400.25)]))
        XCTAssertEqual(timeline.window, Window(start: date(1_711_929_600), rest: [date(1_713_139_200)]))
        XCTAssertEqual(timeline.milestones, Milestones(name: "v1", additionalProperties: ["beta": date(1_717_243_200)]))
        let previous = try XCTUnwrap(timeline.previous)
        XCTAssertEqual(previous.at, date(1_675_152_000))  // 10:00 at +02:00 is 08:00 UTC
        XCTAssertEqual(previous.remindAt, date(1_706_695_200))  // the default, 2024-01-31T10:00:00Z
        XCTAssertEqual(previous.when, .dateTime(date(1_672_531_200)))
    }

    func testPlainCodersMatchTheClientsCoders() throws {
        let data = Data(Self.fixture.utf8)
        let plain = try JSONDecoder().decode(Timeline.self, from: data)
        XCTAssertEqual(plain, try OpenAPICoding.makeDecoder().decode(Timeline.self, from: data))
        let written = try XCTUnwrap(String(data: try plainEncoder().encode(plain), encoding: .utf8))
        XCTAssertEqual(written, Self.encoded)
        XCTAssertEqual(String(data: try OpenAPICoding.makeEncoder().encode(plain), encoding: .utf8), Self.encoded)
        XCTAssertEqual(try JSONDecoder().decode(Timeline.self, from: Data(written.utf8)), plain)
    }

    func testValuesBuiltInSwiftRoundTripThroughPlainCoders() throws {
        let timeline = Timeline(
            at: date(0), nested: [[date(1.5)]], gaps: [nil], cancelledAt: .value(date(60)), when: .integer(7),
            around: Around(dateTime: date(3600)), window: Window(start: date(86_400), end: date(86_401)),
            previous: Timeline(at: date(-1), nested: [])
        )
        let written = try XCTUnwrap(String(data: try plainEncoder().encode(timeline), encoding: .utf8))
        XCTAssertEqual(written, #"{"around":"1970-01-01T01:00:00Z","at":"1970-01-01T00:00:00Z","cancelledAt":"1970-01-01T00:01:00Z","gaps":[null],"nested":[["1970-01-01T00:00:01.5Z"]],"previous":{"at":"1969-12-31T23:59:59Z","nested":[],"remindAt":"2024-01-31T10:00:00Z"},"remindAt":"2024-01-31T10:00:00Z","when":7,"window":["1970-01-02T00:00:00Z","1970-01-02T00:00:01Z"]}"#)
        XCTAssertEqual(try JSONDecoder().decode(Timeline.self, from: Data(written.utf8)), timeline)
    }

    func testABareDateTimeIsFoundationsDateAndDecodesThroughOpenAPIDateTime() throws {
        let text = Data(#""2024-01-31T10:00:00Z""#.utf8)
        // `Stamp` is `Foundation.Date` itself, which a plain decoder reads as a number.
        XCTAssertThrowsError(try JSONDecoder().decode(Stamp.self, from: text))
        XCTAssertEqual(try JSONDecoder().decode(OpenAPIDateTime.self, from: text).date, date(1_706_695_200))
        XCTAssertEqual(try OpenAPICoding.makeDecoder().decode(Stamp.self, from: text), date(1_706_695_200))
    }
}
