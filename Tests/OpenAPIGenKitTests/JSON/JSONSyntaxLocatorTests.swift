import Foundation
import XCTest
@testable import OpenAPIGenKit

final class JSONSyntaxLocatorTests: XCTestCase {
    private func fault(_ text: String) -> JSONSyntaxLocator.Fault? {
        JSONSyntaxLocator.firstError(in: Data(text.utf8))
    }

    /// Faults whose place is a single unmistakable byte (or the end of the text): line, column and a word of the reason.
    func testFaultPositions() {
        let rows: [(text: String, line: Int, column: Int, keyword: String)] = [
            (##"{"a": [1, 2,, 3]}"##, 1, 13, "','"),
            (##"{"a": 1} x"##, 1, 10, "after the end"),
            (##"{"a" 1}"##, 1, 6, "':'"),
            (##"{'a': 1}"##, 1, 2, "quoted member name"),
            ("{\"a\": \"line\nbreak\"}", 1, 12, "control character"),
            ("[1,\n 2\n 3]", 3, 2, "expected ',' or ']'"),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
            (##"[1, 2"##, 1, 6, "truncated"),
            (##"{"a": 1"##, 1, 8, "truncated"),
            (##"{"a": "##, 1, 7, "truncated"),
            ("{", 1, 2, "truncated"),
        ]
        for row in rows {
            let found = fault(row.text)
            XCTAssertEqual(found?.line, row.line, row.text.debugDescription)
            XCTAssertEqual(found?.column, row.column, row.text.debugDescription)
            XCTAssertTrue(found?.reason.contains(row.keyword) ?? false, "\(row.text.debugDescription): \(String(describing: found))")
        }
    }

    /// Faults inside one token: the position is within the token and the reason names the problem.
    func testFaultsInsideTokens() {
        let rows: [(text: String, columns: ClosedRange<Int>, keyword: String)] = [
            (##"{"a": tru}"##, 7...10, "true"),
            (##"{"a": -}"##, 7...8, "number"),
            (##"{"a": 1.}"##, 7...9, "number"),
            (##"{"a": 1e}"##, 7...9, "number"),
            (##"{"a": 01}"##, 7...8, "0"),
            (##"{"a": "\x"}"##, 7...9, "escape"),
            (##"{"a": "abc"##, 7...11, "truncated"),
        ]
        for row in rows {
            let found = fault(row.text)
            XCTAssertEqual(found?.line, 1, row.text)
            XCTAssertTrue(row.columns.contains(found?.column ?? 0), "\(row.text): \(String(describing: found))")
            XCTAssertTrue(found?.reason.contains(row.keyword) ?? false, "\(row.text): \(String(describing: found))")
        }
    }

    func testLeadingZeroIsRefusedAtTheNumber() {
        // RFC 8259 forbids leading zeros; the fault must be at the number, not at the start of the file.
        let diagnostics = Stages.load(##"{"a": [-01]}"##).diagnostics
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue((8...10).contains(diagnostics.first?.column ?? 0), diagnostics.description)
    }

    func testValidTextHasNoFault() {
        for text in [##"{"a": [1, -2.5E+3, 0, 0.5, true, false, null, "\u00e9\n"]}"##, "[]", " 0 "] {
            XCTAssertNil(fault(text), text)
        }
    }
}
