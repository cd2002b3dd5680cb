import XCTest
@testable import OpenAPIGenKit

/// `ByteLines` splits like `split(separator: "\n", omittingEmptySubsequences: false)` and joins like a writer's lines.
final class ByteLinesTests: XCTestCase {
    private let texts = ["", "a", "a\n", "\n", "\n\n", "a\n\nb", "  x\n\ty \n", "é\n漢字\n\n🙂", "one\ntwo\nthree\n\n"]

    func testLinesAreTheSplitAtLineFeeds() {
        for text in texts {
            let split = ByteLines(text)
            let lines = split.lines.map { String(decoding: split.bytes[$0], as: UTF8.self) }
            XCTAssertEqual(lines, text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), "\(text.debugDescription)")
        }
    }

    func testJoinedIndentsLinesThatAreNotEmpty() {
        for text in texts {
            let split = ByteLines(text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for width in [0, 4, 8] {
                let expected = lines.map { $0.isEmpty ? "\n" : String(repeating: " ", count: width) + $0 + "\n" }.joined()
                XCTAssertEqual(String(decoding: split.joined(Array(split.lines.indices), indentedBy: width), as: UTF8.self), expected)
            }
            let odd = Array(stride(from: 0, to: lines.count, by: 2))
            XCTAssertEqual(String(decoding: split.joined(odd), as: UTF8.self), odd.map { lines[$0] + "\n" }.joined())
        }
        XCTAssertTrue(ByteLines("a\r\nb").contains(0x0D))
        XCTAssertFalse(ByteLines("a\nb").contains(0x0D))
        XCTAssertFalse(ByteLines("").contains(0x0A))
    }

    func testAWriterInsideABlockIndentsAVerbatimBlockLikeItsLines() {
        for text in texts {
            var byBlock = SwiftWriter(layout: DeclarationLayout(access: .public, namespace: nil, runtime: .embed))
            var byLines = byBlock
            byBlock.block("enum E") { $0.verbatim(text) }
            byLines.block("enum E") { $0.lines(text.split(separator: "\n", omittingEmptySubsequences: false)) }
            XCTAssertEqual(byBlock.finished, byLines.finished, "\(text.debugDescription)")
        }
    }
}
