@testable import OpenAPIGenKit
import XCTest

/// `RuntimeFile` and `RuntimeConformance`: access modifiers replaced at their recorded positions, conformances
/// qualified by a namespace; and every position recorded for the embedded runtime is a `public` modifier.
final class RuntimeFileTests: XCTestCase {
    func testAccessModifiersAreReplacedAtTheirPositionsOnly() throws {
        let text = "import Foundation\n\n/// public docs\npublic struct É {\n    public init() {}\n    let s = \"public \"\n}\n"
        let file = try RuntimeSourceParser.parse(name: "A.swift", path: "A.swift", text: text).get()
        XCTAssertEqual(file.accessModifiers, [16, 39])
        XCTAssertEqual(file.text(access: .public), file.body)
        XCTAssertEqual(file.text(access: .package).split(separator: "\n", omittingEmptySubsequences: false), ["/// public docs", "package struct É {", "    package init() {}", "    let s = \"public \"", "}"])
        XCTAssertEqual(file.text(access: .internal).split(separator: "\n", omittingEmptySubsequences: false)[1], "internal struct É {")
    }

    func testGeneratedOnlyMarkersAreRemovedWhenEmbedded() throws {
        let text = "import Foundation\n\n@_spi(Generated) public protocol P {}\n\n@_spi(Generated) extension Swift.Int: P {}\n\npublic struct S {\n    @_spi(Generated) public init() {}\n}\n"
        let file = try RuntimeSourceParser.parse(name: "A.swift", path: "A.swift", text: text).get()
        XCTAssertEqual(file.generatedOnly, [RuntimeSpan(offset: 0, length: 24), RuntimeSpan(offset: 39, length: 17), RuntimeSpan(offset: 105, length: 24)])
        XCTAssertEqual(file.accessModifiers, [83])
        XCTAssertEqual(file.conformances, [RuntimeConformance(line: 2, type: "Swift.Int", protocols: ["P"])])
        XCTAssertEqual(file.text(access: .package).split(separator: "\n", omittingEmptySubsequences: false), ["protocol P {}", "", "extension Swift.Int: P {}", "", "package struct S {", "    init() {}", "}"])
    }

    func testConformancesAreQualifiedByTheNamespace() {
        let conformance = RuntimeConformance(line: 0, type: "OpenAPIDate", protocols: ["ParameterValue", "Swift.Sendable"])
        XCTAssertEqual(conformance.declaration(namespace: nil, qualified: ["OpenAPIDate", "ParameterValue"]), "extension OpenAPIDate: ParameterValue, Swift.Sendable {}")
        XCTAssertEqual(conformance.declaration(namespace: "Pets", qualified: ["OpenAPIDate", "ParameterValue"]), "extension Pets.OpenAPIDate: Pets.ParameterValue, Swift.Sendable {}")
    }

    func testEveryRecordedPositionOfTheEmbeddedRuntimeIsAPublicModifier() {
        var count = 0
        for file in Runtime.embedded.files {
            let bytes = Array(file.body.utf8)
            for offset in file.accessModifiers {
                XCTAssertEqual(String(decoding: bytes[offset..<min(offset + 7, bytes.count)], as: UTF8.self), "public ", "\(file.name) at \(offset)")
                count += 1
            }
            for conformance in file.conformances {
                XCTAssertTrue(file.body.split(separator: "\n", omittingEmptySubsequences: false)[conformance.line].contains("extension \(conformance.type): "))
            }
        }
        XCTAssertGreaterThan(count, 50)
        XCTAssertEqual(Runtime.embedded.files.flatMap(\.conformances).count, 10)
        XCTAssertGreaterThan(Runtime.embedded.files.flatMap(\.generatedOnly).count, 20)
    }
}
