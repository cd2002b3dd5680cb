import Foundation
import XCTest

/// In the generator's own package, `openapi-gen` embeds `Sources/OpenAPIGenRuntime` and generates with it in one
/// run, and `check` fails while the embedded copy differs from the runtime files.
final class RuntimeEmbeddingCommandTests: XCTestCase {
    private let embedded = "Sources/OpenAPIGenKit/Emit/Runtime/EmbeddedRuntime.swift"

    private func packageCopy() throws -> URL {
        let folder = try CLIRunner.scratchFolder(self)
        let manager = FileManager.default
        for name in ["specs", "Generated", "Sources/OpenAPIGenRuntime", embedded] {
            let target = folder.appendingPathComponent(name)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(name), to: target)
        }
        return folder
    }

    func testARuntimeEditIsEmbeddedAndGeneratedInOneRunAndCheckedBefore() throws {
        let folder = try packageCopy()
        XCTAssertEqual(try CLIRunner.run(["check"], in: folder).status, 0)
        let retry = folder.appendingPathComponent("Sources/OpenAPIGenRuntime/Retry.swift")
        let text = try String(contentsOf: retry, encoding: .utf8)
        try text.replacingOccurrences(of: "// MARK: - Retries", with: "// MARK: - Retries (edited)").write(to: retry, atomically: true, encoding: .utf8)

        let stale = try CLIRunner.run(["check"], in: folder)
        XCTAssertEqual(stale.status, 2, stale.stderr)
        XCTAssertTrue(stale.stderr.contains("\(embedded):"), stale.stderr)
        XCTAssertTrue(stale.stderr.contains("Generated/KitchenSink/Support.swift:"), stale.stderr)

        let generate = try CLIRunner.run([], in: folder)
        XCTAssertEqual(generate.status, 0, generate.stderr)
        XCTAssertTrue(generate.stdout.contains("Sources/OpenAPIGenKit/Emit/Runtime: wrote EmbeddedRuntime.swift"), generate.stdout)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent(embedded), encoding: .utf8).contains("// MARK: - Retries (edited)"))
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("Generated/KitchenSink/Support.swift"), encoding: .utf8).contains("// MARK: - Retries (edited)"))
        XCTAssertEqual(try CLIRunner.run(["check"], in: folder).status, 0)
    }

    func testABrokenRuntimeFileIsAnErrorWithItsPosition() throws {
        let folder = try packageCopy()
        let before = CLIRunner.snapshot(folder)
        try "import Foundation\n\nenum Broken {\n".write(to: folder.appendingPathComponent("Sources/OpenAPIGenRuntime/Broken.swift"), atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run([], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stderr, "Sources/OpenAPIGenRuntime/Broken.swift:3:14: error: the file ends inside a '{', '(' or '['\n")
        var after = CLIRunner.snapshot(folder)
        after["Sources/OpenAPIGenRuntime/Broken.swift"] = nil
        XCTAssertEqual(after, before, "nothing is written")
    }
}
