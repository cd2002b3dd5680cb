@testable import OpenAPIGenKit
import XCTest

/// `SwiftWriter` applies the `DeclarationLayout`: the access level where each declaration is written, and the namespace around a file's declarations.
final class SwiftWriterLayoutTests: XCTestCase {
    private func write(_ layout: DeclarationLayout) -> String {
        var writer = SwiftWriter(layout: layout)
        writer.namespaceDeclaration(title: "Pets")
        writer.namespace { w in
            w.declaration("struct Pet") { w in
                w.declarationLine("var name: Swift.String")
                w.line("let secret = 1")
            }
            w.lines(["", "// text", "    indented"] as [Substring])
        }
        return writer.finished
    }

    func testWithoutANamespaceOnlyTheAccessLevelChanges() {
        XCTAssertEqual(write(DeclarationLayout()), "public struct Pet {\n    public var name: Swift.String\n    let secret = 1\n}\n\n// text\n    indented\n")
        XCTAssertEqual(write(DeclarationLayout(access: .internal)), "internal struct Pet {\n    internal var name: Swift.String\n    let secret = 1\n}\n\n// text\n    indented\n")
    }

    func testANamespaceIsDeclaredAndWrapsTheDeclarations() {
        XCTAssertEqual(write(DeclarationLayout(access: .package, namespace: "Zoo")), """
            /// The declarations generated for Pets.
            package enum Zoo {}

            extension Zoo {
                package struct Pet {
                    package var name: Swift.String
                    let secret = 1
                }

                // text
                    indented
            }

            """)
    }
}
