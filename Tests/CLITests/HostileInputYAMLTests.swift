import Foundation
import XCTest

/// Hostile YAML through the real binary: an alias bomb, nesting 100,000 levels deep, 50 MB scalars, tabs used as
/// indentation, truncated, binary and wrongly encoded files, and YAML that openapi-gen does not read. Each case
/// exits 1 with diagnostics in the compiler's format (a syntax error with the line and column of the fault),
/// never crashes or hangs, and leaves an existing output folder byte-for-byte as it was.
final class HostileInputYAMLTests: XCTestCase, HostileInputHarness {
    private func generateYAMLFails(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> HostileRun {
        try generateFails(Data(text.utf8), specPath: "api.yaml", file: file, line: line)
    }

    /// A minimal valid document in block style, with `extra` lines appended at the top level.
    private static func document(_ extra: String = "") -> String {
        "openapi: 3.0.3\ninfo:\n  title: T\n  version: \"1\"\npaths: {}\n" + extra
    }

    // MARK: - Not YAML, or not a document

    func testEmptyAndCommentOnlyFiles() throws {
        for text in ["", "  \n\n", "# nothing but a comment\n"] {
            let run = try generateYAMLFails(text)
            XCTAssertEqual(run.outcome.stderr, "api.yaml: error: the file is empty; expected an OpenAPI document in YAML\n")
        }
    }

    func testTabsUsedAsIndentation() throws {
        let run = try generateYAMLFails("openapi: 3.0.3\ninfo:\n\ttitle: T\n")
        XCTAssertEqual(run.outcome.stderr, "api.yaml:3:1: error: the file is not valid YAML: a tab character indents this line; YAML allows only spaces for indentation\n")
    }

    func testBinaryBytes() throws {
        let run = try generateFails(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), specPath: "api.yaml")
        XCTAssertEqual(run.outcome.stderr, "api.yaml:1:1: error: the file is not valid UTF-8: byte 0x89 is not UTF-8 (binary data, or text in another encoding?); save the file as UTF-8\n")
    }

