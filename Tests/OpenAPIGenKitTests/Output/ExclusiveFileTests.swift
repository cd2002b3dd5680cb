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
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try ExclusiveFile.create(atPath: path, bytes: bytes)
        XCTAssertEqual(manager.contents(atPath: path), Data(bytes))
        let empty = folder.appendingPathComponent("empty.tmp").path
        try ExclusiveFile.create(atPath: empty, bytes: [])
        XCTAssertEqual(manager.contents(atPath: empty), Data())
    }

    func testAnExistingFileIsNeitherReplacedNorFollowed() throws {
        let existing = folder.appendingPathComponent("existing").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: existing))
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: existing, bytes: Array("lost".utf8))) { error in
            XCTAssertTrue("\(error)".contains("exists"), "\(error)")
        }
        XCTAssertEqual(manager.contents(atPath: existing), Data("keep".utf8))

        let target = folder.appendingPathComponent("target").path
        let link = folder.appendingPathComponent("link.tmp").path
        try manager.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: link, bytes: Array("planted".utf8)))
        XCTAssertFalse(manager.fileExists(atPath: target), "a dangling link is not followed")
    }

    func testAMissingFolderIsAnError() {
        let path = folder.appendingPathComponent("absent/file.tmp").path
        XCTAssertThrowsError(try ExclusiveFile.create(atPath: path, bytes: [1])) { error in
            XCTAssertTrue("\(error)".contains("No such file"), "\(error)")
        }
    }
}
