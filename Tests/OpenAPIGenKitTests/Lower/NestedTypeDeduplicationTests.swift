import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Identical nested types in different owners are declared once; the other copies become typealiases in place, so
/// every qualified name stays valid.
final class NestedTypeDeduplicationTests: XCTestCase {
    private let unit = #"{"type": "string", "enum": ["kg", "lb"]}"#
    private let size = #"{"type": "object", "required": ["w"], "properties": {"w": {"type": "number"}, "unit": {"type": "string", "enum": ["cm", "in"]}}}"#

    /// A component `name` with the properties `properties` (`key: schema` JSON text).
    private func component(_ name: String, _ properties: [(String, String)]) -> String {
        let members = properties.map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ")
        return #""\#(name)": {"type": "object", "properties": {\#(members)}}"#
    }

    private func generate(_ components: [String], paths: String = "{}") throws -> GenerationResult {
        let result = Stages.generate(Fixture.spec(schemas: "{" + components.joined(separator: ", ") + "}", paths: paths))
        XCTAssertEqual(result.diagnostics, [])
        _ = try XCTUnwrap(result.model)
        return result
    }

    /// Every typealias of the merged model, nested ones included, by qualified name.
    private func aliases(_ result: GenerationResult) -> [String: String] {
        var found: [String: String] = [:]
        for (name, decl) in result.model?.types.byQualifiedName ?? [:] {
            if case .alias(let target) = decl.kind { found[name] = target.swift }
        }
        return found
    }

