import Foundation
import XCTest
@testable import OpenAPIGenKit

final class JSONLoaderTests: XCTestCase {
    // MARK: - Values

    func testBooleansAreNotNumbersAndNumbersKeepTheirKind() {
        let (value, diagnostics) = Stages.load("[true, false, 1, 0, 1.5, -3]")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(value, .array([.bool(true), .bool(false), .int(1), .int(0), .double(1.5), .int(-3)]))
    }

    func testLargeIntegersStayIntegers() {
        XCTAssertEqual(Stages.load(##"{"size": 17484513608}"##).value, .object(JSONObject(["size": .int(17484513608)])))
    }

    func testStringsNullAndNestedContainers() {
        let (value, diagnostics) = Stages.load(##"{"a": null, "b": ["x", {"c": "é\n"}]}"##)
        XCTAssertEqual(diagnostics, [])
        let expected = JSONValue.object(JSONObject([
            "a": .null,
            "b": .array([.string("x"), .object(JSONObject(["c": .string("é\n")]))]),
        ]))
        XCTAssertEqual(value, expected)
    }

    func testObjectKeysKeepDocumentOrder() throws {
        let value = try XCTUnwrap(Stages.load(##"{"zeta": 1, "alpha": 2, "Mid": 3, "beta": {"petType": 4, "name": 5, "indoor": 6}}"##).value)
        let object = try XCTUnwrap(value.objectValue)
        XCTAssertEqual(object.keys, ["zeta", "alpha", "Mid", "beta"])
        XCTAssertEqual(object.members.map(\.key), ["zeta", "alpha", "Mid", "beta"])
        XCTAssertEqual(object.members.prefix(3).map(\.value), [.int(1), .int(2), .int(3)])
        XCTAssertEqual(object["beta"]?.objectValue?.keys, ["petType", "name", "indoor"])
    }

    func testSetAppendsNewKeysAndReplacesInPlace() {
        var object = JSONObject(["b": .int(1), "d": .int(2)])
        object.set("c", .int(3))
        object.set("a", .int(4))
        object.set("b", .int(5))
        XCTAssertEqual(object.keys, ["b", "d", "c", "a"])
        XCTAssertEqual(object["b"], .int(5))
    }

    func testByteOrderMarkIsAccepted() {
        let (value, diagnostics) = Stages.load(Data([0xEF, 0xBB, 0xBF]) + Data(##"{"a": 1}"##.utf8))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(value, .object(JSONObject(["a": .int(1)])))
    }

    // MARK: - Refused input

    func testEmptyFileIsAnError() {
        for text in ["", "  \n\t\r\n"] {
            let (value, diagnostics) = Stages.load(text, file: "empty.json")
            XCTAssertNil(value)
            XCTAssertEqual(diagnostics.count, 1)
            XCTAssertEqual(diagnostics.first?.severity, .error)
            XCTAssertEqual(diagnostics.first?.file, "empty.json")
            XCTAssertTrue(diagnostics.first?.message.contains("empty") ?? false, diagnostics.description)
        }
    }

    func testBOMOnlyFileIsEmpty() {
        let (value, diagnostics) = Stages.load(Data([0xEF, 0xBB, 0xBF]))
        XCTAssertNil(value)
        XCTAssertTrue(diagnostics.first?.message.contains("empty") ?? false, diagnostics.description)
    }

    func testSyntaxErrorPointsAtTheSecondComma() {
        let (value, diagnostics) = Stages.load(##"{"a": [1, 2,, 3]}"##)
        XCTAssertNil(value)
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = diagnostics[0]
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.line, 1)
        XCTAssertEqual(diagnostic.column, 13)
        XCTAssertTrue(diagnostic.message.hasPrefix("the file is not valid JSON"), diagnostic.message)
        XCTAssertTrue(diagnostic.message.contains("','"), diagnostic.message)
        XCTAssertEqual(diagnostic.description, "t.json:1:13: error: \(diagnostic.message)")
    }

    func testSyntaxErrorOnALaterLine() {
        let text = "{\n  \"a\": 1\n  \"b\": 2\n}"
        let diagnostics = Stages.load(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.line), [3])
        XCTAssertEqual(diagnostics.map(\.column), [3])
        XCTAssertTrue(diagnostics.first?.message.contains("expected ',' or '}'") ?? false, diagnostics.description)
    }

    func testTruncatedFileSaysTruncated() {
        let diagnostics = Stages.load(##"{"a": "##).diagnostics
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("truncated") ?? false, diagnostics.description)
        XCTAssertEqual(diagnostics.first?.line, 1)
        XCTAssertEqual(diagnostics.first?.column, 7)
    }

    func testTruncatedStringSaysTruncated() {
        let diagnostics = Stages.load(##"{"a": "abc"##).diagnostics
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("truncated") ?? false, diagnostics.description)
    }

    func testUnquotedMemberNameIsReportedAtTheName() {
        let diagnostics = Stages.load(##"{"a": 1, x}"##).diagnostics
        XCTAssertEqual(diagnostics.first?.column, 10)
        XCTAssertTrue(diagnostics.first?.message.contains("quoted member name") ?? false, diagnostics.description)
    }

    func testUTF16WithByteOrderMarkIsRefused() throws {
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let data = try XCTUnwrap("\u{FEFF}{\"a\": 1}".data(using: encoding))
            let (value, diagnostics) = Stages.load(data)
            XCTAssertNil(value)
            XCTAssertEqual(diagnostics.count, 1)
            XCTAssertTrue(diagnostics.first?.message.contains("UTF-16") ?? false, diagnostics.description)
        }
    }

    func testUTF16WithoutByteOrderMarkIsRefused() throws {
        let data = try XCTUnwrap("{\"a\": 1}".data(using: .utf16LittleEndian))
        let (value, diagnostics) = Stages.load(data)
        XCTAssertNil(value, "UTF-16 text must not be read as JSON")
        XCTAssertEqual(diagnostics.errors.count, 1)
    }

    func testVeryDeepNestingIsRefusedWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000)
        let (value, diagnostics) = Stages.load(text)
        XCTAssertNil(value)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("deeper than 512") ?? false, diagnostics.description)
        XCTAssertEqual(diagnostics.first?.line, 1)
        XCTAssertEqual(diagnostics.first?.column, 513)
    }

    func testDeeplyNestedButClosedDocumentIsRefusedToo() {
        let text = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        let diagnostics = Stages.load(text).diagnostics
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("512") ?? false, diagnostics.description)
    }

    func testNestingAtTheLimitIsAccepted() {
        let depth = JSONLoader.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (value, diagnostics) = Stages.load(text)
        XCTAssertEqual(diagnostics, [])
        var current = value
        var levels = 0
        while case .array(let elements)? = current {
            levels += 1
            current = elements.first
        }
        XCTAssertEqual(levels, depth)
    }

    func testOneLevelPastTheLimitIsRefused() {
        let depth = JSONLoader.maximumDepth + 1
        let diagnostics = Stages.load(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).diagnostics
        XCTAssertEqual(diagnostics.map(\.column), [depth])
    }

    func testBracketsInsideStringsDoNotCountAsNesting() {
        let brackets = String(repeating: "[{", count: 1000)
        let (value, diagnostics) = Stages.load("{\"a\": \"\\\"\(brackets)\"}")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(value?.objectValue?["a"], .string("\"" + brackets))
    }
}
