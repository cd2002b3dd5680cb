import Foundation
import XCTest

/// `openapi-gen check`: exit 0 when Generated/ is current, exit 2 with the first differing lines and the
/// fixing command after a spec edit.
final class CheckCommandTests: XCTestCase {
    private func projectCopy() throws -> URL {
        let folder = try CLIRunner.scratchFolder(self)
        for name in ["specs", "Generated"] {
            try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    func testCleanTreePasses() throws {
        let folder = try projectCopy()
        let outcome = try CLIRunner.run(["check"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("up to date"))
    }

    func testSpecEditIsReportedWithTheFix() throws {
        let folder = try projectCopy()
        let spec = folder.appendingPathComponent("specs/ByCloudBackups/openapi.json")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "Maximum number of items to return", with: "Largest page size").write(to: spec, atomically: true, encoding: .utf8)
        let before = CLIRunner.snapshot(folder.appendingPathComponent("Generated"))
        let outcome = try CLIRunner.run(["check"], in: folder)
        XCTAssertEqual(outcome.status, 2, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Generated/ByCloudBackups/Client.swift:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("+ generated:") && outcome.stderr.contains("Largest page size"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("swift run openapi-gen"), outcome.stderr)
        XCTAssertEqual(CLIRunner.snapshot(folder.appendingPathComponent("Generated")), before, "check must not write")
    }
}
