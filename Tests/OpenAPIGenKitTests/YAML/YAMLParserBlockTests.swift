import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Block mappings and sequences, plain scalars over several lines, comments, explicit keys and document markers.
final class YAMLParserBlockTests: XCTestCase {
    private let map = YAMLTest.map

    func testBlockMappingsAndSequences() {
        YAMLTest.assertValues([
            ("a: 1\nb: two\n", map(["a": .int(1), "b": .string("two")]), #line),
            ("a:\n  b:\n    c: x\n", map(["a": map(["b": map(["c": .string("x")])])]), #line),
            ("- 1\n- two\n-\n- ~\n", .array([.int(1), .string("two"), .null, .null]), #line),
            ("a:\n- x\n- y\nb: 2\n", map(["a": .array([.string("x"), .string("y")]), "b": .int(2)]), #line),
            ("a:\n  - x\n  - y\n", map(["a": .array([.string("x"), .string("y")])]), #line),
            ("- a: 1\n  b: 2\n- c: 3\n", .array([map(["a": .int(1), "b": .int(2)]), map(["c": .int(3)])]), #line),
            ("- - a\n  - b\n- - c\n", .array([.array([.string("a"), .string("b")]), .array([.string("c")])]), #line),
            ("-\n  a: 1\n", .array([map(["a": .int(1)])]), #line),
            ("a:\nb:\n", map(["a": .null, "b": .null]), #line),
            ("a: # nothing\nb: 1\n", map(["a": .null, "b": .int(1)]), #line),
            ("'quoted key': 1\n\"double\": 2\n", map(["quoted key": .int(1), "double": .int(2)]), #line),
            ("200: ok\ntrue: yes\n1.0: x\n0x1F: y\n", map(["200": .string("ok"), "true": .string("yes"), "1.0": .string("x"), "0x1F": .string("y")]), #line),
            ("a : 1\n", map(["a": .int(1)]), #line),
            ("a:\t1\n", map(["a": .int(1)]), #line),
            ("url: http://x.com/a:b\n", map(["url": .string("http://x.com/a:b")]), #line),
            ("a: b#c\n", map(["a": .string("b#c")]), #line),
            ("a: [1, 2]\nb: {c: d}\n", map(["a": .array([.int(1), .int(2)]), "b": map(["c": .string("d")])]), #line),
            ("a:\n  -\n    - x\n", map(["a": .array([.array([.string("x")])])]), #line),
            ("a: 1\r\nb: 2\r\n", map(["a": .int(1), "b": .int(2)]), #line),
            ("key with spaces: value with spaces  \n", map(["key with spaces": .string("value with spaces")]), #line),
            ("é: ü\n", map(["é": .string("ü")]), #line),
            ("-1: -x\n", map(["-1": .string("-x")]), #line),
            ("- -1\n- -x\n- ?x\n- :x\n", .array([.int(-1), .string("-x"), .string("?x"), .string(":x")]), #line),
        ])
    }

    func testPlainScalarsOverSeveralLines() {
        YAMLTest.assertValues([
            ("a: one\n  two\n  three\nb: 1\n", map(["a": .string("one two three"), "b": .int(1)]), #line),
            ("a: one\n\n  two\n", map(["a": .string("one\ntwo")]), #line),
            ("a: one\n\n\n  two\n", map(["a": .string("one\n\ntwo")]), #line),
            ("a:\n  one\n  two\n", map(["a": .string("one two")]), #line),
            ("- one\n  two\n- three\n", .array([.string("one two"), .string("three")]), #line),
            ("a: one  \n    two  \n", map(["a": .string("one two")]), #line),
            ("a: one\n  # a comment ends it\nb: 2\n", map(["a": .string("one"), "b": .int(2)]), #line),
            ("a: one # comment\n", map(["a": .string("one")]), #line),
            ("a: one\n  - two\n", map(["a": .string("one - two")]), #line),
            ("one\ntwo\n", .string("one two"), #line),
            ("a: 1\n  2\n", map(["a": .string("1 2")]), #line),
        ])
    }

    func testCommentsAndDocumentMarkers() {
        YAMLTest.assertValues([
            ("# head\n\na: 1 # tail\n# end\n", map(["a": .int(1)]), #line),
            ("---\na: 1\n", map(["a": .int(1)]), #line),
            ("--- # comment\na: 1\n...\n", map(["a": .int(1)]), #line),
            ("a: 1\n...\n# after the end\n", map(["a": .int(1)]), #line),
            ("%YAML 1.2\n---\na: 1\n", map(["a": .int(1)]), #line),
            ("--- [1, 2]\n", .array([.int(1), .int(2)]), #line),
            ("--- text\n", .string("text"), #line),
            ("---\n", .null, #line),
            ("a: ---x\n", map(["a": .string("---x")]), #line),
        ])
    }

    func testExplicitKeys() {
        YAMLTest.assertValues([
            ("? a\n: 1\n", map(["a": .int(1)]), #line),
            ("? a\n? b\n: 2\n", map(["a": .null, "b": .int(2)]), #line),
            ("? 0x10\n: hex\n", map(["0x10": .string("hex")]), #line),
            ("? |\n  block key\n: v\n", map(["block key\n": .string("v")]), #line),
            ("? a\n: - x\n  - y\n", map(["a": .array([.string("x"), .string("y")])]), #line),
            ("x: 1\n? y\n: 2\n", map(["x": .int(1), "y": .int(2)]), #line),
        ])
    }

    func testIndentationAndStructureErrors() {
        YAMLTest.assertFaults([
            ("a: 1\n  b: 2\n", 2, 4, "a mapping value cannot start here", #line),
            ("a:\n  b: 1\n    c: 2\n", 3, 6, "a mapping value cannot start here", #line),
            ("a:\n    b: 1\n  c: 2\n", 3, 3, "this line is indented more than the keys of its mapping", #line),
            ("a: b: c\n", 1, 5, "a mapping cannot start on the line of its key", #line),
            ("a: - b\n", 1, 4, "a block sequence cannot start on the line of its key", #line),
            ("- a\nb: 1\n", 2, 1, "expected a sequence item", #line),
            ("a: 1\n- b\n", 2, 1, "a sequence item ('- ') where a key of the mapping was expected", #line),
            ("a: 1\nb\n", 2, 1, "has no ':' after 'b'", #line),
            ("a: 'x' y\n", 1, 8, "unexpected 'y' after a complete value", #line),
            ("a: 1\na: 2\n", 2, 1, "the key 'a' appears twice in one mapping (first at line 1, column 1)", #line),
            ("x:\n  'a': 1\n  a: 2\n", 3, 3, "the key 'a' appears twice", #line),
            ("[a]: 1\n", 1, 1, "complex mapping keys", #line),
            ("{a: 1}: 2\n", 1, 1, "complex mapping keys", #line),
            ("? [a]\n: 1\n", 1, 3, "complex mapping keys", #line),
            ("?\n  - a\n: 1\n", 1, 1, "complex mapping keys", #line),
            ("?\n  0x10\n: 1\n", 1, 1, "an explicit key on the lines below its '?' must be text", #line),
            ("<<: 1\n", 1, 1, "a '<<' merge key needs a mapping or a list of mappings", #line),
            ("a: 1\n]\n", 2, 1, "unexpected ']'", #line),
            ("a: @x\n", 1, 4, "'@' cannot start a plain scalar", #line),
            ("a: `x`\n", 1, 4, "'`' cannot start a plain scalar", #line),
            ("\"a\nb\": 1\n", 1, 1, "a mapping key must fit on one line", #line),
        ])
    }

    func testSeveralDocumentsAreRefused() {
        YAMLTest.assertFaults([
            ("a: 1\n---\nb: 2\n", 2, 1, "a second YAML document starts here", #line),
            ("a: 1\n...\n---\nb: 2\n", 3, 1, "a second YAML document starts here", #line),
            ("--- 1\n--- 2\n", 2, 1, "a second YAML document starts here", #line),
            ("a: 1\n...\nb: 2\n", 3, 1, "after the end of the document", #line),
        ])
    }

    func testTabsUsedAsIndentationAreRefused() {
        YAMLTest.assertFaults([
            ("a:\n\tb: 1\n", 2, 1, "a tab character indents this line", #line),
            ("\ta: 1\n", 1, 1, "a tab character indents this line", #line),
            ("a:\n  \tb: 1\n", 2, 3, "a tab character indents this line", #line),
            ("- a\n\t- b\n", 2, 1, "a tab character indents this line", #line),
        ])
        YAMLTest.assertValues([
            ("a: 1\t# tab before a comment\n\t\nb: 2\n", map(["a": .int(1), "b": .int(2)]), #line),
            ("a: [1,\n\t2]\n", map(["a": .array([.int(1), .int(2)])]), #line),
            ("a: x\tand\ty\n", map(["a": .string("x\tand\ty")]), #line),
        ])
    }
}

extension YAMLParserBlockTests {
    /// Long runs of white space are read once: a quadratic rescan would take minutes here.
    func testLongRunsOfBlanksAreReadInLinearTime() {
        let blanks = String(repeating: " \t", count: 200_000)
        YAMLTest.assertValues([
            ("a: 1\n\(blanks)# comment\n\(blanks)\nb: 2\n", YAMLTest.map(["a": .int(1), "b": .int(2)]), #line),
        ])
        YAMLTest.assertFaults([
            ("a:\n\t\(blanks)b: 2\n", 2, 1, "a tab character indents this line", #line),
        ])
    }
}
