import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution) for plain scalars, and the tags.
final class YAMLScalarResolverTests: XCTestCase {
    func testCoreSchemaValues() {
        let cases: [(String, JSONValue)] = [
            ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
            ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
            ("0", .int(0)), ("12", .int(12)), ("-3", .int(-3)), ("+7", .int(7)), ("-0", .int(0)),
            ("0x1F", .int(31)), ("0xff", .int(255)), ("0o17", .int(15)),
            ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
            ("1.5", .double(1.5)), ("-2.25", .double(-2.25)), (".5", .double(0.5)), ("1.", .double(1)),
            ("1e3", .double(1000)), ("2.5E-2", .double(0.025)), ("+1.0e+2", .double(100)),
            ("1.0", .double(1)), ("99999999999999999999", .double(1e20)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(YAMLScalarResolver.resolvePlain(text), expected, text)
        }
    }

    /// Values a YAML 1.1 reader changes stay strings: API descriptions mean the text.
    func testYAML11ValuesStayStrings() {
        let strings = [
            "on", "off", "On", "OFF", "yes", "no", "Yes", "NO", "y", "n", "Y", "N",
            "2024-01-01", "2001-12-14t21:59:43.10-05:00", "12:30", "1_000", "0b101", "0777", "007", "00", "+0123",
            "0x", "0o", "0o8", "0xG", "1e", "e3", ".", "-", "+", "1.2.3", "1,000", "--1", "nan", "inf", "Infinity",
            "nULL", "tRUE", "~~", "0.5.1", "v1", "#fff", "3.0.3",
        ]
        for text in strings {
            XCTAssertEqual(YAMLScalarResolver.resolvePlain(text), .string(text), text)
        }
    }

    func testInfinityAndNotANumberAreRefused() {
        for text in [".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", ".NAN"] {
            XCTAssertNil(YAMLScalarResolver.resolvePlain(text), text)
        }
        YAMLTest.assertFaults([
            ("a: .inf\n", 1, 4, "infinity or not-a-number, which JSON cannot hold", #line),
        ])
    }

    func testTagsDecideTheValue() {
        YAMLTest.assertValues([
            ("!!str 12", .string("12"), #line),
            ("!!str true", .string("true"), #line),
            ("!!str", .string(""), #line),
            ("! 12", .string("12"), #line),
            ("!!int \"42\"", .int(42), #line),
            ("!!int 0777", .int(777), #line),
            ("!!float 3", .double(3), #line),
            ("!!float '2.5'", .double(2.5), #line),
            ("!!bool 'true'", .bool(true), #line),
            ("!!null ''", .null, #line),
            ("!<tag:yaml.org,2002:str> 1.5", .string("1.5"), #line),
            ("a: !!str\n  123\n", YAMLTest.map(["a": .string("123")]), #line),
            ("!!map {a: 1}", YAMLTest.map(["a": .int(1)]), #line),
            ("!!seq [1]", .array([.int(1)]), #line),
            ("!!map\na: 1\n", YAMLTest.map(["a": .int(1)]), #line),
            ("a: !!seq\n- x\n", YAMLTest.map(["a": .array([.string("x")])]), #line),
            ("[!!str , !!map , !!seq ]", .array([.string(""), .object(JSONObject()), .array([])]), #line),
        ])
    }

    func testTagsThatDoNotFitAreErrors() {
        YAMLTest.assertFaults([
            ("!!int abc", 1, 7, "'abc' is not a valid !!int value", #line),
            ("!!bool yes", 1, 8, "'yes' is not a valid !!bool value", #line),
            ("!!null 0", 1, 8, "'0' is not a valid !!null value", #line),
            ("!!float x", 1, 9, "not a valid !!float value", #line),
            ("!!map 1", 1, 7, "a scalar cannot have the tag !!map", #line),
            ("!!seq {a: 1}", 1, 7, "a mapping cannot have the tag !!seq", #line),
            ("!!str [1]", 1, 7, "a sequence cannot have the tag !!str", #line),
        ])
    }

    func testUnsupportedTagsAreRefused() {
        YAMLTest.assertFaults([
            ("a: !custom x\n", 1, 4, "the tag '!custom' is not supported", #line),
            ("a: !!binary aGVsbG8=\n", 1, 4, "the tag '!!binary' is not supported", #line),
            ("a: !!timestamp 2024-01-01\n", 1, 4, "the tag '!!timestamp' is not supported", #line),
            ("!!set {a, b}\n", 1, 1, "the tag '!!set' is not supported", #line),
            ("a: !<tag:example.com,2024:x> 1\n", 1, 4, "is not supported", #line),
            ("%TAG ! tag:example.com,2024:\n--- !x 1\n", 1, 1, "the directive '%TAG' is not supported", #line),
        ])
    }
}
