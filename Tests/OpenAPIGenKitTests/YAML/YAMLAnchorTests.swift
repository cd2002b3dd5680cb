import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Anchors (`&name`) and aliases (`*name`), and the limits that keep alias bombs and deep nesting bounded.
final class YAMLAnchorTests: XCTestCase {
    private let map = YAMLTest.map

    func testAliasesRepeatTheAnchoredNode() {
        let base = map(["type": .string("string"), "maxLength": .int(10)])
        YAMLTest.assertValues([
            ("a: &x 1\nb: *x\n", map(["a": .int(1), "b": .int(1)]), #line),
            ("a: &s\n  type: string\n  maxLength: 10\nb: *s\n", map(["a": base, "b": base]), #line),
            ("- &x [1, 2]\n- *x\n", .array([.array([.int(1), .int(2)]), .array([.int(1), .int(2)])]), #line),
            ("a: &x\nb: *x\n", map(["a": .null, "b": .null]), #line),
            ("a: !!str &x 5\nb: *x\n", map(["a": .string("5"), "b": .string("5")]), #line),
            ("a: &x 1\nb: &x 2\nc: *x\n", map(["a": .int(1), "b": .int(2), "c": .int(2)]), #line),
            ("k: &k name\n*k : 2\n", map(["k": .string("name"), "name": .int(2)]), #line),
            ("a: &n 0x10\n? *n\n: hex\n", map(["a": .int(16), "0x10": .string("hex")]), #line),
            ("{a: &x [1], b: *x}", map(["a": .array([.int(1)]), "b": .array([.int(1)])]), #line),
            ("a: &x {b: 1}\nc: [*x, *x]\n", map(["a": map(["b": .int(1)]), "c": .array([map(["b": .int(1)]), map(["b": .int(1)])])]), #line),
            ("a: &anchor-with.chars:ok 1\nb: *anchor-with.chars:ok\n", map(["a": .int(1), "b": .int(1)]), #line),
        ])
    }

    func testAnAnchorOnAKeyNamesTheKey() {
        YAMLTest.assertFaults([
            ("&k key: 1\n*k : 2\n", 2, 1, "the key 'key' appears twice", #line),
        ])
    }

    func testAliasErrors() {
        YAMLTest.assertFaults([
            ("a: *missing\n", 1, 4, "the alias '*missing' names no anchor defined before it", #line),
            ("a: *later\nb: &later 1\n", 1, 4, "names no anchor defined before it", #line),
            ("a: &x 1\nb: &y *x\n", 2, 7, "an alias cannot have an anchor or a tag", #line),
            ("a: &\n", 1, 4, "an anchor ('&') needs a name", #line),
            ("a: *\n", 1, 4, "an alias ('*') needs the name of an anchor", #line),
            ("a: &x {k: 1}\n*x : 2\n", 2, 1, "complex mapping keys", #line),
        ])
    }

    /// "Billion laughs": each level repeats the one before ten times; read naively it has 10^9 nodes.
    func testAnAliasBombIsRefusedQuickly() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        guard case .failure(let fault) = YAMLTest.read(text) else { return XCTFail("the alias bomb was read") }
        XCTAssertTrue(fault.message.contains("aliases repeat more than 1000000 nodes in total (an alias bomb?)"), fault.message)
        XCTAssertEqual(fault.kind, .limit)
        XCTAssertEqual(fault.line, 6)
    }

    func testNestingIsLimitedAlsoThroughAliases() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        YAMLTest.assertFaults([
            (deep, 1, 513, "YAML nesting is deeper than 512 levels", #line),
            (String(repeating: "- ", count: 600) + "x\n", 1, 1025, "YAML nesting is deeper than 512 levels", #line),
        ])
        let nested = "a: &x " + String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
            + "\nb: " + String(repeating: "[", count: 120) + "*x" + String(repeating: "]", count: 120) + "\n"
        guard case .failure(let fault) = YAMLTest.read(nested) else { return XCTFail("nesting through an alias was not limited") }
        XCTAssertTrue(fault.message.contains("(through the alias '*x')"), fault.message)
        XCTAssertEqual(fault.line, 2)
    }
}
