import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `JSONReader`: strict RFC 8259 reading without recursion, exact fault positions, repeated member names.
final class JSONReaderTests: XCTestCase {
    private func read(_ text: String, maximumDepth: Int = JSONLoader.maximumDepth) -> JSONReader.Result {
        JSONReader.read(Data(text.utf8), maximumDepth: maximumDepth)
    }

    func testEscapesAndSurrogatePairsDecode() {
        let value = read(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00", "\u0000"]"#).value
        XCTAssertEqual(value, .array([.string("a\"b\\c/d\u{8}\u{C}\n\r\t"), .string("é€"), .string("😀"), .string("\u{0}")]))
    }

    func testNumbersKeepTheirKind() {
        XCTAssertEqual(read("[0, -0, 17484513608, -3, 1.5, 1e3, 2E-2, 9223372036854775808]").value, .array([
            .int(0), .int(0), .int(17_484_513_608), .int(-3), .double(1.5), .double(1000), .double(0.02), .double(9_223_372_036_854_775_808),
        ]))
    }

    func testStrictnessFaults() {
        let rows: [(text: String, column: Int, keyword: String)] = [
            ("[1,]", 3, "trailing comma"),
            (#"{"a": 1,}"#, 8, "trailing comma"),
            ("[01]", 2, "leading zeros"),
            ("[1e400]", 2, "too large"),
            (#"["\ud800"]"#, 3, "unpaired"),
            (#"["\udc00x"]"#, 3, "unpaired"),
            (#"["\u12"]"#, 3, "four hex digits"),
            ("[NaN]", 2, "'N'"),
            ("[1] [2]", 5, "after the end"),
            ("\u{1}", 1, "control character 0x01"),
        ]
        for row in rows {
            let fault = read(row.text).fault
            XCTAssertEqual(fault?.line, 1, row.text)
            XCTAssertEqual(fault?.column, row.column, "\(row.text): \(String(describing: fault))")
            XCTAssertTrue(fault?.reason.contains(row.keyword) ?? false, "\(row.text): \(String(describing: fault))")
        }
    }

    func testInvalidUTF8IsAnEncodingFaultAtTheByte() {
        for bytes: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] {
            let data = Data("[\"ab".utf8) + Data(bytes) + Data("\"]".utf8)
            let fault = JSONReader.read(data).fault
            XCTAssertEqual(fault?.kind, .encoding, "\(bytes)")
            XCTAssertEqual(fault?.column, 5, "\(bytes)")
        }
    }

    func testColumnsCountUTF8Bytes() {
        // "é" is two bytes, so the fault after it is at byte column 8, not character column 7.
        let fault = read(#"{"é": x}"#).fault
        XCTAssertEqual(fault?.column, 8)
    }

    func testRepeatedMemberNamesAreReportedWithBothPositions() {
        let result = read("{\"a\": [{\"k\": 1,\n \"k\": 2}], \"b\": 1, \"b\": 2}")
        XCTAssertNotNil(result.value)
        XCTAssertEqual(result.duplicates, [
            JSONReader.DuplicateMember(name: "k", pointer: JSONPointer(["a", "0", "k"]), line: 2, column: 2, firstLine: 1, firstColumn: 9),
            JSONReader.DuplicateMember(name: "b", pointer: JSONPointer(["b"]), line: 2, column: 20, firstLine: 2, firstColumn: 12),
        ])
        var bag = DiagnosticBag()
        XCTAssertNil(JSONLoader.load(Data("{\"a\": 1, \"\\u0061\": 2}".utf8), file: "t.json", diagnostics: &bag), "escaped and plain names are the same name")
        XCTAssertEqual(bag.all.map(\.description), [
            "t.json:1:10: error: the member 'a' appears twice in one object (first at line 1, column 2); member names must be unique [#/a]",
        ])
    }

    func testDepthLimitIsExact() {
        XCTAssertNil(read(String(repeating: "[", count: 3) + String(repeating: "]", count: 3), maximumDepth: 3).fault)
        let fault = read(String(repeating: "[", count: 4) + String(repeating: "]", count: 4), maximumDepth: 3).fault
        XCTAssertEqual(fault?.kind, .depth)
        XCTAssertEqual(fault?.column, 4)
    }

    func testAMillionLevelsAreRefusedWithoutRecursion() {
        let fault = read(String(repeating: "{\"a\":[", count: 1_000_000)).fault
        XCTAssertEqual(fault?.kind, .depth)
    }

    func testUTF16AndUTF32AreRecognisedWithoutAByteOrderMark() throws {
        XCTAssertEqual(JSONLoader.wideEncoding(of: try XCTUnwrap("{}".data(using: .utf16LittleEndian))), "UTF-16")
        XCTAssertEqual(JSONLoader.wideEncoding(of: try XCTUnwrap(" {}".data(using: .utf16BigEndian))), "UTF-16")
        XCTAssertEqual(JSONLoader.wideEncoding(of: try XCTUnwrap("{}".data(using: .utf32LittleEndian))), "UTF-32")
        XCTAssertEqual(JSONLoader.wideEncoding(of: try XCTUnwrap("{}".data(using: .utf32BigEndian))), "UTF-32")
        XCTAssertNil(JSONLoader.wideEncoding(of: Data("{}".utf8)))
        XCTAssertNil(JSONLoader.wideEncoding(of: Data([0x89, 0x50, 0x00, 0x47])), "binary data with a NUL is not called UTF-16")
    }
}
