import Foundation
import XCTest

/// Hostile input at the level of the file, through the real binary: empty, binary, truncated or malformed JSON,
/// encodings other than UTF-8, nesting deeper than the limit and huge values. Each case exits 1 with a diagnostic
/// in the compiler's format, never crashes or hangs, and leaves an existing output folder byte-for-byte as it was.
final class HostileInputJSONTests: XCTestCase, HostileInputHarness {
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
}
