import Foundation
import XCTest
@testable import OpenAPIGenKit

final class EnumEmitterTests: XCTestCase {
    private func enumLines(_ schemas: String, header: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let result = Stages.generate(Fixture.spec(schemas: schemas))
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return trimmedLines(declarationLines(startingWith: header, in: result.file("Types.swift")).joined(separator: "\n"))
    }

    func testStringEnumKeepsUnknownValues() {
        let lines = enumLines(##"{"Status": {"type": "string", "description": "State.", "enum": ["on-sale", "default", "undocumented"]}}"##, header: "public enum Status")
        XCTAssertEqual(lines.first, "public enum Status: Swift.RawRepresentable, Swift.Codable, Swift.Hashable, Swift.Sendable, Swift.CaseIterable {")
        for expected in [
            "case onSale", "case `default`", "case undocumented2",
            "case undocumented(Swift.String)",
            "public static let allCases: [Status] = [.onSale, .default, .undocumented2]",
            "public init(rawValue: Swift.String) {",
            ##"case "on-sale": self = .onSale"##,
            ##"case "undocumented": self = .undocumented2"##,
            "default: self = .undocumented(rawValue)",
            ##"case .default: return "default""##,
            "case .undocumented(let value): return value",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(lines.joined(separator: "\n"))")
        }
    }

    func testIntegerEnum() {
        let lines = enumLines(##"{"Code": {"type": "integer", "enum": [200, -1]}}"##, header: "public enum Code")
        for expected in [
            "case _200", "case negative1", "case undocumented(Swift.Int)", "public init(rawValue: Swift.Int) {",
            "case 200: self = ._200", "case -1: self = .negative1", "case .negative1: return -1",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(lines.joined(separator: "\n"))")
        }
    }

    func testEnumDocComment() {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"Status": {"type": "string", "description": "State.", "enum": ["a"]}}"##))
        let lines = result.file("Types.swift").components(separatedBy: "\n")
        let index = lines.firstIndex { $0.hasPrefix("public enum Status:") }
        XCTAssertEqual(index.map { lines[$0 - 1] }, "/// State.")
    }
}