    func testCopiesInOtherOwnersAliasTheFirstAndKeepTheirNamesAndDocs() throws {
        let documented = #"{"type": "string", "enum": ["kg", "lb"], "description": "The unit."}"#
        let result = try generate([
            component("Shipment", [("unit", documented), ("size", size)]),
            component("Parcel", [("unit", unit), ("size", size)]),
            component("Crate", [("unit", unit)]),
        ])
        XCTAssertEqual(aliases(result), [
            "Parcel.Unit": "Crate.Unit",
            "Shipment.Unit": "Crate.Unit",
            "Shipment.Size": "Parcel.Size",
        ])
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("    /// The unit.\n    public typealias Unit = Crate.Unit\n"), types)
        XCTAssertTrue(types.contains("    public typealias Size = Parcel.Size\n"), types)
        XCTAssertEqual(types.components(separatedBy: "public enum Unit:").count - 1, 2, "Crate.Unit and Parcel.Size.Unit")
        // The properties still name their own owner's types.
        XCTAssertTrue(types.contains("public var unit: Shipment.Unit?"), types)
        // Nothing else changed: the unmerged model (what `diff` compares) still declares every copy.
        let unmerged = try XCTUnwrap(result.unmergedModel).types.byQualifiedName
        XCTAssertNotNil(unmerged["Shipment.Size.Unit"]?.enumDecl)
        XCTAssertNotNil(unmerged["Shipment.Unit"]?.enumDecl)
    }

    func testAComponentIsPreferredOverAnInlineOwnerAndATopLevelTypeOverANestedOne() throws {
        let operation = #"{"/a": {"post": {"operationId": "aPost", "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"unit": \#(unit), "note": {"type": "string"}}}}}}, "responses": {"204": {"description": "ok"}}}}}"#
        let result = try generate([component("Zed", [("unit", unit)])], paths: operation)
        XCTAssertEqual(aliases(result), ["APostRequest.Unit": "Zed.Unit"])
        let topLevel = try generate([#""Weight": \#(unit)"#, component("Box", [("unit", unit)])])
        XCTAssertEqual(aliases(topLevel), ["Box.Unit": "Weight"], "a top-level enum stays and is never replaced here")
    }

    /// When the alias's first name would find a type declared around the copy, the copy keeps its declaration.
    func testACopyWhoseAliasWouldBeShadowedKeepsItsDeclaration() throws {
        let result = try generate([
            component("Parcel", [("unit", unit)]),
            component("Tray", [("parcel", #"{"type": "object", "properties": {"label": {"type": "string"}}}"#), ("unit", unit)]),
        ])
        XCTAssertEqual(aliases(result), [:])
        XCTAssertNotNil(result.model?.types.byQualifiedName["Tray.Unit"]?.enumDecl)
    }

    /// A repeated owner is replaced whole; its nested types go with it rather than becoming aliases of their own.
    func testAnOwnerIsReplacedWholeAndItsNestedTypesGoWithIt() throws {
        let result = try generate([component("A", [("size", size)]), component("B", [("size", size)])])
        XCTAssertEqual(aliases(result), ["B.Size": "A.Size"])
        XCTAssertNil(result.model?.types.byQualifiedName["B.Size.Unit"])
    }

    /// A union's variants are labelled by their types' names for decoding errors (`A.Created.Variant1`); copies
    /// whose labels name their own nested types are identical all the same.
    func testUnionsWhoseVariantsAreTheirOwnNestedTypesMerge() throws {
        let range = #"{"anyOf": [{"type": "object", "properties": {"gt": {"type": "integer"}}}, {"type": "integer"}]}"#
        let choice = #"{"oneOf": [{"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}, {"type": "boolean"}]}"#
        let result = try generate([component("A", [("created", range), ("pick", choice)]), component("B", [("created", range), ("pick", choice)])])
        XCTAssertEqual(aliases(result), ["B.Created": "A.Created", "B.Pick": "A.Pick"])
    }

    /// Types that differ anywhere (a value, a nested type's name, whether a key is required) stay separate.
    func testDifferentShapesStaySeparate() throws {
        let otherValues = #"{"type": "string", "enum": ["kg", "g"]}"#
        let otherNested = #"{"type": "object", "required": ["w"], "properties": {"w": {"type": "number"}, "units": {"type": "string", "enum": ["cm", "in"]}}}"#
        let optional = #"{"type": "object", "properties": {"w": {"type": "number"}, "unit": {"type": "string", "enum": ["cm", "in"]}}}"#
        let result = try generate([
            component("A", [("unit", unit), ("size", size)]),
            component("B", [("unit", otherValues), ("size", otherNested)]),
            component("C", [("size", optional)]),
        ])
        XCTAssertEqual(aliases(result), ["B.Size.Units": "A.Size.Unit", "C.Size.Unit": "A.Size.Unit"])
    }

    /// A reference to a typealias compares as a reference to what it stands for, so owners that differ only in
    /// which name of one type they use are merged.
    func testReferencesThroughATypealiasCompareAsTheType() throws {
        let result = try generate([
            #""Target": \#(unit)"#,
            ##""Other": {"$ref": "#/components/schemas/Target"}"##,
            component("A", [("box", ##"{"type": "object", "properties": {"t": {"$ref": "#/components/schemas/Target"}}}"##)]),
            component("B", [("box", ##"{"type": "object", "properties": {"t": {"$ref": "#/components/schemas/Other"}}}"##)]),
        ])
        let found = aliases(result)
        guard found["Other"] != nil else { return XCTFail("the fixture needs `Other` to be a typealias: \(found)") }
        XCTAssertEqual(found["B.Box"], "A.Box")
    }

    /// Which copy stays does not depend on the order of the document.
    func testTheSameDeclarationsWhateverTheOrderOfTheDocument() throws {
        let forward = try generate([component("A", [("unit", unit)]), component("B", [("unit", unit)]), component("C", [("unit", unit)])])
        let backward = try generate([component("C", [("unit", unit)]), component("B", [("unit", unit)]), component("A", [("unit", unit)])])
        XCTAssertEqual(aliases(forward), ["B.Unit": "A.Unit", "C.Unit": "A.Unit"])
        XCTAssertEqual(aliases(forward), aliases(backward))
    }

    /// `openapi-gen diff` compares the unmerged models: adding a schema whose nested enum becomes the declared copy
    /// reports the new schema only, not the other copies turning into typealiases.
    func testWhichCopyIsDeclaredNeverShowsInADiff() throws {
        let old = try generate([component("B", [("unit", unit)]), component("C", [("unit", unit)])])
        let new = try generate([component("A", [("unit", unit)]), component("B", [("unit", unit)]), component("C", [("unit", unit)])])
        XCTAssertEqual(aliases(new)["B.Unit"], "A.Unit")
        let changes = APIDiff.compare(old: try XCTUnwrap(old.unmergedModel), new: try XCTUnwrap(new.unmergedModel))
        XCTAssertEqual(changes.map(\.subject).sorted(), ["A", "A.Unit"])
    }

    /// Nested types nested 200 deep, each level repeated in two owners, merge at the top and stay linear.
    func testDeeplyNestedCopiesMergeAtTheOutermostLevel() throws {
        var schema = unit
        for level in 0..<200 { schema = #"{"type": "object", "properties": {"l\#(level)": \#(schema)}}"# }
        let result = try generate([component("A", [("deep", schema)]), component("B", [("deep", schema)])])
        XCTAssertEqual(aliases(result), ["B.Deep": "A.Deep"])
    }
}
