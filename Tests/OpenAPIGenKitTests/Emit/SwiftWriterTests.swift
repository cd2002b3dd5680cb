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
}
