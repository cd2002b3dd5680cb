import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Single- and double-quoted scalars: every escape, folding over several lines, and their errors.
final class YAMLQuotedScalarTests: XCTestCase {
    func testEveryDoubleQuotedEscape() {
        let cases: [(String, String)] = [
            (#"\0"#, "\u{0}"), (#"\a"#, "\u{7}"), (#"\b"#, "\u{8}"), (#"\t"#, "\t"), ("\\\t", "\t"), (#"\n"#, "\n"),
            (#"\v"#, "\u{B}"), (#"\f"#, "\u{C}"), (#"\r"#, "\r"), (#"\e"#, "\u{1B}"), (#"\ "#, " "), (#"\""#, "\""),
            (#"\/"#, "/"), (#"\\"#, "\\"), (#"\N"#, "\u{85}"), (#"\_"#, "\u{A0}"), (#"\L"#, "\u{2028}"),
            (#"\P"#, "\u{2029}"), (#"\x41"#, "A"), (#"\xe9"#, "é"), (#"\u00E9"#, "é"), (#"\u20ac"#, "€"),
            (#"\U0001F600"#, "😀"), (#"\uD83D\uDE00"#, "😀"),
        ]
        for (escape, expected) in cases {
            YAMLTest.assertValues([("\"<\(escape)>\"", .string("<\(expected)>"), #line)])
        }
    }

    func testDoubleQuotedFolding() {
        YAMLTest.assertValues([
            ("\"one\n  two\"", .string("one two"), #line),
            ("\"one  \n  two\"", .string("one two"), #line),
            ("\"one\n\n  two\"", .string("one\ntwo"), #line),
            ("\"one\\\n  two\"", .string("onetwo"), #line),
            ("\"one \\\n  two\"", .string("one two"), #line),
            ("\"one\\t\n  two\"", .string("one\t two"), #line),
            ("\"  padded  \"", .string("  padded  "), #line),
            ("a: \"x\ny\"\nb: 1\n", YAMLTest.map(["a": .string("x y"), "b": .int(1)]), #line),
            ("\"# not a comment\"", .string("# not a comment"), #line),
            ("\"'\"", .string("'"), #line),
        ])
    }

    func testSingleQuoted() {
        YAMLTest.assertValues([
            ("'it''s'", .string("it's"), #line),
            ("''", .string(""), #line),
            ("'\\n stays'", .string("\\n stays"), #line),
            ("'one\n  two'", .string("one two"), #line),
            ("'one\n\n  two'", .string("one\ntwo"), #line),
            ("'a  \n  b'", .string("a b"), #line),
            ("'true'", .string("true"), #line),
            ("'0777'", .string("0777"), #line),
            ("'  x  '", .string("  x  "), #line),
        ])
    }

    func testQuotedErrors() {
        YAMLTest.assertFaults([
            ("a: \"open\n", 2, 1, "the text ends inside a double-quoted scalar that starts at line 1, column 4 (truncated file?)", #line),
            ("a: 'open", 1, 9, "the text ends inside a single-quoted scalar that starts at line 1, column 4", #line),
            (#""\q""#, 1, 2, #"unknown escape '\q'"#, #line),
            (#""\x4""#, 1, 5, "needs 2 hexadecimal digits", #line),
            (#""\uD800""#, 1, 2, "half of a UTF-16 surrogate pair", #line),
            (#""\uDC00""#, 1, 2, "not a Unicode scalar value", #line),
            (#""\U00110000""#, 1, 2, "not a Unicode scalar value", #line),
            ("\"a\n---\nb\"", 2, 1, "a document marker inside a double-quoted scalar", #line),
        ])
    }
}
