import XCTest
@testable import OpenAPIGenKit

final class SwiftWriterTests: XCTestCase {
    func testBlocksIndentByFourSpacesAndSwitchCasesStayLevel() {
        var writer = SwiftWriter()
        writer.block("struct A") { w in
            w.line("let x = 1")
            w.line()
            w.switchBlock("x") { w in
                w.line("case 1: break")
            }
        }
        XCTAssertEqual(writer.text, "struct A {\n    let x = 1\n\n    switch x {\n    case 1: break\n    }\n}\n")
    }

    func testDocCommentsTrimAndKeepParagraphs() {
        var writer = SwiftWriter()
        writer.doc("\n  \nFirst line.  \r\n\nSecond\t\n\n")
        writer.doc(nil)
        XCTAssertEqual(writer.text, "/// First line.\n///\n/// Second\n")
    }

    /// Swift ends a line at a lone CR too, so a description with one must not let text escape the comment.
    func testDocCommentsSplitAtLoneCarriageReturns() {
        var writer = SwiftWriter()
        writer.doc("Line one.\rlet injected = 1\r\nThree")
        XCTAssertEqual(writer.text, "/// Line one.\n/// let injected = 1\n/// Three\n")
        XCTAssertEqual(ModelEmitter.firstLine("\r\n  First\rSecond"), "First")
        XCTAssertEqual(ModelEmitter.firstLine("  \u{00A0}Only line\t "), "Only line")
        XCTAssertEqual(ModelEmitter.firstLine(nil), "")
    }

    func testDocCommentsAreIndented() {
        var writer = SwiftWriter()
        writer.block("enum E") { w in w.doc("Doc.") }
        XCTAssertEqual(writer.text, "enum E {\n    /// Doc.\n}\n")
    }

    func testFinishedHasExactlyOneTrailingNewline() {
        var writer = SwiftWriter()
        writer.line("a")
        writer.line()
        writer.line()
        XCTAssertEqual(writer.finished, "a\n")
        XCTAssertEqual(SwiftWriter().finished, "\n")
    }

    func testTrimmingTrailingSpaces() {
        XCTAssertEqual("///   - x:   ".trimmingTrailingSpaces, "///   - x:")
        XCTAssertEqual("  a".trimmingTrailingSpaces, "  a")
    }

    func testVerbatimBlocksAreTheJoinedBlock() {
        let blocks = ["a\nb", "", "c\n", "é"]
        for separator in ["\n\n", ""] {
            var joined = SwiftWriter()
            var parts = joined
            joined.line("// header")
            parts.line("// header")
            joined.verbatim(blocks.joined(separator: separator))
            parts.verbatim(blocks, separator: separator)
            XCTAssertEqual(parts.text, joined.text)
            var nestedJoined = SwiftWriter()
            var nestedParts = nestedJoined
            nestedJoined.block("enum E") { $0.verbatim(blocks.joined(separator: separator)) }
            nestedParts.block("enum E") { $0.verbatim(blocks, separator: separator) }
            XCTAssertEqual(nestedParts.text, nestedJoined.text)
        }
    }
}

