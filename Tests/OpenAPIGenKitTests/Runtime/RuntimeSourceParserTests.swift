@testable import OpenAPIGenKit
import XCTest

/// `RuntimeSourceParser`: a runtime file's imports, body and file-scope names, and every layout error with its position.
final class RuntimeSourceParserTests: XCTestCase {
    private func parse(_ text: String) -> Result<RuntimeFile, RuntimeSourceError> {
        RuntimeSourceParser.parse(name: "A.swift", path: "Sources/OpenAPIGenRuntime/A.swift", text: text)
    }

    private func error(_ text: String) -> String? {
        guard case .failure(let error) = parse(text) else { return nil }
        return error.description
    }

    func testBodyAndTopLevelNames() throws {
        let text = """
            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif

            // MARK: - A

            /// A protocol.
            protocol P {}

            extension Swift.String: P {}

            public final class Box<T> {
                struct Inner { let x = 1 }
                func f() {}
            }
            public typealias Alias = Swift.Int
            enum `Default` { case a }
            """ + "\n"
        let file = try parse(text).get()
        XCTAssertEqual(file.name, "A.swift")
        XCTAssertTrue(file.body.hasPrefix("// MARK: - A\n"))
        XCTAssertTrue(file.body.hasSuffix("enum `Default` { case a }"))
        XCTAssertEqual(file.topLevelNames, ["P", "Box", "Alias", "Default"])
    }

    func testLayoutErrorsNameTheirPosition() {
        XCTAssertEqual(error("import Foundation\n\nstruct A {}"), "Sources/OpenAPIGenRuntime/A.swift:3:11: error: a runtime file ends with exactly one newline")
        XCTAssertEqual(error("import Foundation\n\nstruct A {}\n\n"), "Sources/OpenAPIGenRuntime/A.swift:4:1: error: a runtime file ends with exactly one newline")
        XCTAssertEqual(error("import Foundation\n\nstruct A {} \n"), "Sources/OpenAPIGenRuntime/A.swift:3:12: error: trailing space")
        XCTAssertEqual(error("import Foundation\n\nstruct A {\r\n}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:11: error: runtime files use LF line endings and spaces, no CR or tab")
        XCTAssertEqual(error("\nstruct A {}\n"), "Sources/OpenAPIGenRuntime/A.swift:1:1: error: a runtime file starts with its imports ('import Foundation'), then one blank line")
        XCTAssertEqual(
            error("import Foundation\nimport Dispatch\n\nstruct A {}\n"),
            "Sources/OpenAPIGenRuntime/A.swift:2:1: error: only these lines may come before the first blank line, because Support.swift has exactly them: import Foundation; #if canImport(FoundationNetworking); import FoundationNetworking; #endif"
        )
        XCTAssertEqual(error("import Foundation\n\n\nstruct A {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: exactly one blank line separates the imports from the declarations")
        XCTAssertEqual(error("import Foundation\n\nstruct A {\n    let s = \"x\n}\n"), "Sources/OpenAPIGenRuntime/A.swift:4:13: error: a string literal is not closed")
    }

    func testConformancesAndAccessModifiersAreRecorded() throws {
        let file = try parse("import Foundation\n\npublic protocol P {}\n\nextension Swift.String: P {}\nextension Foundation.Date: P, Swift.Sendable {}\n").get()
        XCTAssertEqual(file.accessModifiers, [0])
        XCTAssertEqual(file.conformances, [
            RuntimeConformance(line: 2, type: "Swift.String", protocols: ["P"]),
            RuntimeConformance(line: 3, type: "Foundation.Date", protocols: ["P", "Swift.Sendable"]),
        ])
    }

    func testDeclarationsTheGeneratorCouldNotPlaceAreErrors() {
        let extensionRule = "a file-scope extension in the runtime is one line 'extension <Type>: <Protocol> {}', so that it can stay outside a namespace"
        XCTAssertEqual(error("import Foundation\n\nextension Swift.String: P {\n    func f() {}\n}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: \(extensionRule)")
        XCTAssertEqual(error("import Foundation\n\nextension Swift.String {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: \(extensionRule)")
        XCTAssertEqual(error("import Foundation\n\nextension  Swift.String: P {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: \(extensionRule)")
        XCTAssertEqual(error("import Foundation\n\npublic extension Swift.String: P {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:8: error: \(extensionRule)")
        XCTAssertEqual(
            error("import Foundation\n\nstruct A {\n    open func f() {}\n}\n"),
            "Sources/OpenAPIGenRuntime/A.swift:4:5: error: the runtime uses 'public' (which becomes the API's access level) or no access modifier, not 'open'"
        )
        XCTAssertEqual(
            error("import Foundation\n\n@available(*, deprecated) public\nstruct A {}\nlet x = public\n"),
            "Sources/OpenAPIGenRuntime/A.swift:5:9: error: 'public' is used here other than as the access modifier of a declaration"
        )
    }

    func testGeneratedOnlyMarkersMustBeExact() {
        let rule = "'@_spi(Generated)' is the runtime's only SPI, and it marks a 'public' declaration or a file-scope extension"
        XCTAssertEqual(error("import Foundation\n\n@_spi(Other) public struct A {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: \(rule)")
        XCTAssertEqual(error("import Foundation\n\n@_spi(Generated) struct A {}\n"), "Sources/OpenAPIGenRuntime/A.swift:3:1: error: \(rule)")
        XCTAssertEqual(
            error("import Foundation\n\n@_spi(Generated)  public struct A {}\n"),
            "Sources/OpenAPIGenRuntime/A.swift:3:1: error: write it exactly '@_spi(Generated) public ', followed by the declaration"
        )
    }

    func testEveryFileOfTheRealRuntimeParses() throws {
        let runtime = try RuntimeFolder(packageRoot: Fixture.packageRoot).read()
        XCTAssertGreaterThan(runtime.files.count, 5)
        XCTAssertTrue(runtime.topLevelNames.contains("QueryObjectWriter"))
    }
}
