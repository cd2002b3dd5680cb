import XCTest
@testable import OpenAPIGenKit

/// `%XX` escapes in references: decoded to UTF-8, or nil so that the caller keeps the text as written.
final class PercentDecodingTests: XCTestCase {
    func testDecodes() {
        XCTAssertEqual(PercentDecoding.decoded("a%20b"), "a b")
        XCTAssertEqual(PercentDecoding.decoded("%7Bid%7d"), "{id}")
        XCTAssertEqual(PercentDecoding.decoded("caf%C3%A9"), "café")
        XCTAssertEqual(PercentDecoding.decoded("plain/~1path"), "plain/~1path")
        XCTAssertEqual(PercentDecoding.decoded(""), "")
        XCTAssertEqual(PercentDecoding.decoded("%25"), "%")
    }

    func testRefusesMalformedEscapesAndBytesThatAreNotUTF8() {
        XCTAssertNil(PercentDecoding.decoded("%"))
        XCTAssertNil(PercentDecoding.decoded("%2"))
        XCTAssertNil(PercentDecoding.decoded("%zz"))
        XCTAssertNil(PercentDecoding.decoded("a%G0"))
        XCTAssertNil(PercentDecoding.decoded("%C3"), "a lone lead byte is not UTF-8")
        XCTAssertNil(PercentDecoding.decoded("%FF%FE"))
    }

    /// A pointer fragment with escapes reads the same tokens as its unescaped spelling.
    func testPointerFragments() {
        XCTAssertEqual(JSONPointer(fragment: "#/paths/~1items~1%7Bid%7D/get")?.tokens, ["paths", "/items/{id}", "get"])
        XCTAssertEqual(JSONPointer(fragment: "#/a%zz")?.tokens, ["a%zz"], "a malformed escape is kept as written")
    }
}
