import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Literal (`|`) and folded (`>`) block scalars: chomping (`-`, `+`, none) and indentation indicators.
final class YAMLBlockScalarTests: XCTestCase {
    private func value(_ header: String, _ body: String) -> String {
        "a: \(header)\n\(body)b: end\n"
    }

    func testLiteralChomping() {
        let body = "  one\n  two\n\n\n"
        YAMLTest.assertValues([
            (value("|", body), YAMLTest.map(["a": .string("one\ntwo\n"), "b": .string("end")]), #line),
            (value("|-", body), YAMLTest.map(["a": .string("one\ntwo"), "b": .string("end")]), #line),
            (value("|+", body), YAMLTest.map(["a": .string("one\ntwo\n\n\n"), "b": .string("end")]), #line),
            ("a: |\n  one\n  two", YAMLTest.map(["a": .string("one\ntwo")]), #line),
            ("a: |+\n  one\n", YAMLTest.map(["a": .string("one\n")]), #line),
            ("a: |\n\nb: 1\n", YAMLTest.map(["a": .string(""), "b": .int(1)]), #line),
            ("a: |+\n\n\nb: 1\n", YAMLTest.map(["a": .string("\n\n"), "b": .int(1)]), #line),
            ("a: |-\n", YAMLTest.map(["a": .string("")]), #line),
        ])
    }

    func testLiteralKeepsIndentationBeyondTheFirstLine() {
        YAMLTest.assertValues([
            ("a: |\n  def f():\n      return 1\n\n  # not a comment\n", YAMLTest.map(["a": .string("def f():\n    return 1\n\n# not a comment\n")]), #line),
            ("a: |\n  x\t y  \n", YAMLTest.map(["a": .string("x\t y  \n")]), #line),
            ("- |\n  item\n- |\n   other\n", .array([.string("item\n"), .string("other\n")]), #line),
            ("- a: |\n    in a compact mapping\n  b: 1\n", .array([YAMLTest.map(["a": .string("in a compact mapping\n"), "b": .int(1)])]), #line),
            ("a: | # a comment on the header\n  text\n", YAMLTest.map(["a": .string("text\n")]), #line),
            ("--- |\n  top\n", .string("top\n"), #line),
        ])
    }

    func testIndentationIndicator() {
        YAMLTest.assertValues([
            ("a: |2\n    four spaces\n  two\n", YAMLTest.map(["a": .string("  four spaces\ntwo\n")]), #line),
            ("a: |1-\n  x\n", YAMLTest.map(["a": .string(" x")]), #line),
            ("a: |-2\n   x\n", YAMLTest.map(["a": .string(" x")]), #line),
            ("a: >2\n   more\n  text\n", YAMLTest.map(["a": .string(" more\ntext\n")]), #line),
            ("- |2\n    x\n", .array([.string("  x\n")]), #line),
        ])
    }

    func testFolded() {
        YAMLTest.assertValues([
            ("a: >\n  one\n  two\n\n  three\n", YAMLTest.map(["a": .string("one two\nthree\n")]), #line),
            ("a: >-\n  one\n  two\n", YAMLTest.map(["a": .string("one two")]), #line),
            ("a: >+\n  one\n\n", YAMLTest.map(["a": .string("one\n\n")]), #line),
            ("a: >\n  one\n    indented\n  two\n", YAMLTest.map(["a": .string("one\n  indented\ntwo\n")]), #line),
            ("a: >\n  one\n\n\n  two\n", YAMLTest.map(["a": .string("one\n\ntwo\n")]), #line),
            ("a: >\n\n  after an empty line\n", YAMLTest.map(["a": .string("\nafter an empty line\n")]), #line),
            ("a: >\n  one\n\n    indented\n  two\n", YAMLTest.map(["a": .string("one\n\n  indented\ntwo\n")]), #line),
        ])
    }

    func testBlockScalarErrors() {
        YAMLTest.assertFaults([
            ("a: |x\n  t\n", 1, 5, "unexpected 'x' after the block scalar header", #line),
            ("a: |0\n  t\n", 1, 5, "indentation indicator must be 1 to 9", #line),
            ("a: |++\n  t\n", 1, 6, "two chomping indicators", #line),
            ("a: |\n\tt\n", 2, 1, "a tab character indents a line of a block scalar", #line),
            ("[a, |\n  t]\n", 1, 5, "a block scalar ('|' or '>') cannot appear inside a flow collection", #line),
        ])
    }
}
