import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The Swift text of `oneOf` enums and `anyOf` structs.
final class FeatureUnionEmitterTests: XCTestCase {
    private let animals = #"""
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Lizard": {"type": "object", "properties": {"scales": {"type": "integer"}}}
        """#

    func testDiscriminatedOneOfReadsTheDiscriminatorAndKeepsUnknownValues() {
        let text = FeatureSnippet.types(#"""
            {\#(animals), "Pet": {"description": "A pet.", "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat"}},
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Lizard"}]}}
            """#)
        XCTAssertEqual(FeatureSnippet.declaration("public enum Pet", in: text), [
            "public enum Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "/// Selected by `cat`.",
            "case cat(Cat)",
            "/// Selected by `Lizard`.",
            "case lizard(Lizard)",
            "/// A value whose `kind` this version of the API does not document, kept exactly as received.",
            "case undocumented(JSONValue)",
            "",
            "/// Decodes the case that the `kind` property selects.",
            "public init(from decoder: any Swift.Decoder) throws {",
            "let discriminatorContainer = try decoder.container(keyedBy: OpenAPICodingKey.self)",
            #"let discriminator = try discriminatorContainer.decode(Swift.String.self, forKey: OpenAPICodingKey("kind"))"#,
            "let container = try decoder.singleValueContainer()",
            "switch discriminator {",
            #"case "cat":"#,
            "self = .cat(try container.decode(Cat.self))",
            #"case "Lizard":"#,
            "self = .lizard(try container.decode(Lizard.self))",
            "default:",
            "self = .undocumented(try container.decode(JSONValue.self))",
            "}",
            "}",
            "",
            "/// Encodes the payload of the case.",
            "public func encode(to encoder: any Swift.Encoder) throws {",
            "switch self {",
            "case .cat(let value):",
            "var container = encoder.singleValueContainer()",
            "try container.encode(value)",
            "case .lizard(let value):",
            "try value.encode(to: encoder)",
            "var container = encoder.container(keyedBy: OpenAPICodingKey.self)",
            #"try container.encode("Lizard", forKey: OpenAPICodingKey("kind"))"#,
            "case .undocumented(let value):",
            "var container = encoder.singleValueContainer()",
            "try container.encode(value)",
            "}",
            "}",
            "}",
        ])
        XCTAssertTrue(text.contains("/// A pet.\npublic enum Pet"), text)
    }

    func testOrderedOneOfTriesEachVariantAndReportsEveryAttempt() {
        let text = FeatureSnippet.types(#"{"Id": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]}}"#)
        XCTAssertEqual(FeatureSnippet.declaration("public enum Id", in: text), [
            "public enum Id: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "case string(Swift.String)",
            "case integerArray([Swift.Int])",
            "",
            "/// Decodes the first variant, in document order, that matches the value.",
            "public init(from decoder: any Swift.Decoder) throws {",
            "let container = try decoder.singleValueContainer()",
            "var attempts: [(variant: Swift.String, error: any Swift.Error)] = []",
            "do {",
            "self = .string(try container.decode(Swift.String.self))",
            "return",
            "} catch {",
            #"attempts.append(("Swift.String", error))"#,
            "}",
            "do {",
            "self = .integerArray(try container.decode([Swift.Int].self))",
            "return",
            "} catch {",
            #"attempts.append(("[Swift.Int]", error))"#,
            "}",
            #"throw OpenAPICoding.noVariantDecoded("Id", attempts: attempts, codingPath: decoder.codingPath)"#,
            "}",
            "",
            "/// Encodes the payload of the case.",
            "public func encode(to encoder: any Swift.Encoder) throws {",
            "var container = encoder.singleValueContainer()",
            "switch self {",
            "case .string(let value):",
            "try container.encode(value)",
            "case .integerArray(let value):",
            "try container.encode(value)",
            "}",
            "}",
            "}",
        ])
    }

    func testRecursiveOneOfIsIndirectAndInlineVariantsAreNested() {
        let text = FeatureSnippet.types(#"""
            {"Tree": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"left": {"$ref": "#/components/schemas/Tree"}}}]}}
            """#)
        XCTAssertTrue(text.contains("public indirect enum Tree: Swift.Codable, Swift.Hashable, Swift.Sendable {"), text)
        XCTAssertTrue(text.contains("    case variant2(Tree.Variant2)\n"), text)
        XCTAssertTrue(text.contains("    public struct Variant2: Swift.Codable, Swift.Hashable, Swift.Sendable {\n        public var left: Tree?\n"), "the indirect enum needs no box: \(text)")
    }

    func testAnyOfDecodesEveryVariantAndMergesObjectsWhenEncoding() {
        let text = FeatureSnippet.types(#"""
            {\#(animals), "Mixed": {"anyOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Lizard"}, {"type": "string"}, {"type": "integer"}]}}
            """#)
        let lines = FeatureSnippet.declaration("public struct Mixed", in: text)
        XCTAssertEqual(Array(lines.prefix(5)), [
            "public struct Mixed: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public var cat: Cat?", "public var lizard: Lizard?", "public var string: Swift.String?", "public var integer: Swift.Int?",
        ])
        XCTAssertTrue(joiningParameterLists(lines).contains("public init(cat: Cat? = nil, lizard: Lizard? = nil, string: Swift.String? = nil, integer: Swift.Int? = nil) {"))
        let decoder = declarationLines(startingWith: "public init(from decoder", in: text).map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(Array(decoder.suffix(5)), [
            "}",
            "guard self.cat != nil || self.lizard != nil || self.string != nil || self.integer != nil else {",
            #"throw OpenAPICoding.noVariantDecoded("Mixed", attempts: attempts, codingPath: decoder.codingPath)"#,
            "}",
            "}",
        ])
        XCTAssertTrue(decoder.contains("self.lizard = try container.decode(Lizard.self)"))
        XCTAssertEqual(declarationLines(startingWith: "public func encode(to encoder", in: text).map { $0.trimmingCharacters(in: .whitespaces) }, [
            "public func encode(to encoder: any Swift.Encoder) throws {",
            "if let value = self.cat {", "try value.encode(to: encoder)", "}",
            "if let value = self.lizard {", "try value.encode(to: encoder)", "}",
            "if self.cat != nil || self.lizard != nil { return }",
            "var container = encoder.singleValueContainer()",
            "if let value = self.string {", "try container.encode(value)",
            "} else if let value = self.integer {", "try container.encode(value)", "}",
            "}",
        ])
    }
}
