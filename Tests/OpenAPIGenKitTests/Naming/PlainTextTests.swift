import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `PlainText` must give exactly what the Foundation and `Character` operations it replaces give.
final class PlainTextTests: XCTestCase {
    /// Texts with every kind of line break, blank, Unicode space and cluster that could tell the two apart.
    private let samples: [String] = [
        "", "plain", "  padded  ", "\n", "\r\n", "\r", "\n\n", "\r\r\n\n", "a\nb", "a\r\nb", "a\rb", "a\n\rb",
        "trailing \t \nnext\t", "\t\tindented\r\n  more  \r\n", " only spaces ", "   ", "\u{A0}nbsp\u{A0}",
        "\u{2003}em space\u{3000}", "\u{2028}line sep\u{2029}", "\u{85}next line\u{85}", "\u{0B}\u{0C}vt ff\u{0C}",
        "caf\u{E9} \n", "e\u{301} \u{301}", " \u{301}combining", "\u{600} \nprepend", "x\u{600} ", "😀 \t", "\u{200B}zero width\u{200B}",
        "ünï\r\n\r\ncodé  \n", "\u{FEFF}bom\u{FEFF}", "tab\tinside\tline\t", "\u{1680}ogham\u{1680}", "\u{202F}narrow\u{205F}",
        "multi\nline\n\n  text with trailing   \n\n\n",
    ]

    func testLinesSplitLikeCharacters() {
        for text in samples {
            let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            XCTAssertEqual(PlainText.lines(text).map(String.init), expected.map(String.init), text.debugDescription)
        }
    }

    func testTrailingBlanksTrimmedLikeCharacters() {
        for text in samples {
            for line in PlainText.lines(text) {
                let expected = line.trimmingTrailing { $0 == " " || $0 == "\t" }
                XCTAssertEqual(String(PlainText.trimmingTrailingBlanks(line)), String(expected), line.debugDescription)
            }
        }
    }

    func testFirstLineLikeCharacters() {
        for text in samples {
            let line = text.split { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.first ?? ""
            let expected = String(line.drop { $0.isWhitespace }.trimmingTrailing { $0.isWhitespace })
            XCTAssertEqual(PlainText.firstLine(text), expected, text.debugDescription)
        }
    }

    func testTrimmingLikeFoundation() {
        for text in samples {
            XCTAssertEqual(PlainText.trimmingWhitespaceAndNewlines(text), text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
        }
    }

    func testWhitespaceSetMatchesFoundation() {
        let set = CharacterSet.whitespacesAndNewlines
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(PlainText.isWhitespaceOrNewline(scalar), set.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
