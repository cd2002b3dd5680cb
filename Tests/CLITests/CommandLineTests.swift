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
        for arguments in [["frobnicate"], ["--frobnicate"], ["generate"], ["generate", "x.json"], ["generate", "x.json", "--output"], ["validate"], ["check", "extra.json"], ["validate", "x.json", "--ref-root"], []] {
            let outcome = try CLIRunner.run(arguments, in: folder)
            XCTAssertEqual(outcome.status, 64, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("openapi-gen --help"), "\(arguments): \(outcome.stderr)")
        }
    }

    /// `--ref-root DIR` lets external `$ref`s read a sibling folder the user trusts; without it they are refused.
    func testReferenceRootAllowsASiblingFolder() throws {
        let folder = try CLIRunner.scratchFolder(self)
        let files = [
            "api/openapi.yaml": "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        problem: {$ref: '../common/common.yaml#/Problem'}\n",
            "common/common.yaml": "Problem:\n  type: object\n  properties:\n    code: {type: integer}\n",
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let refused = try CLIRunner.run(["validate", "api/openapi.yaml"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("api/openapi.yaml:9:19: error: reference '../common/common.yaml#/Problem' leaves the spec folder 'api': common/common.yaml is outside it;"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--ref-root DIR"), refused.stderr)
        let allowed = try CLIRunner.run(["generate", "api/openapi.yaml", "--ref-root", ".", "--output", "Out"], in: folder)
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        let types = try (["Types.swift"] + (1...7).map { "Types\($0).swift" }).map {
            try String(contentsOf: folder.appendingPathComponent("Out/\($0)"), encoding: .utf8)
        }.joined()
        XCTAssertTrue(types.contains("public var code: Swift.Int?"), types)
    }

    func testValidateReportsNoErrorsForAGoodSpec() throws {
        let spec = CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json")
        let outcome = try CLIRunner.run(["validate", spec.path], in: try CLIRunner.scratchFolder(self))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("no errors"))
    }
}
