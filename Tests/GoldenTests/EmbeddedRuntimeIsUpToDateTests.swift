import Foundation
import OpenAPIGenKit
import XCTest

/// Read-only golden test: the runtime embedded in the generator (`Sources/OpenAPIGenKit/Emit/Runtime/EmbeddedRuntime.swift`)
/// is exactly what `swift run openapi-gen` makes of `Sources/OpenAPIGenRuntime/*.swift`.
final class EmbeddedRuntimeIsUpToDateTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEmbeddedRuntimeMatchesTheRuntimeSources() throws {
        let folder = RuntimeFolder(packageRoot: root)
        XCTAssertTrue(folder.isPresent)
        let runtime = try folder.read()
        let differences = try folder.differences(from: runtime)
        XCTAssertEqual(differences, [], "the embedded runtime is stale: run 'swift run openapi-gen' and commit the result\n" + differences.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(Runtime.embedded, runtime)
    }
}
