@testable import OpenAPIGenKit
import XCTest

/// `RuntimeFile` and `RuntimeConformance`: access modifiers replaced at their recorded positions, conformances
/// qualified by a namespace; and every position recorded for the embedded runtime is a `public` modifier.
final class RuntimeFileTests: XCTestCase {
    func testAccessModifiersAreReplacedAtTheirPositionsOnly() throws {
        let text = "import Foundation\n\n/// public docs\npublic struct É {\n    public init() {}\n    let s = \"public \"\n}\n"
        let file = try RuntimeSourceParser.parse(name: "A.swift", path: "A.swift", text: text).get()
        XCTAssertEqual(file.accessModifiers, [16, 39])
        XCTAssertEqual(file.lines(access: .public).joined(separator: "\n"), file.body)
        XCTAssertEqual(file.lines(access: .package), ["/// public docs", "package struct É {", "    package init() {}", "    let s = \"public \"", "}"])
        XCTAssertEqual(file.lines(access: .internal)[1], "internal struct É {")
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
                XCTAssertTrue(file.body.split(separator: "\n", omittingEmptySubsequences: false)[conformance.line].hasPrefix("extension "))
            }
        }
        XCTAssertGreaterThan(count, 50)
        XCTAssertEqual(Runtime.embedded.files.flatMap(\.conformances).count, 10)
    }
}
