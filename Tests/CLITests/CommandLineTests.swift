import Foundation
import XCTest

/// The command line as a user meets it: help, version, usage errors and exit codes.
final class CommandLineTests: XCTestCase {
    func testHelpAndVersion() throws {
        let folder = try CLIRunner.scratchFolder(self)
        let help = try CLIRunner.run(["--help"], in: folder)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("openapi-gen check"))
        XCTAssertTrue(help.stdout.contains("Exit codes"))
        let version = try CLIRunner.run(["--version"], in: folder)
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("openapi-gen "))
    }

    func testUsageErrorsExit64() throws {
        let folder = try CLIRunner.scratchFolder(self)
        for arguments in [["frobnicate"], ["--frobnicate"], ["generate"], ["generate", "x.json"], ["generate", "x.json", "--output"], ["validate"], ["check", "extra.json"], []] {
            let outcome = try CLIRunner.run(arguments, in: folder)
            XCTAssertEqual(outcome.status, 64, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("openapi-gen --help"), "\(arguments): \(outcome.stderr)")
        }
    }

    func testValidateReportsNoErrorsForAGoodSpec() throws {
        let spec = CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json")
        let outcome = try CLIRunner.run(["validate", spec.path], in: try CLIRunner.scratchFolder(self))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("no errors"))
    }
}
