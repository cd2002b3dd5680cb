import Foundation
import XCTest
@testable import OpenAPIGenKit

final class ExclusiveFileTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    func testCreatesTheFileWithEveryByte() throws {
        let path = folder.appendingPathComponent("new.tmp").path
        let text = (0..<100_000).map { ["a", "é", "漢", "🙂", "\n"][$0 % 5] }.joined()
        try ExclusiveFile.create(atPath: path, contents: text)
        XCTAssertEqual(manager.contents(atPath: path), Data(text.utf8))
        let empty = folder.appendingPathComponent("empty.tmp").path
        try ExclusiveFile.create(atPath: empty, contents: "")
        XCTAssertEqual(manager.contents(atPath: empty), Data())
    }

    func testAnExistingFileIsNeitherReplacedNorFollowed() throws {
        let existing = folder.appendingPathComponent("existing").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: existing))
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: existing, contents: "lost")) { error in
            XCTAssertTrue("\(error)".contains("exists"), "\(error)")
        }
        XCTAssertEqual(manager.contents(atPath: existing), Data("keep".utf8))

        let target = folder.appendingPathComponent("target").path
        let link = folder.appendingPathComponent("link.tmp").path
        try manager.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: link, contents: "planted"))
        XCTAssertFalse(manager.fileExists(atPath: target), "a dangling link is not followed")
    }

    func testAMissingFolderIsAnError() {
        let path = folder.appendingPathComponent("absent/file.tmp").path
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: path, contents: "x")) { error in
            XCTAssertTrue("\(error)".contains("No such file"), "\(error)")
        }
    }
}
