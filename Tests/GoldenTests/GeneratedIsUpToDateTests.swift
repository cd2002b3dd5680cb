import Foundation
import OpenAPIGenKit
import XCTest

/// Read-only golden test: every `specs/<Name>/` generates exactly the committed `Generated/<Name>/`.
/// It never writes; to update, run `swift run openapi-gen` and review the diff.
final class GeneratedIsUpToDateTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testGeneratedFolderMatchesAFreshGeneration() throws {
        let apis = try SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis()
        XCTAssertEqual(apis.map(\.name), ["Bookshelf", "ByCloudBackups", "DatabaseBackups", "IonosPostgreSQL", "KitchenSink", "Lenient", "Notes", "Pages", "Pantry", "Responses", "Tasks", "Uploads", "Webhooks31"])
        for api in apis {
            let (specs, config) = try SpecCatalog.sources(of: api, relativeTo: root)
            let result = Pipeline.generate(specs, configSource: config)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [], api.name)
            XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
            let differences = try OutputDirectory(url: root.appendingPathComponent("Generated").appendingPathComponent(api.name)).differences(from: result.files)
            XCTAssertEqual(differences, [], "Generated/\(api.name) is stale: run 'swift run openapi-gen' and commit the result\n" + differences.map(\.description).joined(separator: "\n"))
        }
    }

    func testEveryAPIFolderIsATargetInPackageSwift() throws {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for api in try SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis() {
            XCTAssertTrue(manifest.contains("\"\(api.name)\""), "add \"\(api.name)\" to generatedAPIs in Package.swift")
        }
    }

    func testGenerationIsDeterministic() throws {
        for api in try SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis() {
            let (specs, config) = try SpecCatalog.sources(of: api, relativeTo: root)
            XCTAssertEqual(Pipeline.generate(specs, configSource: config), Pipeline.generate(specs.reversed(), configSource: config))
        }
    }

    func testGeneratedFilesHaveNoAbsolutePathsAndOneTrailingNewline() throws {
        for api in try SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis() {
            let (specs, config) = try SpecCatalog.sources(of: api, relativeTo: root)
            for file in Pipeline.generate(specs, configSource: config).files {
                XCTAssertFalse(file.contents.contains(root.path), file.name)
                XCTAssertFalse(file.contents.contains("\r"), file.name)
                XCTAssertTrue(file.contents.hasSuffix("}\n") || file.contents.hasSuffix("\n"), file.name)
                XCTAssertFalse(file.contents.hasSuffix("\n\n"), file.name)
                XCTAssertFalse(file.contents.split(separator: "\n").contains { $0.hasSuffix(" ") }, "trailing space in \(file.name)")
            }
        }
    }
}
