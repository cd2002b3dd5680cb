import XCTest
@testable import OpenAPIGenKit

/// `ComponentFacts`: nullability, concrete schemas and defaults of components, found once each, through chains and
/// cycles of any length.
final class ComponentFactsTests: XCTestCase {
    private func facts(_ schemas: String) throws -> (ComponentFacts, AnalysisCounters) {
        let document = try XCTUnwrap(Stages.resolve(Fixture.spec(schemas: schemas)).document)
        var counters = AnalysisCounters()
        let facts = ComponentFacts(components: Dictionary(uniqueKeysWithValues: document.schemas.map { ($0.name, $0.schema) }), counters: &counters)
        return (facts, counters)
    }

    private func aliasChain(_ length: Int, end: String) -> String {
        "{" + (0..<length).map { ##""A\##($0)": {"$ref": "#/components/schemas/A\##($0 + 1)"}"## }.joined(separator: ", ") + ##", "A\##(length)": \##(end)}"##
    }

    func testConcreteSchemaAndDefaultAtTheEndOfALongAliasChain() throws {
        let (facts, counters) = try facts(aliasChain(100, end: ##"{"type": "string", "enum": ["a", "b"], "default": "b"}"##))
        XCTAssertEqual(facts.concrete["A0"]?.enumValues, [.string("a"), .string("b")])
        XCTAssertEqual(facts.defaults["A0"], .string("b"))
        XCTAssertLessThanOrEqual(counters[.concreteSchemas], 3 * 101, "each component is stepped through about once")
    }

    func testUnionsOnACycleAreNullableWhenOneVariantIsAnywhere() throws {
        let (facts, _) = try facts("""
            {"U0": {"oneOf": [{"$ref": "#/components/schemas/U1"}, {"type": "string"}]},
             "U1": {"anyOf": [{"$ref": "#/components/schemas/U2"}, {"type": "integer"}]},
             "U2": {"oneOf": [{"$ref": "#/components/schemas/U0"}, {"allOf": [{"$ref": "#/components/schemas/N"}], "description": "d"}]},
             "N": {"type": "string", "nullable": true},
             "V0": {"oneOf": [{"$ref": "#/components/schemas/V1"}, {"type": "string"}]},
             "V1": {"oneOf": [{"$ref": "#/components/schemas/V0"}, {"type": "integer"}]}}
            """)
        XCTAssertEqual(facts.nullable, ["N", "U0", "U1", "U2"], "a cycle without a nullable variant stays non-null")
    }

    func testANullableReferenceTargetThatIsNotAUnionIsNotFollowedFurther() throws {
        // `{$ref: B}` alone cannot be null: nullability of a component comes from its own schema or its variants.
        let (facts, _) = try facts(##"{"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string", "nullable": true}, "C": {"allOf": [{"$ref": "#/components/schemas/B"}]}}"##)
        XCTAssertEqual(facts.nullable, ["B"])
    }
}
