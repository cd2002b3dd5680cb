import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Bounded reads with `open(2)`/`read(2)`, and the file kinds the CLI and the output folder ask about.
final class FilePrefixReaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReadsAtMostTheLimit() throws {
        let path = folder.appendingPathComponent("data.bin").path
        let bytes = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try FilePrefixReader.bytes(atPath: path, limit: 10), bytes.prefix(10))
        XCTAssertEqual(try FilePrefixReader.bytes(atPath: path, limit: 3_000_001), bytes, "more than one read")
        XCTAssertEqual(try FilePrefixReader.bytes(atPath: path, limit: 2_500_000), bytes.prefix(2_500_000))
        let empty = folder.appendingPathComponent("empty").path
        try Data().write(to: URL(fileURLWithPath: empty))
        XCTAssertEqual(try FilePrefixReader.bytes(atPath: empty, limit: 100), Data())
    }

    func testAMissingFileThrowsTheSystemsReason() {
        XCTAssertThrowsError(try FilePrefixReader.bytes(atPath: folder.appendingPathComponent("missing").path, limit: 10)) { error in
            XCTAssertEqual("\(error)", "No such file or directory")
        }
    }

    func testFileKinds() throws {
        let file = folder.appendingPathComponent("file.json")
        try Data("{}".utf8).write(to: file)
        XCTAssertEqual(FileKind.at(folder.path), .folder)
        XCTAssertEqual(FileKind.at(file.path), .file)
        XCTAssertNil(FileKind.at(folder.appendingPathComponent("missing").path))
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder)
        XCTAssertEqual(FileKind.at(link.path), .folder, "links are followed")
    }
}
