import Foundation
import XCTest

/// `openapi-gen diff OLD NEW`: what changed for a Swift caller between two revisions of a spec, breaking
/// changes first; `--fail-on-breaking` exits 2 when there is one.
final class DiffCommandTests: XCTestCase {
    /// specs/ByCloudBackups copied twice, as `old/` and `new/`, with `edit` applied to the new document.
    private func revisions(_ edit: (inout [String: Any]) -> Void) throws -> URL {
        let folder = try CLIRunner.scratchFolder(self)
        let source = CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups")
        for name in ["old", "new"] {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
        }
        let spec = folder.appendingPathComponent("new/openapi.json")
        var document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: spec)) as? [String: Any])
        edit(&document)
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]).write(to: spec)
        return folder
    }

    func testSameSpecHasNoChanges() throws {
        let folder = try revisions { _ in }
        let outcome = try CLIRunner.run(["diff", "old", "new", "--fail-on-breaking"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "0 breaking, 0 additive changes\n")
    }

    func testBreakingChangesComeFirstAndFailWhenAsked() throws {
        let folder = try revisions { document in
            var components = document["components"] as? [String: Any] ?? [:]
            var schemas = components["schemas"] as? [String: Any] ?? [:]
            schemas["Brand"] = ["type": "object", "properties": ["name": ["type": "string"]]]
            components["schemas"] = schemas
            document["components"] = components
            var paths = document["paths"] as? [String: Any] ?? [:]
            var item = paths["/v1/database-backups"] as? [String: Any] ?? [:]
            var operation = item["get"] as? [String: Any] ?? [:]
            var parameters = operation["parameters"] as? [Any] ?? []
            parameters.append(["name": "region", "in": "query", "required": true, "schema": ["type": "string"]])
            operation["parameters"] = parameters
            item["get"] = operation
            paths["/v1/database-backups"] = item
            document["paths"] = paths
        }
        let outcome = try CLIRunner.run(["diff", "old", "new"], in: folder)
        XCTAssertEqual(outcome.status, 0, "without --fail-on-breaking a diff is only a report: \(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(
            "breaking: Client.listDatabaseBackups: a required argument 'region' was added (query parameter 'region') — operation 'listDatabaseBackups' (GET /v1/database-backups), query parameter 'region' [new/openapi.json:308:11 #/paths/~1v1~1database-backups/get/parameters/6]"
        ), outcome.stdout)
        XCTAssertTrue(lines.first?.hasPrefix("breaking: ") ?? false, outcome.stdout)
        XCTAssertTrue(lines.contains("additive: Brand: a new struct — schema 'Brand' [new/openapi.json:4:7 #/components/schemas/Brand]"), outcome.stdout)
        XCTAssertLessThan(
            try XCTUnwrap(lines.lastIndex { $0.hasPrefix("breaking:") }),
            try XCTUnwrap(lines.firstIndex { $0.hasPrefix("additive:") })
        )
        let failing = try CLIRunner.run(["diff", "old/openapi.json", "new/openapi.json", "--fail-on-breaking"], in: folder)
        XCTAssertEqual(failing.status, 2, failing.stderr)
    }

    func testMarkdownTableForAPullRequest() throws {
        let folder = try revisions { document in
            var components = document["components"] as? [String: Any] ?? [:]
            var schemas = components["schemas"] as? [String: Any] ?? [:]
            // A property name with a pipe, backticks and an asterisk must not break the table.
            var meta = schemas["ListMeta"] as? [String: Any] ?? [:]
            var properties = meta["properties"] as? [String: Any] ?? [:]
            properties["a|`b`*"] = ["type": "string"]
            meta["properties"] = properties
            schemas["ListMeta"] = meta
            components["schemas"] = schemas
            document["components"] = components
        }
        let outcome = try CLIRunner.run(["diff", "old", "new", "--format", "markdown", "--fail-on-breaking"], in: folder)
        XCTAssertEqual(outcome.status, 0, "a new optional property is additive: \(outcome.stderr)")
        XCTAssertEqual(outcome.stdout, #"""
            **openapi-gen diff** `old` → `new`: 0 breaking, 1 additive change

            | Impact | Swift declaration | Change | Spec | JSON pointer | File |
            | --- | --- | --- | --- | --- | --- |
            | additive | `ListMeta.aB` | a new optional property (Swift.String?) | schema 'ListMeta', property 'a\|\`b\`\*' | ``#/components/schemas/ListMeta/properties/a\|`b`*`` | `new/openapi.json:191:11` |

            """#)
        let same = try CLIRunner.run(["diff", "old", "old", "--format", "markdown"], in: folder)
        XCTAssertEqual(same.stdout, "**openapi-gen diff** `old` → `old`: 0 breaking, 0 additive changes\n")
    }

    func testFormatOption() throws {
        let folder = try revisions { _ in }
        let plain = try CLIRunner.run(["diff", "--format", "plain", "old", "new"], in: folder)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout, "0 breaking, 0 additive changes\n")
        let unknown = try CLIRunner.run(["diff", "old", "new", "--format", "html"], in: folder)
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("unknown --format 'html'; use plain or markdown"), unknown.stderr)
        XCTAssertEqual(try CLIRunner.run(["diff", "old", "new", "--format"], in: folder).status, 64)
    }

    func testSpecErrorsAndUsage() throws {
        let folder = try revisions { document in document["paths"] = [] }
        let broken = try CLIRunner.run(["diff", "old", "new"], in: folder)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("new/openapi.json:"), broken.stderr)
        XCTAssertEqual(try CLIRunner.run(["diff", "old"], in: folder).status, 64)
        let missing = try CLIRunner.run(["diff", "old", "nowhere"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nowhere: error: no such file or folder"), missing.stderr)
    }
}
