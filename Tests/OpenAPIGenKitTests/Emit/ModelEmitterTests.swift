import Foundation
import XCTest
@testable import OpenAPIGenKit

final class ModelEmitterTests: XCTestCase {
    private func types(_ schemas: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = Stages.generate(Fixture.spec(schemas: schemas))
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return result.file("Types.swift")
    }

    func testStructWithoutRenamedKeysHasNoCodingKeys() {
        let text = types(##"{"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}}"##)
        let pet = declarationLines(startingWith: "public struct Pet:", in: text)
        XCTAssertEqual(pet.first, "public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {")
        XCTAssertFalse(pet.contains { $0.contains("CodingKeys") }, pet.joined(separator: "\n"))
        XCTAssertTrue(pet.contains("    public var age: Swift.Int?"))
        XCTAssertTrue(pet.contains("    public var name: Swift.String"))
    }

    /// Keys are `OpenAPICodingKey`s spelled with the JSON name where they are used: no struct declares a
    /// `CodingKeys` enum (each brought a dozen compiler-made functions), however its keys are spelled.
    func testEveryKeyIsASharedCodingKeyWithTheJSONName() {
        let text = types(##"{"Pet": {"type": "object", "properties": {"created_at": {"type": "string"}, "name": {"type": "string"}, "default": {"type": "boolean"}}}}"##)
        XCTAssertFalse(text.contains("CodingKeys"), text)
        XCTAssertEqual(trimmedLines(declarationLines(startingWith: "public init(from decoder", in: text).joined(separator: "\n")), [
            "public init(from decoder: any Swift.Decoder) throws {",
            "let container = try decoder.container(keyedBy: OpenAPICodingKey.self)",
            ##"self.createdAt = try container.decodeIfPresent(Swift.String.self, forKey: OpenAPICodingKey("created_at"))"##,
            ##"self.name = try container.decodeIfPresent(Swift.String.self, forKey: OpenAPICodingKey("name"))"##,
            ##"self.default = try container.decodeIfPresent(Swift.Bool.self, forKey: OpenAPICodingKey("default"))"##,
            "}",
        ])
        XCTAssertEqual(trimmedLines(declarationLines(startingWith: "public func encode(to encoder", in: text).joined(separator: "\n")), [
            "public func encode(to encoder: any Swift.Encoder) throws {",
            "var container = encoder.container(keyedBy: OpenAPICodingKey.self)",
            ##"try container.encodeIfPresent(self.createdAt, forKey: OpenAPICodingKey("created_at"))"##,
            ##"try container.encodeIfPresent(self.name, forKey: OpenAPICodingKey("name"))"##,
            ##"try container.encodeIfPresent(self.default, forKey: OpenAPICodingKey("default"))"##,
            "}",
        ])
    }

    /// A struct without properties still requires a JSON object and writes `{}`.
    func testEmptyStructCodesAnEmptyObject() {
        var writer = SwiftWriter()
        StructCodingEmitter.emit([], dates: DateTimeCoding([]), into: &writer)
        let lines = trimmedLines(writer.text)
        XCTAssertEqual(Array(declarationLines(startingWith: "public init(from decoder", in: writer.text).map { $0.trimmingCharacters(in: .whitespaces) }), [
            "public init(from decoder: any Swift.Decoder) throws {",
            "_ = try decoder.container(keyedBy: OpenAPICodingKey.self)",
            "}",
        ])
        XCTAssertTrue(lines.contains("_ = encoder.container(keyedBy: OpenAPICodingKey.self)"), writer.text)
    }

    func testInitDefaultsOptionalsToNil() {
        let text = types(##"{"Pet": {"type": "object", "required": ["name", "tag"], "properties": {"name": {"type": "string"}, "age": {"type": "integer", "format": "int32"}, "tag": {"type": "string", "nullable": true}}}}"##)
        let lines = trimmedLines(text)
        XCTAssertTrue(joiningParameterLists(lines).contains("public init(name: Swift.String, age: Swift.Int32? = nil, tag: Swift.String? = nil) {"), text)
        XCTAssertTrue(lines.contains("self.age = age"))
        XCTAssertTrue(lines.contains("self.name = name"))
    }

    /// Properties keep the document's order, as the API's authors grouped them, not an alphabetical one.
    func testPropertiesAndInitArgumentsFollowTheDocumentOrder() {
        let text = types(##"""
            {"Cat": {"type": "object", "required": ["petType", "name"], "properties": {
                "petType": {"type": "string"}, "name": {"type": "string"}, "indoor": {"type": "boolean"}}}}
            """##)
        let lines = trimmedLines(declarationLines(startingWith: "public struct Cat:", in: text).joined(separator: "\n"))
        XCTAssertTrue(joiningParameterLists(lines).contains("public init(petType: Swift.String, name: Swift.String, indoor: Swift.Bool? = nil) {"), text)
        XCTAssertEqual(lines.filter { $0.hasPrefix("public var ") }, ["public var petType: Swift.String", "public var name: Swift.String", "public var indoor: Swift.Bool?"])
        XCTAssertEqual(lines.filter { $0.hasPrefix("self.") && !$0.contains("try") }, ["self.petType = petType", "self.name = name", "self.indoor = indoor"])
    }

    /// Component schemas are declared in the order `components.schemas` lists them.
    func testTypesFollowTheOrderOfTheComponents() {
        // The type files are chosen by name, so the order shows in the model, which each file follows.
        let lowered = Stages.lower(Fixture.spec(schemas: ##"{"Zebra": {"type": "string"}, "Apple": {"type": "integer"}, "Mango": {"type": "object", "properties": {"b": {"type": "string"}}}}"##))
        XCTAssertEqual(lowered.diagnostics, [])
        XCTAssertEqual(lowered.model?.types.map(\.name), ["Zebra", "Apple", "Mango"])
    }

    func testRequiredNullableKeysAreEncodedExplicitly() {
        let text = types(##"{"Pet": {"type": "object", "required": ["tag"], "properties": {"tag": {"type": "string", "nullable": true}, "age": {"type": "integer"}}}}"##)
        let lines = trimmedLines(text)
        XCTAssertTrue(lines.contains(##"try container.encode(self.tag, forKey: OpenAPICodingKey("tag"))"##), text)
        XCTAssertTrue(lines.contains(##"try container.encodeIfPresent(self.age, forKey: OpenAPICodingKey("age"))"##), text)
    }

    func testBuiltinsAreFullyQualified() {
        let text = types(##"{"Pet": {"type": "object", "required": ["a", "b", "c", "d", "e"], "properties": {"a": {"type": "string"}, "b": {"type": "string", "format": "date-time"}, "c": {"type": "string", "format": "byte"}, "d": {"type": "boolean"}, "e": {"type": "object", "additionalProperties": {"type": "number"}}, "f": {"type": "string", "format": "date"}}}}"##)
        let lines = trimmedLines(text)
        for expected in [
            "public var a: Swift.String", "public var b: Foundation.Date", "public var c: Foundation.Data", "public var d: Swift.Bool",
            "public var e: [Swift.String: Swift.Double]", "public var f: OpenAPIDate?",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(text)")
        }
    }

    func testDescriptionsBecomeDocComments() {
        let text = types(##"{"Pet": {"type": "object", "description": "A pet.\n\nLoved.  ", "properties": {"name": {"type": "string", "description": "The name."}}}}"##)
        let lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("public struct Pet:") }), index >= 3 else { return XCTFail(text) }
        XCTAssertEqual(Array(lines[index - 3 ..< index]), ["/// A pet.", "///", "/// Loved."])
        XCTAssertTrue(lines.contains("    /// The name."))
        XCTAssertTrue(lines.contains("    ///   - name: The name."))
    }

    func testNestedTypesAreDeclaredInsideTheirParent() {
        let text = types(##"{"Pet": {"type": "object", "properties": {"owner": {"type": "object", "properties": {"name": {"type": "string"}}}}}}"##)
        let pet = declarationLines(startingWith: "public struct Pet:", in: text)
        XCTAssertTrue(pet.contains("    public var owner: Pet.Owner?"), pet.joined(separator: "\n"))
        XCTAssertTrue(pet.contains("    public struct Owner: Swift.Codable, Swift.Hashable, Swift.Sendable {"), pet.joined(separator: "\n"))
    }

    func testAliasesAreTypealiases() {
        let text = types(##"{"Id": {"type": "string", "description": "An id."}, "Ids": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}}}"##)
        let lines = text.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("public typealias Id = Swift.String"))
        XCTAssertTrue(lines.contains("public typealias Ids = [Id]"))
        XCTAssertEqual(lines.firstIndex(of: "/// An id.").map { $0 + 1 }, lines.firstIndex(of: "public typealias Id = Swift.String"))
    }

    /// A schema named like a standard type gets the suffix `Model`, so that `Error`, `Data` or `URL` keep their
    /// meaning in the user's code; its properties still name the generated type.
    func testSchemasNamedLikeStandardTypesGetTheSuffixModel() {
        let text = types(##"""
            {"Error": {"type": "object", "properties": {"message": {"type": "string"}}},
             "Data": {"type": "object", "properties": {"value": {"type": "string", "format": "byte"}}},
             "URL": {"type": "object", "properties": {"href": {"type": "string"}}},
             "ErrorModel": {"type": "string"},
             "Result": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
             "Task": {"type": "object", "properties": {"title": {"type": "string"}}},
             "Holder": {"type": "object", "required": ["error", "data", "url"], "properties": {"error": {"$ref": "#/components/schemas/Error"}, "data": {"$ref": "#/components/schemas/Data"}, "url": {"$ref": "#/components/schemas/URL"}}}}
            """##)
        let lines = trimmedLines(text)
        for expected in [
            "public struct ErrorModel2: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public typealias ErrorModel = Swift.String",  // the schema called ErrorModel keeps its name
            "public struct DataModel: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public struct URLModel: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public struct ResultModel: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public struct TaskModel: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public var error: ErrorModel2", "public var data: DataModel", "public var url: URLModel",
            "public var value: Foundation.Data?",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(text)")
        }
    }

    func testKeywordPropertiesAreEscapedWhereNeeded() {
        let text = types(##"{"K": {"type": "object", "required": ["default"], "properties": {"default": {"type": "string"}, "self": {"type": "string"}, "class": {"type": "string"}}}}"##)
        let lines = trimmedLines(text)
        for expected in [
            "public var `class`: Swift.String?", "public var `default`: Swift.String", "public var _self: Swift.String?",
            "self.default = `default`", "self.class = `class`", "self._self = _self",
            ##"self._self = try container.decodeIfPresent(Swift.String.self, forKey: OpenAPICodingKey("self"))"##,
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)` in\n\(text)")
        }
    }
}
