import XCTest
@testable import OpenAPIGenKit

final class SwiftLiteralTests: XCTestCase {
    func testStringLiteralEscapes() {
        let rows: [(String, String)] = [
            ("plain", ##""plain""##),
            (##"say "hi""##, ##""say \"hi\"""##),
            (##"back\slash"##, ##""back\\slash""##),
            ("line\nbreak\r\t", ##""line\nbreak\r\t""##),
            ("nul\0", ##""nul\0""##),
            ("bell\u{7}", ##""bell\u{7}""##),
            ("del\u{7F}", ##""del\u{7f}""##),
            ("sep\u{2028}", ##""sep\u{2028}""##),
            ("\u{85}", ##""\u{85}""##),
            ("ünï 😀", ##""ünï 😀""##),
            ("\\(interpolation)", ##""\\(interpolation)""##),
            ("", ##""""##),
        ]
        for (input, expected) in rows {
            XCTAssertEqual(SwiftLiteral.string(input), expected, input.debugDescription)
        }
    }
}
