import XCTest
@testable import OpenAPIGenKit

/// The display-path splitting the bundler uses for messages and hoisted schema names.
final class PathTextTests: XCTestCase {
    func testFolder() {
        XCTAssertEqual(PathText.folder(of: "a/b/c.json"), "a/b")
        XCTAssertEqual(PathText.folder(of: "c.json"), "")
        XCTAssertEqual(PathText.folder(of: "/c.json"), "/")
        XCTAssertEqual(PathText.folder(of: "/"), "/")
        XCTAssertEqual(PathText.folder(of: "a/b/"), "a")
        XCTAssertEqual(PathText.folder(of: "a//b"), "a")
        XCTAssertEqual(PathText.folder(of: "../shared/x.yaml"), "../shared")
        XCTAssertEqual(PathText.folder(of: ""), "")
    }

    func testFileNameAndExtension() {
        XCTAssertEqual(PathText.fileName(of: "a/b/c.json"), "c.json")
        XCTAssertEqual(PathText.fileName(of: "a/b/"), "b")
        XCTAssertEqual(PathText.fileName(of: "c"), "c")
        XCTAssertEqual(PathText.withoutExtension("c.json"), "c")
        XCTAssertEqual(PathText.withoutExtension("c.schema.json"), "c.schema")
        XCTAssertEqual(PathText.withoutExtension(".hidden"), ".hidden")
        XCTAssertEqual(PathText.withoutExtension("plain"), "plain")
        XCTAssertEqual(PathText.withoutExtension("ünïcode.yaml"), "ünïcode")
    }
}
