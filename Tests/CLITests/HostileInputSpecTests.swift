import Foundation
import XCTest

/// Hostile input at the level of the OpenAPI document, through the real binary: broken, looping, escaping or remote
/// references, documents that are not OpenAPI 3.0, wrong types and duplicate members (mistakes with one sensible
/// reading, such as duplicate operationIds, are warnings: `LeniencyCommandTests`). Each case exits 1 with a
/// diagnostic in the compiler's format (`file:line:col: error: sentence [JSON pointer]`), never crashes or hangs,
/// and leaves an existing output folder byte-for-byte as it was.
final class HostileInputSpecTests: XCTestCase, HostileInputHarness {
    // MARK: - References

    func testReferenceChainThatLoops() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"$ref": "#/components/schemas/B"},
                  "B": {"$ref": "#/components/schemas/A"}
                }
            """))
        XCTAssertEqual(run.lines.count, 2, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("api.json:6:13: error: reference loop: "), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasSuffix(" [#/components/schemas/A/$ref]"), run.outcome.stderr)
        XCTAssertTrue(run.lines[1].hasPrefix("api.json:7:13: error: reference loop: "), run.outcome.stderr)
        XCTAssertTrue(run.lines[1].hasSuffix(" [#/components/schemas/B/$ref]"), run.outcome.stderr)
    }

    func testAllOfThatIncludesItselfWithOtherParts() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"allOf": [
                    {"$ref": "#/components/schemas/A"},
                    {"type": "object", "properties": {"x": {"type": "string"}}}
                  ]}
                }
            """))
        XCTAssertTrue(run.lines.contains { $0.hasPrefix("api.json:7:10: error: ") && $0.contains("loop") && $0.hasSuffix(" [#/components/schemas/A/allOf/0/$ref]") }, run.outcome.stderr)
    }

    func testAllOfThatIsOnlyItself() throws {
        // `A: allOf [A]` would become `typealias A = A`, which does not compile: it must be an error.
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"allOf": [{"$ref": "#/components/schemas/A"}]}
                }
            """))
        XCTAssertTrue(run.lines.contains { $0.hasPrefix("api.json:6:") && $0.contains(": error: ") && $0.contains("loop") && $0.contains("[#/components/schemas/A") }, run.outcome.stderr)
    }

    func testReferenceToAMissingTarget() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Nope"}}}
                }
            """))
        XCTAssertEqual(run.outcome.stderr, "api.json:6:52: error: unresolved reference '#/components/schemas/Nope' [#/components/schemas/A/properties/b/$ref]\n")
    }

    func testReferenceThatLeavesTheRootFolder() throws {
        // The target exists, one folder above the spec's: it must still not be read.
        let target = Data(##"{"components": {"schemas": {"X": {"type": "string"}}}}"##.utf8)
        let run = try generateFails(
            Self.spec(schemas: """
                {
                      "A": {"$ref": "../outside.json#/components/schemas/X"}
                    }
                """),
            specPath: "spec/api.json", extraFiles: ["outside.json": target]
        )
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("spec/api.json:6:13: error: "), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].contains("reference"), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasSuffix(" [#/components/schemas/A/$ref]"), run.outcome.stderr)
    }

    func testAbsoluteFileReference() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"$ref": "/etc/passwd#/x"}
                }
            """))
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("api.json:6:13: error: "), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].contains("reference"), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasSuffix(" [#/components/schemas/A/$ref]"), run.outcome.stderr)
    }

    func testRemoteReference() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"$ref": "https://example.com/schemas.json#/components/schemas/X"}
                }
            """))
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("api.json:6:13: error: "), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].contains("reference"), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasSuffix(" [#/components/schemas/A/$ref]"), run.outcome.stderr)
    }

    func testInlineReferencesThatDoubleAtEachLevelDoNotHang() throws {
        // Each level refers twice to a schema inside the next one (not to a component), so inlining them
        // naively makes 2^24 copies: the generator must refuse or share them, not run for hours.
        let levels = 24
        var schemas: [String] = []
        for level in 0..<levels {
            let next = ##"{"$ref": "#/components/schemas/L\##(level + 1)/properties/p"}"##
            schemas.append(##""L\##(level)": {"type": "object", "properties": {"p": {"type": "object", "properties": {"a": \##(next), "b": \##(next)}}}}"##)
        }
        schemas.append(##""L\##(levels)": {"type": "object", "properties": {"p": {"type": "string"}}}"##)
        let folder = try CLIRunner.scratchFolder(self)
        try Data(Self.spec(paths: "{}", components: ##"{"schemas": {\##(schemas.joined(separator: ", "))}}"##).utf8).write(to: folder.appendingPathComponent("api.json"))
        let outcome = try CLIRunner.run(["validate", "api.json"], in: folder, timeout: 30)
        XCTAssertFalse(outcome.timedOut, "the generator hung on exponentially many inline references")
        XCTAssertFalse(outcome.crashed, outcome.stderr.suffix(2_000).description)
        XCTAssertTrue([0, 1].contains(outcome.status), outcome.stderr.prefix(2_000).description)
    }

    // MARK: - Not OpenAPI 3.0 or 3.1

    func testSwagger2Document() throws {
        let run = try generateFails(##"{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(run.outcome.stderr, "api.json:1:2: error: this is a Swagger 2.0 document; openapi-gen reads OpenAPI 3.0.x (convert it first) [#/swagger]\n")
    }

    func testOpenAPI32Document() throws {
        let run = try generateFails(##"{"openapi": "3.2.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(run.outcome.stderr, "api.json:1:2: error: OpenAPI 3.2.0 is not supported; openapi-gen reads OpenAPI 3.0.x and 3.1.x documents [#/openapi]\n")
    }

    func testRootThatIsNotAnObject() throws {
        let run = try generateFails(##"["openapi", "3.0.3"]"##)
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("api.json:1:1: error: the document root is an array; expected an object"), run.outcome.stderr)
    }

    // MARK: - Wrong types and broken rules

    func testPathsAsAnArray() throws {
        let run = try generateFails(Self.spec(paths: "[]"))
        XCTAssertEqual(run.outcome.stderr, "api.json:4:3: error: 'paths' is an array; expected an object [#/paths]\n")
    }

    func testPropertiesAsAString() throws {
        let run = try generateFails(Self.spec(schemas: """
            {
                  "A": {"type": "object", "properties": "oops"}
                }
            """))
        XCTAssertEqual(run.outcome.stderr, "api.json:6:31: error: 'properties' is a string; expected an object [#/components/schemas/A/properties]\n")
    }

    func testDuplicateMemberNamesInOneObject() throws {
        let run = try generateFails("""
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {"/a": {"get": {"responses": {}}, "get": {"responses": {}}}}
            }
            """)
        XCTAssertEqual(
            run.outcome.stderr,
            "api.json:4:46: error: the member 'get' appears twice in one object (first at line 4, column 20); member names must be unique [#/paths/~1a/get]\n"
        )
    }

    func testEveryErrorOfTheDocumentIsReportedInOrder() throws {
        let run = try generateFails(Self.spec(
            paths: """
                {
                    "/a": {"get": {"operationId": "same", "parameters": [{"name": "q", "in": "query"}], "responses": {"200": {"description": "ok"}}}},
                    "/b": {"get": {"operationId": "same", "responses": {"200": {"description": "ok"}}}}
                  }
                """,
            components: """
                {
                    "schemas": {"A": {"type": "object", "properties": "oops", "required": [1]}}
                  }
                """
        ))
        XCTAssertEqual(run.outcome.stderr, """
            api.json:5:58: warning: the parameter 'q' has neither 'schema' nor 'content'; assumed a string [#/paths/~1a/get/parameters/0]
            api.json:6:20: warning: duplicate operationId 'same': GET /a already uses it at #/paths/~1a/get/operationId; this one is named 'same_2' [#/paths/~1b/get/operationId]
            api.json:9:41: error: 'properties' is a string; expected an object [#/components/schemas/A/properties]
            api.json:9:76: error: 'required' entries must be strings [#/components/schemas/A/required/0]
            warning summary: 1 × parameter without schema, 1 × duplicate operationId (2 warnings)

            """)
    }
}
