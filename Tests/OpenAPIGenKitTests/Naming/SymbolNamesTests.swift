import XCTest
@testable import OpenAPIGenKit

final class SymbolNamesTests: XCTestCase {
    func testSymbolOnlyValuesGetTheirSymbolsNames() {
        let names = ["+", "-", "*", "/", "<", ">", "<=", ">=", "=", "==", "!=", "!", "?", "%", "&", "|", "^", "~", "@", "#", "$", ".", ",", ":", ";", "_", ""]
            .map(SwiftName.memberName)
        XCTAssertEqual(names, [
            "plus", "minus", "asterisk", "slash", "lessThan", "greaterThan", "lessThanOrEqual", "greaterThanOrEqual",
            "equals", "equal", "notEqual", "exclamation", "question", "percent", "ampersand", "pipe", "caret", "tilde",
            "at", "hash", "dollar", "dot", "comma", "colon", "semicolon", "underscore", "empty",
        ])
        XCTAssertEqual(Set(names).count, names.count, "every symbol has its own name")
    }

    func testDigitsStayAndSignsAreSpelled() {
        XCTAssertEqual(SwiftName.memberName("+1"), "plus1")
        XCTAssertEqual(SwiftName.memberName("-1"), "minus1")
        XCTAssertEqual(SwiftName.memberName("1+"), "_1Plus")
        XCTAssertEqual(SwiftName.memberName("-0.5"), "minus05")
        XCTAssertEqual(SwiftName.typeName("+1"), "Plus1")
        XCTAssertEqual(SwiftName.typeName("<="), "LessThanOrEqual")
    }

    func testPunctuationBetweenDigitsOnlySeparates() {
        XCTAssertEqual(SwiftName.memberName("2011-01-01"), "_20110101")
        XCTAssertEqual(SwiftName.memberName("0.12.0"), "_0120")
        XCTAssertEqual(SwiftName.memberName("12"), "_12")
        XCTAssertEqual(SymbolNames.words("1 / 2"), ["1", "slash", "2"])
    }

    func testOtherSymbolsAreSpelledByTheirUnicodeNames() {
        XCTAssertEqual(SwiftName.memberName("€"), "euroSign")
        XCTAssertEqual(SwiftName.memberName("✓"), "checkMark")
    }

    func testNamesWithLettersKeepTheirWords() {
        XCTAssertEqual(SwiftName.memberName("c++"), "c")
        XCTAssertEqual(SwiftName.memberName("a-b"), "aB")
    }
}
