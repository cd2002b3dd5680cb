import Foundation
import XCTest
@testable import OpenAPIGenKit

final class SpecCatalogTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = try Fixture.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func create(_ path: String, _ text: String = "{}") throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testAPIsAreFoldersWithJSONFiles() throws {
        try create("specs/Zeta/openapi.json")
        try create("specs/Alpha/b.json")
        try create("specs/Alpha/a.json")
        try create("specs/Alpha/openapi-gen.json")
        try create("specs/Alpha/.hidden.json")
        try create("specs/Alpha/notes.md")
        try create("specs/Empty/readme.txt")
        try create("specs/.git/x.json")
        try create("specs/loose.json")
        let apis = try SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis()
        XCTAssertEqual(apis.map(\.name), ["Alpha", "Zeta"])
        XCTAssertEqual(apis.first?.files.map(\.lastPathComponent), ["a.json", "b.json"])
    }

    func testDisplayPathIsRelativeOrJustTheFileName() {
        let base = URL(fileURLWithPath: "/work/project")
        XCTAssertEqual(SpecCatalog.displayPath(of: URL(fileURLWithPath: "/work/project/specs/A/a.json"), relativeTo: base), "specs/A/a.json")
        XCTAssertEqual(SpecCatalog.displayPath(of: URL(fileURLWithPath: "/work/project/./specs/../specs/A/a.json"), relativeTo: base), "specs/A/a.json")
        XCTAssertEqual(SpecCatalog.displayPath(of: URL(fileURLWithPath: "/elsewhere/x.json"), relativeTo: base), "x.json")
        XCTAssertEqual(SpecCatalog.displayPath(of: URL(fileURLWithPath: "/work/project-other/y.json"), relativeTo: base), "y.json")
    }

    func testSourcesReadBytesWithRelativePaths() throws {
        try create("specs/A/a.json", ##"{"x": 1}"##)
        let sources = try SpecCatalog.sources([root.appendingPathComponent("specs/A/a.json")], relativeTo: root)
        XCTAssertEqual(sources.map(\.displayPath), ["specs/A/a.json"])
        XCTAssertEqual(sources.map(\.data), [Data(##"{"x": 1}"##.utf8)])
    }

    func testTheRepositoryCatalog() throws {
        let apis = try SpecCatalog(specsURL: Fixture.packageRoot.appendingPathComponent("specs")).apis()
        XCTAssertTrue(Set(apis.map(\.name)).isSuperset(of: ["ByCloudBackups", "DatabaseBackups", "IonosPostgreSQL"]), apis.map(\.name).description)
        XCTAssertEqual(apis.map(\.name), apis.map(\.name).sorted())
        let ionos = apis.first { $0.name == "IonosPostgreSQL" }
        XCTAssertEqual(ionos?.files.map(\.lastPathComponent), ["backup-fetch.json", "backups-list.json", "cluster-backups-list.json", "clusters.json"])
    }
}
