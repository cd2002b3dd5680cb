import Foundation
import XCTest
@_spi(Generated) @testable import OpenAPIGenRuntime

/// Server-sent events and JSON lines parsed from bodies that arrive in awkward chunks.
final class EventStreamsTests: XCTestCase {
    /// A body whose chunks are `parts`.
    private func body(_ parts: [String]) -> ByteStream {
        ByteStream(AsyncThrowingStream { continuation in
            for part in parts { continuation.yield(Data(part.utf8)) }
            continuation.finish()
        })
    }

    private struct Tick: Decodable, Sendable, Equatable {
        var n: Int
    }

    func testServerSentEventsFollowTheStandard() async throws {
        let parts = [
            "\u{FEFF}: a comment\r\nretry: 1500\r\nevent: greeting\r\nid: 7\r\ndata: hello\r\ndata:  world\r",
            "\n\r\n",                                    // CRLF split across chunks, then the blank line
            "data: second\n\n",                          // LF only; the id carries over
            "data\rretry: x\rid: a\u{0}b\r\r",            // CR only; "data" without colon is an empty line of data
            "event: ignored\n\n",                        // no data: nothing dispatched
            "data: cut off",                             // the stream ends inside an event: dropped
        ]
        var events: [ServerSentEvent<String>] = []
        for try await event in EventStreams.serverSentEvents(body(parts)) {
            events.append(event)
        }
        XCTAssertEqual(events.map(\.data), ["hello\n world", "second", ""])
        XCTAssertEqual(events.map(\.event), ["greeting", nil, nil])
        XCTAssertEqual(events.map(\.id), ["7", "7", "7"])
        XCTAssertEqual(events.map(\.retry), [1500, nil, nil])
    }

    func testServerSentEventDataDecodesAsJSONAndNamesTheBadEvent() async throws {
        var values: [Int] = []
        do {
            for try await event in EventStreams.serverSentEvents(body(["data: {\"n\":1}\n\ndata: {\"n\":\"two\"}\n\n"]), of: Tick.self, statusCode: 200, operationID: "ticks") {
                values.append(event.data.n)
            }
            XCTFail("the second event does not decode")
        } catch let ClientError.decodingFailed(operationID, _, typeName, codingPath, _, rawBody) {
            XCTAssertEqual([operationID, typeName, codingPath], ["ticks", "Tick", "n"])
            XCTAssertEqual(String(decoding: rawBody, as: UTF8.self), "{\"n\":\"two\"}")
        }
        XCTAssertEqual(values, [1])
    }

    func testJSONLinesSkipBlankLinesAndReadTheLastLineWithoutNewline() async throws {
        var values: [Int] = []
        for try await tick in EventStreams.jsonValues(body(["{\"n\":1}\r\n\n{\"n\"", ":2}\n{\"n\":3}"]), of: Tick.self, sequence: false, statusCode: 200, operationID: "x") {
            values.append(tick.n)
        }
        XCTAssertEqual(values, [1, 2, 3])
    }

    func testJSONTextSequencesSplitAtRecordSeparators() async throws {
        var values: [Int] = []
        for try await tick in EventStreams.jsonValues(body(["\u{1E}{\"n\":1}\n\u{1E}{\"n\"", ":2}\n"]), of: Tick.self, sequence: true, statusCode: 200, operationID: "x") {
            values.append(tick.n)
        }
        XCTAssertEqual(values, [1, 2])
    }
}
