import XCTest
@testable import OpenAPIGenKit

/// `MarkdownText`: names from a spec shown as written in a GitHub table cell.
final class MarkdownTextTests: XCTestCase {
    func testTextEscapesEverythingMarkdownReads() {
        XCTAssertEqual(MarkdownText.text("plain words, 'quotes' (and parentheses)"), "plain words, 'quotes' (and parentheses)")
        XCTAssertEqual(MarkdownText.text("a|b"), #"a\|b"#)
        XCTAssertEqual(MarkdownText.text("`init` needs it"), #"\`init\` needs it"#)
        XCTAssertEqual(MarkdownText.text("APIError<Problem> *x* _y_ ~~z~~ [l](u) $a$ &amp; #h !"), ##"APIError\<Problem\> \*x\* \_y\_ \~\~z\~\~ \[l\](u) \$a\$ \&amp; \#h \!"##)
        XCTAssertEqual(MarkdownText.text(#"back\slash"#), #"back\\slash"#)
        XCTAssertEqual(MarkdownText.text("two\nlines\r\ttab"), "two lines  tab")
    }

    func testCodeSpansPickAFenceLongerThanAnyRunOfBackticks() {
        XCTAssertEqual(MarkdownText.code("Client.getNode"), "`Client.getNode`")
        XCTAssertEqual(MarkdownText.code("a`b"), "``a`b``")
        XCTAssertEqual(MarkdownText.code("a``b`c"), "```a``b`c```")
        XCTAssertEqual(MarkdownText.code("`edge`"), "`` `edge` ``")
        XCTAssertEqual(MarkdownText.code(" padded"), "`  padded `")
    }

    func testCodeSpansEscapePipesAndJoinLines() {
        XCTAssertEqual(MarkdownText.code("#/components/schemas/a|b"), #"`#/components/schemas/a\|b`"#)
        XCTAssertEqual(MarkdownText.code("x\ny"), "`x y`")
    }
}
