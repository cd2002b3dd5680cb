import Foundation
import XCTest

/// Hostile input through the real binary: each case exits 1 with a diagnostic in the compiler's format
/// (`file:line:col: error: sentence [JSON pointer]`, or `file: error: sentence` for the file as a whole), never
/// crashes or hangs, and leaves an existing output folder byte-for-byte as it was.
final class HostileInputTests: XCTestCase {
    // MARK: - Harness

    /// What `generate` did with one hostile spec.
    private struct Run {
        var outcome: CLIRunner.Outcome
        var folder: URL
        /// The diagnostics printed, one per line.
        var lines: [String] { outcome.stderr.split(separator: "\n").map(String.init) }
    }

    /// Writes `spec` as `api.json` (plus `extraFiles`, by path relative to the scratch folder) next to an `Out`
    /// folder holding an earlier generation and a hand-written file, runs `generate api.json --output Out`,
    /// and checks what every hostile case must do: exit 1, no crash, no hang, diagnostics in the compiler's
    /// format, nothing on stdout, and not one byte of the folder changed.
    private func generateFails(
        _ spec: Data, specPath: String = "api.json", extraFiles: [String: Data] = [:], timeout: TimeInterval = 60,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> Run {
        let folder = try CLIRunner.scratchFolder(self)
        let specURL = folder.appendingPathComponent(specPath)
        try FileManager.default.createDirectory(at: specURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try spec.write(to: specURL)
        for (path, data) in extraFiles {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try Self.writePreviousOutput(into: folder.appendingPathComponent("Out"))
        let before = CLIRunner.snapshot(folder)
        let outcome = try CLIRunner.run(["generate", specPath, "--output", "Out"], in: folder, timeout: timeout)
        let run = Run(outcome: outcome, folder: folder)
        XCTAssertFalse(outcome.timedOut, "the generator hung (killed after \(timeout) s)", file: file, line: line)
        XCTAssertFalse(outcome.crashed, "the generator crashed: \(outcome.stderr.suffix(2_000))", file: file, line: line)
        XCTAssertEqual(outcome.status, 1, outcome.stderr.prefix(2_000).description, file: file, line: line)
        XCTAssertEqual(outcome.stdout, "", file: file, line: line)
        XCTAssertFalse(run.lines.isEmpty, "no diagnostic was printed", file: file, line: line)
        for text in run.lines {
            XCTAssertTrue(Self.isDiagnostic(text), "not in the compiler's format: \(text.prefix(300))", file: file, line: line)
        }
        let after = CLIRunner.snapshot(folder)
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), "files were added or removed", file: file, line: line)
        XCTAssertTrue(after == before, "the output folder changed", file: file, line: line)
        return run
    }

    private func generateFails(_ text: String, specPath: String = "api.json", extraFiles: [String: Data] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        try generateFails(Data(text.utf8), specPath: specPath, extraFiles: extraFiles, file: file, line: line)
    }

    /// An earlier generation (the committed ByCloud client) and a hand-written file next to it.
    private static func writePreviousOutput(into out: URL) throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let committed = CLIRunner.packageRoot.appendingPathComponent("Generated/ByCloudBackups")
        for name in try FileManager.default.contentsOfDirectory(atPath: committed.path) where name.hasSuffix(".swift") {
            try FileManager.default.copyItem(at: committed.appendingPathComponent(name), to: out.appendingPathComponent(name))
        }
        try Data("// Written by hand; the generator must never touch it.\n".utf8).write(to: out.appendingPathComponent("Helpers.swift"))
    }

    /// `path: error: …`, `path:12: error: …` or `path:12:5: error: …` (or `warning:`), and nothing longer than a
    /// screenful: hostile values are abbreviated.
    private static func isDiagnostic(_ line: String) -> Bool {
        guard line.utf8.count < 5_000 else { return false }
        let pattern = #"^[^:\n]+(:[0-9]+(:[0-9]+)?)?: (error|warning|note): [^\n]+$"#
        return line.range(of: pattern, options: .regularExpression) != nil
    }

