import Foundation
@testable import OpenAPIGenKit
import XCTest

/// `RuntimeFolder`: reading the runtime files, writing the embedded copy only when it changed, and reporting a stale copy.
final class RuntimeFolderTests: XCTestCase {
    private func package(runtime: [String: String]) throws -> URL {
        let root = try Fixture.temporaryFolder()
        let sources = root.appendingPathComponent(RuntimeFolder.sourcesPath)
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(RuntimeFolder.embeddedFolderPath), withIntermediateDirectories: true)
        for (name, text) in runtime { try text.write(to: sources.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    func testAbsentOutsideTheGeneratorsPackage() throws {
        XCTAssertFalse(RuntimeFolder(packageRoot: try Fixture.temporaryFolder()).isPresent)
        XCTAssertTrue(RuntimeFolder(packageRoot: Fixture.packageRoot).isPresent)
    }

    func testWritesTheEmbeddedCopyOnceAndReportsItWhenStale() throws {
        let root = try package(runtime: ["B.swift": "import Foundation\n\nstruct B {}\n", "A.swift": "import Foundation\n\nenum A {}\n", "notes.txt": "x"])
        let folder = RuntimeFolder(packageRoot: root)
        let runtime = try folder.read()
        XCTAssertEqual(runtime.files.map(\.name), ["A.swift", "B.swift"])
        XCTAssertEqual(runtime.topLevelNames, ["A", "B"])
        XCTAssertEqual(runtime.files.map(\.body), ["enum A {}", "struct B {}"])
        XCTAssertEqual(try folder.differences(from: runtime).map(\.kind), [.missing])
        XCTAssertEqual(try folder.writeEmbedded(runtime), ["EmbeddedRuntime.swift"])
        XCTAssertEqual(try folder.writeEmbedded(runtime), [])
        XCTAssertEqual(try folder.differences(from: runtime), [])

        try "import Foundation\n\nenum A { case a }\n".write(to: root.appendingPathComponent(RuntimeFolder.sourcesPath + "/A.swift"), atomically: true, encoding: .utf8)
        let differences = try folder.differences(from: try folder.read())
        XCTAssertEqual(differences.map(\.kind), [.changed])
        XCTAssertEqual(differences.first?.generated, "            enum A { case a }")
    }

    func testReportsEveryBadFile() throws {
        let root = try package(runtime: ["A.swift": "enum A {}\n", "B.swift": "import Foundation\n\nenum B {\n"])
        XCTAssertThrowsError(try RuntimeFolder(packageRoot: root).read()) { error in
            XCTAssertEqual("\(error)", """
                Sources/OpenAPIGenRuntime/A.swift:1:1: error: only these lines may come before the first blank line, because Support.swift has exactly them: import Foundation; #if canImport(FoundationNetworking); import FoundationNetworking; #endif
                Sources/OpenAPIGenRuntime/B.swift:3:9: error: the file ends inside a '{', '(' or '['
                """)
        }
    }
}
