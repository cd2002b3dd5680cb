import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `Paginator`: offset and cursor walks request pages lazily and stop at the last page.
final class PaginationTests: XCTestCase {
    /// The pages requested, in order, shared with the fetch closures.
    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func append(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    func testOffsetWalkStopsAtAShortPage() async throws {
        let log = Log()
        let stream = Paginator.offsetItems(pageSize: 2) { limit, offset in
            log.append("\(limit)@\(offset)")
            return Array(offset..<min(offset + limit, 5))
        }
        var items: [Int] = []
        for try await item in stream { items.append(item) }
        XCTAssertEqual(items, [0, 1, 2, 3, 4])
        XCTAssertEqual(log.all, ["2@0", "2@2", "2@4"])
    }

    func testAPageIsRequestedOnlyWhenTheItemsBeforeWereConsumed() async throws {
        let log = Log()
        let stream = Paginator.offsetItems(pageSize: 0) { limit, offset in
            log.append("\(limit)@\(offset)")
            return [offset]
        }
        var iterator = stream.makeAsyncIterator()
        let first = try await iterator.next()
        XCTAssertEqual(first, 0)
        XCTAssertEqual(log.all, ["1@0"], "a page size below 1 asks for one item")
    }

    func testCursorWalkEndsOnAMissingEmptyOrRepeatedCursor() async throws {
        for last in [nil, "", "c1"] as [String?] {
            let log = Log()
            let stream = Paginator.cursorItems(pageSize: 10) { _, cursor in
                log.append(cursor ?? "start")
                return cursor == nil ? (["a", "b"], "c1") : (["c"], last)
            }
            var items: [String] = []
            for try await item in stream { items.append(item) }
            XCTAssertEqual(items, ["a", "b", "c"])
            XCTAssertEqual(log.all, ["start", "c1"])
        }
    }

    func testAnErrorEndsTheWalk() async {
        struct Failure: Error {}
        let stream = Paginator.offsetItems(pageSize: 1) { (_, _) -> [Int] in throw Failure() }
        do {
            for try await _ in stream {}
            XCTFail("expected the fetch error")
        } catch {
            XCTAssertTrue(error is Failure)
        }
    }
}
