import Foundation
import XCTest
@testable import OpenAPIGenKit

final class APIModelBuilderTests: XCTestCase {
    private func model(_ schemas: String, file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    private func propertyTypes(_ decl: TypeDecl?) -> [String: TypeRef] {
        Dictionary(uniqueKeysWithValues: (decl?.properties ?? []).map { ($0.jsonKey, $0.type) })
    }

    // MARK: - Real specs

    func testIonosDecoratedReferenceIsTheReferencedType() throws {
        let (model, diagnostics) = Stages.lower(try Fixture.specSources("IonosPostgreSQL"))
        XCTAssertEqual(diagnostics.errors, [])
        let backup = try XCTUnwrap(model?.type("BackupResponse"))
        XCTAssertEqual(backup.property("type")?.type, .optional(.named("ResourceType")))
        XCTAssertEqual(backup.property("type")?.swiftName, "type")
        XCTAssertEqual(backup.property("metadata")?.type, .optional(.named("BackupMetadata")))
        XCTAssertEqual(backup.doc, "A database backup.")
        XCTAssertNotNil(model?.type("ResourceType")?.enumDecl)
    }

    func testByCloudInlineObjectIsANestedType() throws {
        let (model, diagnostics) = Stages.lower(try Fixture.specSources("ByCloudBackups"))
        XCTAssertEqual(diagnostics.errors, [])
        let backup = try XCTUnwrap(model?.type("DatabaseBackup"))
        XCTAssertEqual(backup.property("datastore")?.type, .optional(.named("DatabaseBackup.Datastore")))
        XCTAssertEqual(backup.nested.map(\.name), ["Datastore"])
        let datastore = try XCTUnwrap(backup.nestedType("Datastore"))
        XCTAssertEqual(datastore.doc, "The database engine the backup was taken from.")
        XCTAssertEqual(datastore.properties.map(\.swiftName), ["type", "version", "versionId"])
        XCTAssertEqual(datastore.property("version_id")?.type, .optional(.string))
        XCTAssertEqual(backup.property("parent_id")?.type, .optional(.string))
        XCTAssertEqual(backup.property("created_at")?.type, .optional(.dateTime))
        XCTAssertNil(model?.type("Datastore"), "the inline type is nested, not top-level")
    }

    // MARK: - Optionality

    func testRequiredNonNullableIsNonOptionalAndOthersAreOptional() throws {
        let model = try model(##"""
            {"A": {"type": "object", "required": ["id", "maybe"],
                   "properties": {"id": {"type": "string"}, "maybe": {"type": "string", "nullable": true}, "extra": {"type": "integer"}}}}
            """##)
        let a = try XCTUnwrap(model.type("A"))
        XCTAssertEqual(a.properties, [
            Property(jsonKey: "id", swiftName: "id", type: .string, isRequired: true, doc: nil, deprecated: false),
            Property(jsonKey: "maybe", swiftName: "maybe", type: .optional(.string), isRequired: true, doc: nil, deprecated: false, isNullable: true),
            Property(jsonKey: "extra", swiftName: "extra", type: .optional(.int), isRequired: false, doc: nil, deprecated: false),
        ])
    }

    func testNullableThroughRefAndThroughDecoratorMakesRequiredPropertiesOptional() throws {
        let model = try model(##"""
            {"Nullable": {"type": "string", "nullable": true},
             "Plain": {"type": "object", "properties": {"x": {"type": "string"}}},
             "A": {"type": "object", "required": ["viaRef", "viaDecorator", "plainRef", "plainDecorator"],
                   "properties": {"viaRef": {"$ref": "#/components/schemas/Nullable"},
                                  "viaDecorator": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Plain"}]},
                                  "plainRef": {"$ref": "#/components/schemas/Plain"},
                                  "plainDecorator": {"description": "Documented.", "allOf": [{"$ref": "#/components/schemas/Plain"}]}}}}
            """##)
        let a = try XCTUnwrap(model.type("A"))
        XCTAssertEqual(propertyTypes(a), [
            "viaRef": .optional(.named("Nullable")),
            "viaDecorator": .optional(.named("Plain")),
            "plainRef": .named("Plain"),
            "plainDecorator": .named("Plain"),
        ])
        XCTAssertTrue(a.properties.allSatisfy(\.isRequired))
        XCTAssertEqual(a.property("plainDecorator")?.doc, "Documented.")
        XCTAssertEqual(model.type("Nullable")?.kind, .alias(.string))
    }

    // MARK: - Nested and top-level declarations

    func testInlineObjectAndEnumBecomeNestedTypes() throws {
        let model = try model(##"""
            {"Pet": {"type": "object", "properties": {
                "owner_info": {"type": "object", "properties": {"name": {"type": "string"}}},
                "status": {"type": "string", "enum": ["on-sale", "sold"]},
                "tags": {"type": "array", "items": {"type": "object", "properties": {"label": {"type": "string"}}}}}}}
            """##)
        let pet = try XCTUnwrap(model.type("Pet"))
        XCTAssertEqual(propertyTypes(pet), [
            "owner_info": .optional(.named("Pet.OwnerInfo")),
            "status": .optional(.named("Pet.Status")),
            "tags": .optional(.array(.named("Pet.TagsItem"))),
        ])
        XCTAssertEqual(pet.nested.map(\.name), ["OwnerInfo", "Status", "TagsItem"])
        XCTAssertEqual(pet.nestedType("Status")?.enumDecl?.cases.map(\.name), ["onSale", "sold"])
        XCTAssertEqual(model.types.map(\.name), ["Pet"])
    }

    func testNestedNameAvoidsCodingKeys() throws {
        let model = try model(##"{"A": {"type": "object", "properties": {"coding_keys": {"type": "object", "properties": {"x": {"type": "string"}}}}}}"##)
        XCTAssertEqual(model.type("A")?.property("coding_keys")?.type, .optional(.named("A.CodingKeys2")))
    }

    func testComponentNamedCodingKeysDoesNotCollideWithTheNestedCodingKeysEnum() throws {
        let model = try model(##"""
            {"CodingKeys": {"type": "object", "properties": {"x": {"type": "string"}}},
             "A": {"type": "object", "properties": {"created_at": {"$ref": "#/components/schemas/CodingKeys"}}}}
            """##)
        // `CodingKeys` stays reserved (a struct that a `oneOf` decoder asks about declares `enum CodingKeys`), so names do not change.
        let name = try XCTUnwrap(model.types.first { $0.origin == JSONPointer(["components", "schemas", "CodingKeys"]) }?.name)
        XCTAssertNotEqual(name, "CodingKeys")
        XCTAssertEqual(model.type("A")?.property("created_at")?.type, .optional(.named(name)))
    }

    func testComponentNamesAreMadeLegalAndUnique() throws {
        let model = try model(##"{"pet-status": {"type": "string"}, "PetStatus": {"type": "integer"}, "Type": {"type": "boolean"}, "Client": {"type": "string"}}"##)
        // Declared in document order; suffixes are given in name order, so they do not depend on the layout.
        XCTAssertEqual(model.types.map(\.name), ["PetStatus2", "PetStatus", "_Type", "Client2"])
        XCTAssertEqual(model.type("PetStatus")?.kind, .alias(.int))
        XCTAssertEqual(model.type("PetStatus2")?.kind, .alias(.string))
    }

    func testAliasAndDictionaryAndJSON() throws {
        let model = try model(##"""
            {"Target": {"type": "object", "properties": {"a": {"type": "string"}}},
             "Alias": {"$ref": "#/components/schemas/Target"},
             "Map": {"type": "object", "additionalProperties": {"type": "integer"}},
             "Free": {"type": "object"},
             "Anything": {}}
            """##)
        XCTAssertEqual(model.type("Alias")?.kind, .alias(.named("Target")))
        XCTAssertEqual(model.type("Map")?.kind, .alias(.dictionary(.int)))
        XCTAssertEqual(model.type("Free")?.kind, .alias(.dictionary(.json)))
        XCTAssertEqual(model.type("Anything")?.kind, .alias(.json))
    }

    // MARK: - Scalars and formats

    func testFormats() throws {
        let model = try model(##"""
            {"F": {"type": "object", "required": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"], "properties": {
                "a": {"type": "string", "format": "date-time"}, "b": {"type": "string", "format": "date"},
                "c": {"type": "integer", "format": "int32"}, "d": {"type": "integer", "format": "int64"},
                "e": {"type": "number", "format": "float"}, "f": {"type": "number", "format": "double"},
                "g": {"type": "string", "format": "byte"}, "h": {"type": "string", "format": "binary"},
                "i": {"type": "string", "format": "uuid"}, "j": {"type": "integer"}, "k": {"type": "number"},
                "l": {"type": "boolean"}, "m": {"type": "array", "items": {"type": "string", "format": "date"}}}}}
            """##)
        XCTAssertEqual(propertyTypes(model.type("F")), [
            "a": .dateTime, "b": .date, "c": .int32, "d": .int64, "e": .float, "f": .double, "g": .data, "h": .data,
            "i": .string, "j": .int, "k": .double, "l": .bool, "m": .array(.date),
        ])
    }

    func testTypeRefSpellings() {
        XCTAssertEqual(TypeRef.string.swift, "Swift.String")
        XCTAssertEqual(TypeRef.dateTime.swift, "Foundation.Date")
        XCTAssertEqual(TypeRef.data.swift, "Foundation.Data")
        XCTAssertEqual(TypeRef.optional(.array(.named("Pet"))).swift, "[Pet]?")
        XCTAssertEqual(TypeRef.dictionary(.optional(.int64)).swift, "[Swift.String: Swift.Int64?]")
        XCTAssertEqual(TypeRef.optional(.int).optional, .optional(.int))
        XCTAssertEqual(TypeRef.optional(.int).unwrapped, .int)
    }

    // MARK: - Property names

    func testKeywordPropertyNamesGetLegalNames() throws {
        let model = try model(##"""
            {"K": {"type": "object", "properties": {"default": {"type": "string"}, "self": {"type": "string"}, "class": {"type": "string"},
                   "Type": {"type": "string"}, "type": {"type": "integer"}, "init": {"type": "string"}, "123abc": {"type": "string"}}}}
            """##)
        let names = Dictionary(uniqueKeysWithValues: (model.type("K")?.properties ?? []).map { ($0.jsonKey, $0.swiftName) })
        XCTAssertEqual(names, [
            "123abc": "_123abc", "Type": "type", "class": "class", "default": "default", "init": "_init", "self": "_self", "type": "type2",
        ])
        XCTAssertEqual(SwiftName.escaped(names["default"] ?? ""), "`default`")
        XCTAssertEqual(SwiftName.escaped(names["class"] ?? ""), "`class`")
    }
}
