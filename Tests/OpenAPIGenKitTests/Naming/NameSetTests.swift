import XCTest
@testable import OpenAPIGenKit

/// `NameSet` gives the names a plain set gives, and tries each candidate about once.
final class NameSetTests: XCTestCase {
    func testGivesTheSameNamesAsAPlainSet() {
        let requests: [(String, Set<String>)] = [
            ("Item", []), ("Item", []), ("Item2", []), ("Item", []), ("Item", ["Item5"]), ("Item", []), ("Other", ["Other"]), ("Other", []),
        ]
        var plain: Set<String> = ["Item3"]
        var names = NameSet(["Item3"])
        for (candidate, avoiding) in requests {
            XCTAssertEqual(SwiftName.unique(candidate, in: &names, avoiding: avoiding), SwiftName.unique(candidate, in: &plain, avoiding: avoiding))
        }
        XCTAssertEqual(names.names, plain)
        // `Item5`, skipped once because it was to be avoided, is given to the next request that does not avoid it.
        XCTAssertEqual(names.names, ["Item", "Item2", "Item22", "Item3", "Item4", "Item5", "Item6", "Other", "Other2"])
    }

    func testTenThousandCollidingNamesAreTriedLinearly() {
        var names: NameSet = []
        for _ in 0..<10_000 { _ = SwiftName.unique("Item", in: &names) }
        XCTAssertEqual(names.names.count, 10_000)
        XCTAssertTrue(names.contains("Item10000"))
        XCTAssertLessThanOrEqual(names.tries, 20_000, "a plain set would try 50 million candidates")
    }
}
