import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `YAMLWriter` writes text that `YAMLLoader` reads back to the same value, in both styles.
final class YAMLWriterTests: XCTestCase {
    private let awkward: JSONValue = YAMLTest.map([
        "plain": .string("text with spaces"),
        "looks like other types": .array(["true", "no", "null", "~", "12", "0777", "1.5", "0x1F", ".inf", "", " ", "-", "- a", "? x", ": y"].map(JSONValue.string)),
        "indicators": .array(["#c", "&a", "*a", "!t", "|", ">", "'", "\"", "%", "@", "`", "a: b", "a #b", "[x]", "{y}", "a,b", "---", "...", "<<"].map(JSONValue.string)),
        "multi-line": .array(["a\nb", "a\nb\n", "a\nb\n\n", "\nleading", "  indented\nx", "trailing \nspace", "tab\tin\nit", "cr\r\nlf", "a\n\n\nb"].map(JSONValue.string)),
        "unicode": .array(["é€😀", "\u{0}\u{7}\u{1B}\u{7F}\u{85}\u{A0}\u{2028}\u{FEFF}"].map(JSONValue.string)),
        "numbers": .array([.int(0), .int(-7), .int(Int.max), .double(1.5), .double(-0.25), .double(1e-7), .double(1e21), .double(100)]),
        "other": .array([.bool(true), .bool(false), .null, .array([]), .object(JSONObject()), .array([.array([.int(1)]), YAMLTest.map(["k": .array([])])])]),
        "<<": .string("not a merge"),
        "": .string("empty key"),
        "nested": YAMLTest.map(["a": YAMLTest.map(["b": .array([YAMLTest.map(["c": .string("x\ny\n"), "d": .int(1)])])])]),
    ])

    func testBothStylesReadBackToTheSameValue() throws {
        for style in [YAMLWriter.Style.block, .flow] {
            let text = YAMLWriter.text(awkward, style: style)
            switch YAMLTest.read(text) {
            case .success(let value): XCTAssertEqual(value, awkward, "\(style):\n\(text)")
            case .failure(let fault): XCTFail("\(style): \(fault.line):\(fault.column): \(fault.message)\n\(text)")
            }
        }
    }

    func testBlockStyleLooksLikeHandWrittenYAML() {
        let value = YAMLTest.map(["b": .array([YAMLTest.map(["x": .int(1), "y": .string("two\nlines\n")])]), "a": .string("hello")])
        // Keys are written in the value's (document) order.
        XCTAssertEqual(YAMLWriter.text(value, style: .block), "b:\n- x: 1\n  y: |\n    two\n    lines\na: hello\n")
        XCTAssertEqual(YAMLWriter.text(value, style: .flow), "{\n  b: [{\n      x: 1,\n      y: \"two\\nlines\\n\"\n    }],\n  a: hello\n}\n")
    }
}
