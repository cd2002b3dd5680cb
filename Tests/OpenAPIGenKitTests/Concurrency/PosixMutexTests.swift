import XCTest
@testable import OpenAPIGenKit

/// The mutex `ParallelJobs` shares its queue and results behind.
final class PosixMutexTests: XCTestCase {
    private final class Counter: @unchecked Sendable {
        let mutex = PosixMutex()
        var value = 0
    }

    func testTwoThreadsNeverLoseAnIncrement() throws {
        let counter = Counter()
        let work: @Sendable () -> Void = {
            for _ in 0..<100_000 { counter.mutex.withLock { counter.value += 1 } }
        }
        let thread = try XCTUnwrap(LargeStackThread.start(work))
        work()
        thread.join()
        XCTAssertEqual(counter.mutex.withLock { counter.value }, 200_000)
    }

    func testReturnsAndRethrows() {
        let mutex = PosixMutex()
        XCTAssertEqual(mutex.withLock { 42 }, 42)
        struct Failure: Error {}
        XCTAssertThrowsError(try mutex.withLock { throw Failure() })
        XCTAssertEqual(mutex.withLock { "free again" }, "free again")
    }
}