    /// The minimal valid document with `paths` and `components` (JSON texts), one member per line.
    private static func spec(paths: String = "{}", components: String = "{}") -> String {
        """
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1"},
          "paths": \(paths),
          "components": \(components)
        }
        """
    }

    private static let okResponse = ##"{"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}"##

    /// A document whose only operation returns component `A`, with `schemas` as given.
    private static func spec(schemas: String) -> String {
        spec(paths: ##"{"/a": {"get": {"operationId": "getA", "responses": \##(okResponse)}}}"##, components: ##"{"schemas": \##(schemas)}"##)
    }

    // MARK: - Not JSON at all

    func testEmptyFile() throws {
        let run = try generateFails("")
        XCTAssertEqual(run.outcome.stderr, "api.json: error: the file is empty; expected an OpenAPI document in JSON\n")
    }

    func testWhitespaceOnlyFile() throws {
        let run = try generateFails("  \n\t\r\n")
        XCTAssertEqual(run.outcome.stderr, "api.json: error: the file is empty; expected an OpenAPI document in JSON\n")
    }

    func testTextThatIsNotJSON() throws {
        let run = try generateFails("openapi: 3.0.3\ninfo:\n  title: YAML\n")
        XCTAssertEqual(run.outcome.stderr, "api.json:1:1: error: the file is not valid JSON: unexpected 'o' where a value was expected\n")
    }

    func testTruncatedJSONSaysWhereItEnds() throws {
        let run = try generateFails("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\", \"vers")
        XCTAssertEqual(run.outcome.stderr, "api.json:3:31: error: the file is not valid JSON: the text ends inside a string (truncated file?)\n")
    }

    func testSeedSpecTruncatedAtManyPlaces() throws {
        let seed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("specs/DatabaseBackups/openapi.json"))
        for cut in [1, 17, seed.count / 3, seed.count / 2, seed.count - 2] {
            let run = try generateFails(seed.prefix(cut))
            XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.hasPrefix("api.json:"), run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.contains(": error: the file is not valid JSON: the text ends"), run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.contains("(truncated file?)"), run.outcome.stderr)
        }
    }

    func testSyntaxErrorGivesLineAndColumnOfTheFault() throws {
        let run = try generateFails("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\",, \"version\": \"1\"}\n}")
        XCTAssertEqual(run.outcome.stderr, "api.json:3:25: error: the file is not valid JSON: expected a quoted member name, found ','\n")
    }

    func testTrailingCommaIsASyntaxError() throws {
        let run = try generateFails("{\"openapi\": \"3.0.3\", \"paths\": {},}")
        XCTAssertEqual(run.outcome.stderr, "api.json:1:33: error: the file is not valid JSON: trailing comma before '}'\n")
    }

    func testBinaryBytes() throws {
        // The first bytes of a PNG image.
        let run = try generateFails(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        XCTAssertEqual(
            run.outcome.stderr,
            "api.json:1:1: error: the file is not valid JSON: unexpected byte 0x89 where a value was expected (binary data, or text that is not UTF-8?)\n"
        )
    }

    func testRandomBinaryBytes() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in [1, 7, 4_096] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            let run = try generateFails(Data(bytes))
            XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.hasPrefix("api.json"), run.outcome.stderr)
        }
    }

    func testInvalidUTF8InsideAStringIsLocated() throws {
        let text = Data("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"caf".utf8) + Data([0xE9]) + Data("\", \"version\": \"1\"}, \"paths\": {}\n}".utf8)
        let run = try generateFails(text)
        XCTAssertEqual(run.outcome.stderr, "api.json:3:25: error: the file is not valid UTF-8: byte 0xE9 in a string is not UTF-8; save the file as UTF-8\n")
    }

    // MARK: - Encodings

    func testUTF8ByteOrderMarkIsAcceptedAndPositionsStayRight() throws {
        let text = Self.spec(schemas: ##"{"A": {"$ref": "#/components/schemas/Missing"}}"##)
        let run = try generateFails(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.outcome.stderr.hasPrefix("api.json:5:36: error: "), run.outcome.stderr)
        XCTAssertTrue(run.outcome.stderr.contains("'#/components/schemas/Missing'"), run.outcome.stderr)
        XCTAssertTrue(run.outcome.stderr.hasSuffix(" [#/components/schemas/A/$ref]\n"), run.outcome.stderr)

        let folder = try CLIRunner.scratchFolder(self)
        try (Data([0xEF, 0xBB, 0xBF]) + Data(Self.spec().utf8)).write(to: folder.appendingPathComponent("api.json"))
        let valid = try CLIRunner.run(["validate", "api.json"], in: folder)
        XCTAssertEqual(valid.status, 0, valid.stderr)
    }

    func testUTF16AndUTF32AreRefusedWithOrWithoutByteOrderMark() throws {
        let text = Self.spec()
        let cases: [(String.Encoding, String)] = [
            (.utf16LittleEndian, "UTF-16"), (.utf16BigEndian, "UTF-16"), (.utf32LittleEndian, "UTF-32"), (.utf32BigEndian, "UTF-32"),
        ]
        for (encoding, name) in cases {
            for withBOM in [true, false] {
                let data = try XCTUnwrap(((withBOM ? "\u{FEFF}" : "") + text).data(using: encoding))
                let run = try generateFails(data)
                XCTAssertEqual(run.outcome.stderr, "api.json: error: the file is \(name) encoded; save it as UTF-8 (JSON files must be UTF-8)\n", "\(name), BOM: \(withBOM)")
            }
        }
    }

    // MARK: - Size and depth

    func testArraysNested100000LevelsDeep() throws {
        let run = try generateFails(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        XCTAssertEqual(run.outcome.stderr, "api.json:1:513: error: JSON nesting is deeper than 512 levels\n")
    }

    func testObjectsNested100000LevelsDeepInsideASpec() throws {
        let deep = String(repeating: ##"{"a":"##, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let run = try generateFails("{\n  \"openapi\": \"3.0.3\",\n  \"x-deep\": \(deep)\n}")
        // `{` number 512 of the value is the 513th level: at 13 + 511 × 5 = column 2,568.
        XCTAssertEqual(run.outcome.stderr, "api.json:3:2568: error: JSON nesting is deeper than 512 levels\n")
    }

    func testSchemasNestedAsDeepAsAllowedDoNotOverflowTheStack() throws {
        // 500 levels of `items` (the deepest schema nesting JSON allows) must be generated or refused cleanly.
        var schema = ##"{"type": "string"}"##
        for _ in 0..<500 { schema = ##"{"type": "array", "items": \##(schema)}"## }
        let folder = try CLIRunner.scratchFolder(self)
        try Data(Self.spec(schemas: ##"{"A": \##(schema)}"##).utf8).write(to: folder.appendingPathComponent("api.json"))
        let outcome = try CLIRunner.run(["validate", "api.json"], in: folder, timeout: 60)
        XCTAssertFalse(outcome.crashed, outcome.stderr.suffix(2_000).description)
        XCTAssertFalse(outcome.timedOut)
        XCTAssertTrue([0, 1].contains(outcome.status), outcome.stderr)
    }

    func testA50MegabyteStringIsAbbreviatedInTheDiagnostic() throws {
        let huge = String(repeating: "x", count: 50 * 1024 * 1024)
        let run = try generateFails(##"{"openapi": "\##(huge)", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(run.lines.count, 1)
        let text = run.outcome.stderr
        XCTAssertLessThan(text.utf8.count, 2_000, "the diagnostic must not repeat 50 MB")
        XCTAssertTrue(text.hasPrefix("api.json:1:2: error: OpenAPI xxxx"), String(text.prefix(200)))
        XCTAssertTrue(text.contains("…"), String(text.prefix(200)))
        XCTAssertTrue(text.hasSuffix(" [#/openapi]\n"), String(text.suffix(200)))
    }

    func testA50MegabyteMemberNameIsAbbreviatedInThePointer() throws {
        let huge = String(repeating: "p", count: 50 * 1024 * 1024)
        let run = try generateFails(Self.spec(paths: ##"{"/\##(huge)": 42}"##))
        let text = run.outcome.stderr
        XCTAssertLessThan(text.utf8.count, 3_000, "the diagnostic must not repeat 50 MB")
        XCTAssertTrue(text.hasPrefix("api.json:4:13: error: "), String(text.prefix(200)))
        XCTAssertTrue(text.contains("is a number; expected an object"), String(text.prefix(600)))
        XCTAssertTrue(text.contains(" [#/paths/~1ppp"), String(text.suffix(400)))
        XCTAssertTrue(text.hasSuffix("ppp]\n"), String(text.suffix(200)))
    }

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

    // MARK: - Not OpenAPI 3.0

    func testSwagger2Document() throws {
        let run = try generateFails(##"{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(run.outcome.stderr, "api.json:1:2: error: this is a Swagger 2.0 document; openapi-gen reads OpenAPI 3.0.x (convert it first) [#/swagger]\n")
    }

    func testOpenAPI31Document() throws {
        let run = try generateFails(##"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(run.outcome.stderr, "api.json:1:2: error: OpenAPI 3.1.0 is not supported; openapi-gen reads OpenAPI 3.0.x documents [#/openapi]\n")
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

    func testDuplicateOperationIDs() throws {
        let run = try generateFails(Self.spec(paths: """
            {
                "/a": {"get": {"operationId": "fetch", "responses": {"200": {"description": "ok"}}}},
                "/b": {"get": {"operationId": "fetch", "responses": {"200": {"description": "ok"}}}}
              }
            """))
        XCTAssertEqual(
            run.outcome.stderr,
            "api.json:6:20: error: duplicate operationId 'fetch': GET /a already uses it at #/paths/~1a/get/operationId; operationIds must be unique [#/paths/~1b/get/operationId]\n"
        )
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

    func testPathTemplateParameterThatIsNotDeclared() throws {
        let run = try generateFails(Self.spec(paths: """
            {
                "/a/{id}": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok"}}}}
              }
            """))
        XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasPrefix("api.json:5:17: error: the path template names '{id}'"), run.outcome.stderr)
        XCTAssertTrue(run.lines[0].hasSuffix(" [#/paths/~1a~1{id}/get]"), run.outcome.stderr)
    }

    func testParameterWithoutSchema() throws {
        let run = try generateFails(Self.spec(paths: """
            {
                "/a": {"get": {"operationId": "getA", "parameters": [{"name": "q", "in": "query"}], "responses": {"200": {"description": "ok"}}}}
              }
            """))
        XCTAssertEqual(run.outcome.stderr, "api.json:5:58: error: the parameter 'q' has neither 'schema' nor 'content' [#/paths/~1a/get/parameters/0]\n")
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
            api.json:5:58: error: the parameter 'q' has neither 'schema' nor 'content' [#/paths/~1a/get/parameters/0]
            api.json:6:20: error: duplicate operationId 'same': GET /a already uses it at #/paths/~1a/get/operationId; operationIds must be unique [#/paths/~1b/get/operationId]
            api.json:9:41: error: 'properties' is a string; expected an object [#/components/schemas/A/properties]
            api.json:9:76: error: 'required' entries must be strings [#/components/schemas/A/required/0]

            """)
    }

    // MARK: - Files

    func testEmptyOutputPathIsRefused() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        let before = CLIRunner.snapshot(folder)
        for output in ["", "  "] {
            let outcome = try CLIRunner.run(["generate", "api.json", "--output", output], in: folder)
            XCTAssertEqual(outcome.status, 64, outcome.stderr)
            XCTAssertTrue(outcome.stderr.hasPrefix("openapi-gen: error: --output needs the name of a folder"), outcome.stderr)
        }
        XCTAssertTrue(CLIRunner.snapshot(folder) == before, "nothing may be written into the working folder")
    }

    func testOutputPathThatIsALinkToAFileIsRefused() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Out").path, withDestinationPath: "target.txt")
        for output in ["Out", "/dev/null"] {
            let outcome = try CLIRunner.run(["generate", "api.json", "--output", output], in: folder)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertTrue(outcome.stderr.hasPrefix("openapi-gen: error: "), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("exists and is not a folder; refusing to write generated files there"), outcome.stderr)
        }
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("target.txt"), encoding: .utf8), "keep me")
    }

    func testAHandWrittenFileWithAGeneratedNameIsNotOverwritten() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        let out = folder.appendingPathComponent("Out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("// My own types, not generated.\n".utf8).write(to: out.appendingPathComponent("Types.swift"))
        let before = CLIRunner.snapshot(folder)
        let outcome = try CLIRunner.run(["generate", "api.json", "--output", "Out"], in: folder)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasPrefix("openapi-gen: error: "), outcome.stderr)
        XCTAssertEqual(outcome.stderr, "openapi-gen: error: Out/Types.swift exists and was not generated by openapi-gen (it does not start with '// Generated by openapi-gen. DO NOT EDIT.'); refusing to overwrite it\n")
        XCTAssertTrue(CLIRunner.snapshot(folder) == before, "a failed write must change nothing, not even the other two files")
    }

    func testFoldersLinksAndPipesWithGeneratedNamesAreLeftAlone() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        let out = folder.appendingPathComponent("Out")
        let manager = FileManager.default
        try manager.createDirectory(at: out.appendingPathComponent("Folder.swift"), withIntermediateDirectories: true)
        try Data("// Generated by openapi-gen. DO NOT EDIT.\n".utf8).write(to: out.appendingPathComponent("Folder.swift/Inner.swift"))
        XCTAssertEqual(mkfifo(out.appendingPathComponent("Pipe.swift").path, 0o644), 0)
        // A link to a generated file outside the folder: neither the link nor its target may be removed.
        try Data("// Generated by openapi-gen. DO NOT EDIT.\n// elsewhere\n".utf8).write(to: folder.appendingPathComponent("Elsewhere.swift"))
        try manager.createSymbolicLink(atPath: out.appendingPathComponent("Link.swift").path, withDestinationPath: "../Elsewhere.swift")
        let outcome = try CLIRunner.run(["generate", "api.json", "--output", "Out"], in: folder, timeout: 60)
        XCTAssertFalse(outcome.timedOut, "reading a pipe must not hang")
        XCTAssertFalse(outcome.crashed, outcome.stderr)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let names = try manager.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(names, ["Client.swift", "Folder.swift", "Link.swift", "Pipe.swift", "Support.swift", "Types.swift"])
        XCTAssertTrue(manager.fileExists(atPath: out.appendingPathComponent("Folder.swift/Inner.swift").path))
        XCTAssertEqual(try manager.destinationOfSymbolicLink(atPath: out.appendingPathComponent("Link.swift").path), "../Elsewhere.swift")
        XCTAssertTrue(manager.fileExists(atPath: folder.appendingPathComponent("Elsewhere.swift").path))
    }

    func testAFolderWithAGeneratedFileNameIsRefusedNotReplaced() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/ByCloudBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        let out = folder.appendingPathComponent("Out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("Client.swift"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("Client.swift/keep.txt"))
        let before = CLIRunner.snapshot(folder)
        let outcome = try CLIRunner.run(["generate", "api.json", "--output", "Out"], in: folder)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "openapi-gen: error: Out/Client.swift exists and is not a regular file; refusing to replace it\n")
        XCTAssertTrue(CLIRunner.snapshot(folder) == before)
    }

    func testSpecPathsThatAreNotFilesAreRefused() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.json"), withIntermediateDirectories: true)
        for (path, display) in [("dir.json", "dir.json"), ("/dev/zero", "zero")] {
            let outcome = try CLIRunner.run(["validate", path], in: folder, timeout: 30)
            XCTAssertFalse(outcome.timedOut, "reading \(path) must not hang")
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertEqual(outcome.stderr, "\(display): error: not a regular file (a folder, pipe or device?); expected a JSON file\n")
        }
    }

    func testNoTemporaryFilesAreLeftBehind() throws {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("specs/DatabaseBackups/openapi.json"), to: folder.appendingPathComponent("api.json"))
        let outcome = try CLIRunner.run(["generate", "api.json", "--output", "Out"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Out").path).sorted(), ["Client.swift", "Support.swift", "Types.swift"])
    }
}
