import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The Swift text of structs with defaults, additional properties, boxed (recursive) and deprecated properties, and
/// of deprecated schemas and operations.
final class FeatureStructEmitterTests: XCTestCase {
    func testDefaultsGoIntoTheInitAndTheDecoder() {
        let text = FeatureSnippet.types(#"""
            {"S": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"},
                "mode": {"type": "string", "enum": ["fast", "safe"], "default": "safe"},
                "note": {"type": "string", "nullable": true, "default": "none"}, "retries": {"type": "integer", "default": 3}}}}
            """#)
        let lines = FeatureSnippet.declaration("public struct S", in: text)
        XCTAssertTrue(joiningParameterLists(lines).contains(#"public init(id: Swift.String, mode: S.Mode = .safe, note: Swift.String? = "none", retries: Swift.Int = 3) {"#), text)
        XCTAssertEqual(FeatureSnippet.declaration("public init(from decoder", in: text), [
            "public init(from decoder: any Swift.Decoder) throws {",
            "let container = try decoder.container(keyedBy: OpenAPICodingKey.self)",
            #"self.id = try container.decode(Swift.String.self, forKey: OpenAPICodingKey("id"))"#,
            #"self.mode = try container.decodeIfPresent(S.Mode.self, forKey: OpenAPICodingKey("mode")) ?? .safe"#,
            #"self.note = try container.contains(OpenAPICodingKey("note")) ? container.decodeIfPresent(Swift.String.self, forKey: OpenAPICodingKey("note")) : "none""#,
            #"self.retries = try container.decodeIfPresent(Swift.Int.self, forKey: OpenAPICodingKey("retries")) ?? 3"#,
            "}",
        ])
        XCTAssertTrue(lines.contains("/// Decodes the value; a missing key with a default gets the default."))
        XCTAssertTrue(FeatureSnippet.declaration("public func encode(to encoder", in: text).contains(#"try container.encode(self.mode, forKey: OpenAPICodingKey("mode"))"#), "a defaulted value is always written")
    }

    func testAdditionalPropertiesAreCollectedAndWrittenBack() {
        let text = FeatureSnippet.types(#"{"L": {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": {"type": "string"}}}"#)
        let lines = FeatureSnippet.declaration("public struct L", in: text)
        XCTAssertTrue(lines.contains("public var additionalProperties: [Swift.String: Swift.String]"))
        XCTAssertTrue(joiningParameterLists(lines).contains("public init(name: Swift.String? = nil, additionalProperties: [Swift.String: Swift.String] = [:]) {"))
        XCTAssertEqual(FeatureSnippet.declaration("public enum CodingKeys", in: text), [])
        XCTAssertEqual(FeatureSnippet.declaration("public init(from decoder", in: text).suffix(8), [
            #"self.name = try container.decodeIfPresent(Swift.String.self, forKey: OpenAPICodingKey("name"))"#,
            "var additional: [Swift.String: Swift.String] = [:]",
            #"let declared: Swift.Set<Swift.String> = ["name"]"#,
            "for key in container.allKeys where !declared.contains(key.stringValue) {",
            "additional[key.stringValue] = try container.decode(Swift.String.self, forKey: key)",
            "}",
            "self.additionalProperties = additional",
            "}",
        ])
        XCTAssertEqual(FeatureSnippet.declaration("public func encode(to encoder", in: text), [
            "public func encode(to encoder: any Swift.Encoder) throws {",
            "var container = encoder.container(keyedBy: OpenAPICodingKey.self)",
            #"try container.encodeIfPresent(self.name, forKey: OpenAPICodingKey("name"))"#,
            #"let declared: Swift.Set<Swift.String> = ["name"]"#,
            "for (key, value) in self.additionalProperties.sorted(by: { $0.key < $1.key }) where !declared.contains(key) {",
            "try container.encode(value, forKey: OpenAPICodingKey(key))",
            "}",
            "}",
        ])
    }

    func testRecursivePropertyIsBoxedBehindAComputedProperty() {
        let text = FeatureSnippet.types(#"""
            {"Node": {"type": "object", "required": ["value", "parent"], "properties": {"value": {"type": "string"},
                "next": {"$ref": "#/components/schemas/Node"}, "parent": {"$ref": "#/components/schemas/Node", "nullable": true}}}}
            """#)
        let lines = FeatureSnippet.declaration("public struct Node", in: text)
        XCTAssertEqual(Array(lines.prefix(12)), [
            "public struct Node: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public var value: Swift.String",
            "public var next: Node? {",
            "get { self._next?.value }",
            "set { self._next = newValue.map(OpenAPIBox.init) }",
            "}",
            "private var _next: OpenAPIBox<Node>?",
            "public var parent: Node {",
            "get { self._parent.value }",
            "set { self._parent = OpenAPIBox(newValue) }",
            "}",
            "private var _parent: OpenAPIBox<Node>",
        ])
        XCTAssertTrue(lines.contains("self._next = next.map(OpenAPIBox.init)"))
        XCTAssertTrue(lines.contains("self._parent = OpenAPIBox(parent)"))
        XCTAssertTrue(lines.contains(#"self._next = try container.decodeIfPresent(OpenAPIBox<Node>.self, forKey: OpenAPICodingKey("next"))"#), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains(#"try container.encode(self._parent, forKey: OpenAPICodingKey("parent"))"#), lines.joined(separator: "\n"))
    }

    func testDeprecatedPropertyIsComputedOverUndeprecatedStorage() {
        let text = FeatureSnippet.types(#"""
            {"W": {"type": "object", "required": ["old"], "properties": {"old": {"type": "string", "deprecated": true, "description": "Use new."},
                   "new": {"type": "string", "default": "n"}}}}
            """#)
        let lines = FeatureSnippet.declaration("public struct W", in: text)
        XCTAssertEqual(Array(lines.prefix(9)), [
            "public struct W: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "/// Use new.",
            "@available(*, deprecated)",
            "public var old: Swift.String {",
            "get { self._old }",
            "set { self._old = newValue }",
            "}",
            "private var _old: Swift.String",
            "public var new: Swift.String",
        ])
        XCTAssertTrue(lines.contains("private var _old: Swift.String"))
        XCTAssertTrue(lines.contains("self._old = old"))
        XCTAssertTrue(lines.contains(#"self._old = try container.decode(Swift.String.self, forKey: OpenAPICodingKey("old"))"#))
        XCTAssertEqual(lines.filter { $0.contains("deprecated") }, ["@available(*, deprecated)"], "nothing else names the deprecated property")
    }

    func testDeprecatedSchemaIsADeprecatedAliasOfAnUndeprecatedType() {
        let result = Stages.generate(Fixture.spec(
            schemas: ##"{"Old": {"type": "string", "enum": ["a"], "deprecated": true, "description": "Gone."}, "User": {"type": "object", "properties": {"old": {"$ref": "#/components/schemas/Old"}}}}"##,
            paths: ##"{"/old": {"get": {"operationId": "getOld", "deprecated": true, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Old"}}}}}}}}"##
        ))
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("/// Gone.\n@available(*, deprecated)\npublic typealias Old = _Old\n"), types)
        XCTAssertTrue(types.contains("public enum _Old: Swift.RawRepresentable"), types)
        XCTAssertTrue(types.contains("    public var old: _Old?\n"), types)
        XCTAssertEqual(types.components(separatedBy: "@available(*, deprecated)").count, 2, "only the alias is deprecated")
        let client = result.file("Client.swift")
        XCTAssertTrue(client.contains("    @available(*, deprecated)\n    public func getOld() async throws -> _Old {"), client)
    }

    func testWriteOnlyAndReadOnlyDocs() {
        let text = FeatureSnippet.types(#"{"A": {"type": "object", "required": ["pw", "id"], "properties": {"pw": {"type": "string", "writeOnly": true}, "id": {"type": "string", "readOnly": true}}}}"#)
        let lines = FeatureSnippet.declaration("public struct A", in: text)
        XCTAssertEqual(Array(lines.prefix(5)), [
            "public struct A: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "/// Write-only: sent to the server, never returned by it.",
            "public var pw: Swift.String?",
            "/// Read-only: set by the server.",
            "public var id: Swift.String",
        ])
    }

    func testValuesDeclaresTheCompositionHelpers() {
        let support = Stages.generate(Fixture.spec()).file("Values.swift")
        for declaration in [
            "public struct OpenAPICodingKey: Swift.CodingKey, Swift.Hashable, Swift.Sendable {",
            "final class OpenAPIBox<Value: Swift.Codable & Swift.Hashable & Swift.Sendable>: Swift.Codable, Swift.Hashable,",
            "static func noVariantDecoded(",
        ] {
            XCTAssertTrue(support.contains(declaration), declaration)
        }
    }

    func testComponentsNamedLikeTheHelpersAreRenamed() throws {
        let model = try FeatureSnippet.model(#"{"OpenAPIBox": {"type": "string"}, "OpenAPICodingKey": {"type": "string"}}"#)
        XCTAssertEqual(model.types.map(\.name), ["OpenAPIBox2", "OpenAPICodingKey2"])
    }
}