    func testRandomBinaryBytes() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for length in [1, 7, 4_096] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            let run = try generateFails(Data(bytes), specPath: "api.yml")
            XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.hasPrefix("api.yml"), run.outcome.stderr)
        }
    }

    func testUTF16IsRefused() throws {
        let data = try XCTUnwrap(("\u{FEFF}" + Self.document()).data(using: .utf16LittleEndian))
        let run = try generateFails(data, specPath: "api.yaml")
        XCTAssertEqual(run.outcome.stderr, "api.yaml: error: the file is UTF-16 encoded; save it as UTF-8 (YAML files are read as UTF-8)\n")
    }

    // MARK: - Truncated

    func testTruncatedFlowStyleSaysWhereItEnds() throws {
        let flow = "{\n  openapi: 3.0.3,\n  info: {title: T, version: \"1\"},\n  paths: {/a: {get: {responses: {default: {description: error}}}}}\n}\n"
        for cut in [1, 12, 30, 47, 60, flow.utf8.count - 3] {
            let run = try generateYAMLFails(String(flow.prefix(cut)))
            XCTAssertEqual(run.lines.count, 1, run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.contains(": error: the file is not valid YAML: the text ends "), run.outcome.stderr)
            XCTAssertTrue(run.outcome.stderr.contains("(truncated file?)"), run.outcome.stderr)
        }
    }

    func testBlockStyleCutAnywhereNeverCrashes() throws {
        let seed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("specs/Bookshelf/openapi.yaml"))
        let folder = try CLIRunner.scratchFolder(self)
        for cut in stride(from: 1, to: seed.count, by: max(1, seed.count / 12)) {
            try seed.prefix(cut).write(to: folder.appendingPathComponent("api.yaml"))
            let outcome = try CLIRunner.run(["validate", "api.yaml"], in: folder, timeout: 60)
            XCTAssertFalse(outcome.crashed || outcome.timedOut, "cut at \(cut): \(outcome.stderr.suffix(500))")
            XCTAssertEqual(outcome.status, 1, "cut at \(cut): a truncated document must not validate: \(outcome.stderr)")
            for text in outcome.stderr.split(separator: "\n") {
                XCTAssertTrue(Self.isDiagnostic(String(text)), "cut at \(cut): \(text)")
            }
        }
    }

    // MARK: - Limits

    func testAnAliasBombStopsQuickly() throws {
        var text = Self.document("x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
        for level in 1...9 {
            text += "x-lol\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let run = try generateYAMLFails(text)
        XCTAssertEqual(run.outcome.stderr, "api.yaml:11:49: error: aliases repeat more than 1000000 nodes in total (an alias bomb?); refusing the document\n")
    }

    func testSequencesNested100000LevelsDeep() throws {
        let flow = try generateYAMLFails(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        XCTAssertEqual(flow.outcome.stderr, "api.yaml:1:513: error: YAML nesting is deeper than 512 levels\n")
        let block = try generateYAMLFails(String(repeating: "- ", count: 100_000) + "x\n")
        XCTAssertEqual(block.outcome.stderr, "api.yaml:1:1025: error: YAML nesting is deeper than 512 levels\n")
    }

    func testMappingsNested100000LevelsDeepInsideASpec() throws {
        let deep = String(repeating: "{a: ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let run = try generateYAMLFails(Self.document("x-deep: \(deep)\n"))
        // `{` number 512 of the value is the 513th level (the document is the first): 9 + 511 × 4 = column 2,053.
        XCTAssertEqual(run.outcome.stderr, "api.yaml:6:2053: error: YAML nesting is deeper than 512 levels\n")
    }

    func testA50MegabyteScalarIsAbbreviatedInTheDiagnostic() throws {
        let huge = String(repeating: "x", count: 50 * 1024 * 1024)
        for value in [huge, "\"\(huge)\"", "|-\n  \(huge)"] {
            let run = try generateYAMLFails("openapi: \(value)\ninfo: {title: T, version: \"1\"}\npaths: {}\n")
            XCTAssertEqual(run.lines.count, 1)
            let text = run.outcome.stderr
            XCTAssertLessThan(text.utf8.count, 2_000, "the diagnostic must not repeat 50 MB")
            XCTAssertTrue(text.hasPrefix("api.yaml:1:1: error: OpenAPI xxxx"), String(text.prefix(200)))
            XCTAssertTrue(text.hasSuffix(" [#/openapi]\n"), String(text.suffix(200)))
        }
    }

    func testA50MegabyteKeyIsAbbreviatedInThePointer() throws {
        let huge = String(repeating: "p", count: 50 * 1024 * 1024)
        let run = try generateYAMLFails("openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths:\n  /\(huge): 42\n")
        let text = run.outcome.stderr
        XCTAssertLessThan(text.utf8.count, 3_000, "the diagnostic must not repeat 50 MB")
        XCTAssertTrue(text.hasPrefix("api.yaml:4:3: error: "), String(text.prefix(200)))
        XCTAssertTrue(text.contains("is a number; expected an object"), String(text.prefix(600)))
        XCTAssertTrue(text.hasSuffix("ppp]\n"), String(text.suffix(200)))
    }

    // MARK: - YAML that is refused, never misread

    func testUnsupportedYAMLIsOneClearDiagnostic() throws {
        let cases: [(String, String)] = [
            (Self.document() + "---\nopenapi: 3.0.3\n", "api.yaml:6:1: error: a second YAML document starts here; openapi-gen reads one document per file (split the file, or remove the '---')\n"),
            (Self.document("x-when: !!timestamp 2024-01-01\n"), "api.yaml:6:9: error: the tag '!!timestamp' is not supported; openapi-gen reads only the tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq\n"),
            (Self.document("? [a, b]\n: complex\n"), "api.yaml:6:3: error: complex mapping keys (a sequence or a mapping used as a key) are not supported\n"),
            (Self.document("x-base: &b {a: 1}\nx-more: [<<: *b]\n"), "api.yaml:7:10: error: a '<<' merge key is read only as 'key: value' in a block or flow mapping; write '<<: *base' there, or quote '<<' to mean the text\n"),
            (Self.document("paths: {}\n"), "api.yaml:6:1: error: the file is not valid YAML: the key 'paths' appears twice in one mapping (first at line 5, column 1); keys must be unique\n"),
        ]
        for (text, expected) in cases {
            let run = try generateYAMLFails(text)
            XCTAssertEqual(run.outcome.stderr, expected)
        }
    }
}
