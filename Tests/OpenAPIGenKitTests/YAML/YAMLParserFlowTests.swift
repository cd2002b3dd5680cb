import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Flow sequences and mappings, over one or several lines, and JSON text read as YAML.
final class YAMLParserFlowTests: XCTestCase {
    private let map = YAMLTest.map

    func testFlowCollections() {
        YAMLTest.assertValues([
            ("[]", .array([]), #line),
            ("{}", .object(JSONObject()), #line),
            ("[1, two, 'three', \"four\"]", .array([.int(1), .string("two"), .string("three"), .string("four")]), #line),
            ("[1, 2, ]", .array([.int(1), .int(2)]), #line),
            ("{a: 1, b: [x, y], c: {d: e}}", map(["a": .int(1), "b": .array([.string("x"), .string("y")]), "c": map(["d": .string("e")])]), #line),
            ("{a, b: 1}", map(["a": .null, "b": .int(1)]), #line),
            ("{a: , b: }", map(["a": .null, "b": .null]), #line),
            ("{a:1}", map(["a:1": .null]), #line),
            ("{\"a\":1}", map(["a": .int(1)]), #line),
            ("['a':1]", .array([map(["a": .int(1)])]), #line),
            ("[a: 1, b]", .array([map(["a": .int(1)]), .string("b")]), #line),
            ("[? a : 1]", .array([map(["a": .int(1)])]), #line),
            ("{? a : 1}", map(["a": .int(1)]), #line),
            ("[a b, c d]", .array([.string("a b"), .string("c d")]), #line),
            ("[http://x/a:b, 'c']", .array([.string("http://x/a:b"), .string("c")]), #line),
            ("[\n  1,\n  2\n]", .array([.int(1), .int(2)]), #line),
            ("{\n  a: one\n    two,\n  b: 2 # comment\n}", map(["a": .string("one two"), "b": .int(2)]), #line),
            ("[[[1]], {a: [{}]}]", .array([.array([.array([.int(1)])]), map(["a": .array([.object(JSONObject())])])]), #line),
            ("a: {b: [1, 2], c: 'x'}\nd: 1\n", map(["a": map(["b": .array([.int(1), .int(2)]), "c": .string("x")]), "d": .int(1)]), #line),
            ("[-1, -x, .5, 0777]", .array([.int(-1), .string("-x"), .double(0.5), .string("0777")]), #line),
        ])
    }

    func testJSONIsReadAsYAML() {
        let json = ##"{"openapi": "3.0.3", "n": [1, -2.5, 1e3, true, false, null], "s": "a\"b\\c\/d\u00e9\ud83d\ude00", "o": {"": {}}}"##
        YAMLTest.assertValues([
            (json, map([
                "openapi": .string("3.0.3"),
                "n": .array([.int(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null]),
                "s": .string("a\"b\\c/dé😀"),
                "o": map(["": .object(JSONObject())]),
            ]), #line),
        ])
    }

    func testFlowErrors() {
        YAMLTest.assertFaults([
            ("[1, 2", 1, 6, "the text ends inside a flow sequence that starts at line 1, column 1 (truncated file?)", #line),
            ("{a: 1,\n b: 2", 2, 6, "the text ends inside a flow mapping that starts at line 1, column 1", #line),
            ("[\"a\" b]", 1, 6, "expected ',' or ']' in the flow sequence", #line),
            ("{a: 1 b: 2}", 1, 8, "expected ',' or '}' in the flow mapping", #line),
            ("[1, , 2]", 1, 5, "a value is missing before ','", #line),
            ("{a: 1, a: 2}", 1, 8, "the key 'a' appears twice in one mapping (first at line 1, column 2)", #line),
            ("{[a]: 1}", 1, 2, "complex mapping keys", #line),
            ("[- a]", 1, 2, "a block sequence ('- ') cannot appear inside a flow collection", #line),
            ("[|\n a]", 1, 2, "a block scalar ('|' or '>') cannot appear inside a flow collection", #line),
            ("a: [1}\n", 1, 6, "expected ',' or ']'", #line),
        ])
    }
}
