import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `ParallelJobs`: the results are in job order and each job runs once, on one thread or two.
final class ParallelJobsTests: XCTestCase {
    func testResultsAreInJobOrderOnTwoThreads() {
        let jobs = 5_000
        let parallel = ParallelJobs.map(jobs, parallel: true) { index in "job \(index): \(index * index)" }
        let sequential = (0..<jobs).map { index in "job \(index): \(index * index)" }
        XCTAssertEqual(parallel, sequential)
    }

    func testEveryJobRunsExactlyOnce() {
        let jobs = 2_000
        let runs = RunCounter(count: jobs)
        let results = ParallelJobs.map(jobs, parallel: true) { index -> Int in
            runs.record(index)
            return index
        }
        XCTAssertEqual(results, Array(0..<jobs))
        XCTAssertEqual(runs.counts, Array(repeating: 1, count: jobs))
    }

    func testWithoutParallelTheCallingThreadRunsTheJobsInOrder() {
        let runs = RunCounter(count: 10)
        let results = ParallelJobs.map(10, parallel: false) { index -> Int in
            runs.record(index)
            return index * 2
        }
        XCTAssertEqual(results, (0..<10).map { $0 * 2 })
        XCTAssertEqual(runs.order, Array(0..<10))
    }

    func testBothRunsEachSideOnceAndReturnsBothResults() {
        let runs = RunCounter(count: 2)
        let (background, foreground) = ParallelJobs.both { () -> Int in
            runs.record(0)
            return (1...1_000).reduce(0, +)
        } and: { () -> String in
            runs.record(1)
            return "here"
        }
        XCTAssertEqual(background, 500_500)
        XCTAssertEqual(foreground, "here")
        XCTAssertEqual(runs.counts, [1, 1])
    }

    func testNoJobAndOneJob() {
        XCTAssertEqual(ParallelJobs.map(0, parallel: true) { $0 }, [])
        XCTAssertEqual(ParallelJobs.map(1, parallel: true) { $0 + 41 }, [41])
    }
}

/// How often each job ran, and in which order, recorded from any thread.
private final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Int]
    private var started: [Int] = []

    init(count: Int) {
        runs = Array(repeating: 0, count: count)
    }

    func record(_ index: Int) {
        lock.lock()
        runs[index] += 1
        started.append(index)
        lock.unlock()
    }

    var counts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return runs
    }

    var order: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return started
    }
}
