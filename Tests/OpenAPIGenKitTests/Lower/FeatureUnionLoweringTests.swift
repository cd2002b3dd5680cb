import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `oneOf` and `anyOf` lowered into `OneOfDecl` and `AnyOfDecl`: case names, discriminator values, inline variants.
final class FeatureUnionLoweringTests: XCTestCase {
    private let animals = #"""
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "name": {"type": "string"}}},
        "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Lizard": {"type": "object", "properties": {"scales": {"type": "integer"}}}
        """#

    func testDiscriminatorWithMappingNamesCasesAfterTheKeys() throws {
        let model = try FeatureSnippet.model(#"""
            {\#(animals), "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"kitty": "#/components/schemas/Cat", "doggo": "Dog"}}}}
            """#)
        let pet = try XCTUnwrap(model.type("Pet")?.oneOfDecl)
        XCTAssertEqual(pet.discriminator, "kind")
        XCTAssertEqual(pet.cases.map(\.name), ["kitty", "doggo"])
        XCTAssertEqual(pet.cases.map(\.type), [.named("Cat"), .named("Dog")])
        XCTAssertEqual(pet.cases.map(\.discriminatorValues), [["kitty"], ["doggo"]])
        XCTAssertEqual(pet.cases.map(\.injectedDiscriminator), [nil, nil], "both variants declare `kind`")
    }

    func testDiscriminatorWithoutMappingUsesComponentNamesAndInjectsWhenTheVariantLacksTheProperty() throws {
        let model = try FeatureSnippet.model(#"""
            {\#(animals), "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Lizard"}],
                    "discriminator": {"propertyName": "kind"}}}
            """#)
        let pet = try XCTUnwrap(model.type("Pet")?.oneOfDecl)
        XCTAssertEqual(pet.cases.map(\.name), ["cat", "lizard"])
        XCTAssertEqual(pet.cases.map(\.discriminatorValues), [["Cat"], ["Lizard"]])
        XCTAssertEqual(pet.cases.map(\.injectedDiscriminator), [nil, "Lizard"])
    }

    func testSeveralMappingKeysForOneVariantNameTheCaseAfterTheType() throws {
        let model = try FeatureSnippet.model(#"""
            {\#(animals), "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat", "kitten": "Cat"}}}}
            """#)
        let pet = try XCTUnwrap(model.type("Pet")?.oneOfDecl)
        XCTAssertEqual(pet.cases.map(\.name), ["cat", "dog"])
        XCTAssertEqual(pet.cases.map(\.discriminatorValues), [["cat", "kitten"], ["Dog"]])
    }

    func testMappingToANonVariantIsAWarning() throws {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: #"""
            {\#(animals), "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"lizard": "Lizard"}}}}
            """#))
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["components", "schemas", "Pet", "discriminator", "mapping"]))
        XCTAssertEqual(model?.type("Pet")?.oneOfDecl?.cases.count, 2)
    }

    func testInlineDiscriminatedVariantsTakeTheirNameFromTheirOneValueEnum() throws {
        let model = try FeatureSnippet.model(#"""
            {"Shape": {"discriminator": {"propertyName": "type"}, "oneOf": [
                {"type": "object", "properties": {"type": {"type": "string", "enum": ["circle"]}, "radius": {"type": "number"}}},
                {"type": "object", "properties": {"type": {"type": "string", "enum": ["square"]}, "side": {"type": "number"}}}]}}
            """#)
        let shape = try XCTUnwrap(model.type("Shape"))
        XCTAssertEqual(shape.oneOfDecl?.cases.map(\.name), ["circle", "square"])
        XCTAssertEqual(shape.oneOfDecl?.cases.map(\.type), [.named("Shape.Circle"), .named("Shape.Square")])
        XCTAssertEqual(shape.oneOfDecl?.cases.map(\.discriminatorValues), [["circle"], ["square"]])
        XCTAssertEqual(shape.nested.map(\.name), ["Circle", "Square"])
    }

    func testUndiscriminatedOneOfWithPrimitiveAndInlineVariants() throws {
        let model = try FeatureSnippet.model(#"""
            {"Value": {"oneOf": [{"type": "string"}, {"type": "integer", "format": "int32"}, {"type": "number"}, {"type": "boolean"},
                                 {"type": "array", "items": {"type": "string"}}, {"type": "string", "format": "date-time"},
                                 {"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "string"}]}}
            """#)
        let value = try XCTUnwrap(model.type("Value"))
        XCTAssertNil(value.oneOfDecl?.discriminator)
        XCTAssertEqual(value.oneOfDecl?.cases.map(\.name), ["string", "integer", "number", "boolean", "stringArray", "dateTime", "variant7", "string2"])
        XCTAssertEqual(value.oneOfDecl?.cases.map(\.type), [.string, .int32, .double, .bool, .array(.string), .dateTime, .named("Value.Variant7"), .string])
        XCTAssertEqual(value.oneOfDecl?.cases.map(\.label), ["Swift.String", "Swift.Int32", "Swift.Double", "Swift.Bool", "[Swift.String]", "Foundation.Date", "Value.Variant7", "Swift.String"])
        XCTAssertEqual(value.nested.map(\.name), ["Variant7"])
    }

    func testAnyOfIsAStructOfOptionalMembers() throws {
        let model = try FeatureSnippet.model(#"""
            {\#(animals), "Either": {"anyOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "string"},
                                             {"type": "object", "additionalProperties": {"type": "integer"}},
                                             {"type": "object", "properties": {"x": {"type": "integer"}}}]}}
            """#)
        let either = try XCTUnwrap(model.type("Either")?.anyOfDecl)
        XCTAssertEqual(either.members.map(\.property.swiftName), ["cat", "string", "integerDictionary", "variant4"])
        XCTAssertEqual(either.members.map(\.property.type), [.optional(.named("Cat")), .optional(.string), .optional(.dictionary(.int)), .optional(.named("Either.Variant4"))])
        XCTAssertEqual(either.members.map(\.isObject), [true, false, true, true])
        XCTAssertTrue(either.members.allSatisfy { !$0.property.isRequired })
    }

    func testInlineUnionPropertyIsNestedAndSingleVariantUnionsAreTheVariant() throws {
        let model = try FeatureSnippet.model(#"""
            {"Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
             "Box": {"type": "object", "required": ["content", "owner"], "properties": {
                "content": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": true}}}}
            """#)
        let box = try XCTUnwrap(model.type("Box"))
        XCTAssertEqual(box.property("content")?.type, .named("Box.Content"))
        XCTAssertEqual(box.nestedType("Content")?.oneOfDecl?.cases.map(\.name), ["string", "integer"])
        XCTAssertEqual(box.property("owner")?.type, .optional(.named("Owner")))
    }

    func testAVariantThatIsNullableMakesTheUnionOptional() throws {
        let model = try FeatureSnippet.model(#"""
            {"A": {"type": "object", "required": ["v"], "properties": {"v": {"oneOf": [{"type": "string", "nullable": true}, {"type": "integer"}]}}}}
            """#)
        XCTAssertEqual(model.type("A")?.property("v")?.type, .optional(.named("A.V")))
    }

    func testCaseBaseNames() {
        let table: [(TypeRef, String)] = [
            (.named("Pet"), "pet"), (.named("Outer.InnerType"), "innerType"), (.named("_Legacy"), "legacy"),
            (.string, "string"), (.int, "integer"), (.int64, "integer"), (.float, "number"), (.bool, "boolean"),
            (.date, "date"), (.dateTime, "dateTime"), (.data, "data"), (.json, "json"),
            (.array(.named("Pet")), "petArray"), (.dictionary(.string), "stringDictionary"), (.optional(.int32), "integer"),
        ]
        for (type, name) in table {
            XCTAssertEqual(APIModelBuilder.caseBaseName(type), name, type.swift)
        }
    }
}
