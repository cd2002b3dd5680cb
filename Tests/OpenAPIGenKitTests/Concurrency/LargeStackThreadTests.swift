import XCTest
@testable import OpenAPIGenKit

/// `LargeStackThread`: work that recurses deeper than a secondary thread's default stack allows runs there, and
/// its result comes back to the caller.
final class LargeStackThreadTests: XCTestCase {
    func testRunReturnsTheResultOfTheWork() {
        XCTAssertEqual(LargeStackThread.run { (1...100).reduce(0, +) }, 5050)
    }

    func testRecursionDeeperThanADefaultThreadStackFits() {
        // 20,000 frames that each keep 32 integers need over 5 MB: ten times a secondary thread's default stack
        // on Darwin (512 KB), well within the reserved 64 MiB even in a debug build.
        XCTAssertEqual(LargeStackThread.run { depth(20_000, Array(1...32)) }, 20_000 * 528)
    }

    func testStartedThreadHasEndedWhenJoinReturns() {
        let box = ResultBox()
        let thread = LargeStackThread.start { box.value = 7 }
        XCTAssertNotNil(thread)
        thread?.join()
        XCTAssertEqual(box.value, 7)
    }
}

/// Recurses `levels` deep, keeping a copy of `frame` (32 integers) on every frame's stack; returns `levels` × the
/// sum of `frame`.
private func depth(_ levels: Int, _ frame: [Int]) -> Int {
    guard levels > 0 else { return 0 }
    var local: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int,
                Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let sum = withUnsafeMutableBytes(of: &local) { raw -> Int in
        let slots = raw.bindMemory(to: Int.self)
        for index in slots.indices { slots[index] = frame[index] }
        return slots.reduce(0, +)
    }
    return depth(levels - 1, frame) + sum
}

/// A value written by one thread and read by another after `join`.
private final class ResultBox: @unchecked Sendable {
    var value = 0
}
