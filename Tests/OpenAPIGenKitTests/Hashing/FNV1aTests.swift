import XCTest
@testable import OpenAPIGenKit

/// `FNV1a`: the published 64-bit FNV-1a values, and extending piece by piece equals hashing the whole.
final class FNV1aTests: XCTestCase {
    func testKnownValues() {
        XCTAssertEqual(FNV1a.offsetBasis, 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(FNV1a.extend(FNV1a.offsetBasis, with: "a".utf8), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(FNV1a.extend(FNV1a.offsetBasis, with: "foobar".utf8), 0x8594_4171_f739_67e8)
    }

    func testExtendingInPiecesEqualsHashingTheWhole() {
        let whole = FNV1a.extend(FNV1a.offsetBasis, with: "components/schemas".utf8)
        let pieces = FNV1a.extend(FNV1a.extend(FNV1a.offsetBasis, with: "components".utf8), with: "/schemas".utf8)
        XCTAssertEqual(pieces, whole)
        XCTAssertEqual(FNV1a.extend(FNV1a.extend(FNV1a.offsetBasis, with: "ab".utf8), with: UInt8(ascii: "c")), FNV1a.extend(FNV1a.offsetBasis, with: "abc".utf8))
    }
}
