import XCTest
@testable import OpenAPIGenKit

/// Components normalized once each (`RefResolver+Components`), alias loops found in one pass, and chains of
/// references followed without recursion, whatever their length.
final class ComponentNormalizationTests: XCTestCase {
    private func resolve(_ schemas: String) -> (document: ResolvedDocument?, errors: [Diagnostic], counters: AnalysisCounters) {
        let (parsed, diagnostics) = Stages.parse(Fixture.spec(schemas: schemas))
        guard let parsed else { return (nil, diagnostics.errors, AnalysisCounters()) }
        var bag = DiagnosticBag()
        var counters = AnalysisCounters()
        let resolved = RefResolver.resolve(parsed, diagnostics: &bag, counters: &counters)
        return (resolved, bag.all.errors, counters)
    }

    func testEveryMemberOfALongAliasLoopIsReportedWithAShortChain() {
        let count = 1_000
        let schemas = "{" + (0..<count).map { ##""A\##($0)": {"$ref": "#/components/schemas/A\##(($0 + 1) % count)"}"## }.joined(separator: ", ") + "}"
        let (_, errors, counters) = resolve(schemas)
        XCTAssertEqual(errors.count, count)
        XCTAssertTrue(errors.allSatisfy { $0.message.hasPrefix("reference loop: ") && $0.message.contains("… (985 more) →") }, errors.first?.message ?? "")
        let first = errors.first { $0.pointer == JSONPointer(["components", "schemas", "A0", "$ref"]) }
        XCTAssertTrue(first?.message.hasPrefix("reference loop: #/components/schemas/A0 → #/components/schemas/A1 → ") ?? false, first?.message ?? "")
        XCTAssertTrue(first?.message.hasSuffix("#/components/schemas/A999 → #/components/schemas/A0") ?? false, first?.message ?? "")
        XCTAssertLessThanOrEqual(counters[.aliasLoops], 3 * count)
    }

    func testShortAliasLoopsNameEveryMember() {
        let (_, errors, _) = resolve(##"{"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/C"}, "C": {"$ref": "#/components/schemas/A"}}"##)
        XCTAssertEqual(errors.map(\.message).sorted(), [
            "reference loop: #/components/schemas/A → #/components/schemas/B → #/components/schemas/C → #/components/schemas/A",
            "reference loop: #/components/schemas/B → #/components/schemas/C → #/components/schemas/A → #/components/schemas/B",
            "reference loop: #/components/schemas/C → #/components/schemas/A → #/components/schemas/B → #/components/schemas/C",
        ])
    }

    func testAnAllOfChainIsMergedOncePerComponent() throws {
        let count = 300
        let parts = (0..<count).map { index -> String in
            let own = ##"{"type": "object", "properties": {"f\##(index)": {"type": "string"}}}"##
            return index == count - 1 ? ##""S\##(index)": \##(own)"## : ##""S\##(index)": {"allOf": [{"$ref": "#/components/schemas/S\##(index + 1)"}, \##(own)]}"##
        }
        let (document, errors, counters) = resolve("{" + parts.joined(separator: ", ") + "}")
        XCTAssertEqual(errors, [])
        XCTAssertEqual(document?.schema("S0")?.value?.properties.count, count)
        XCTAssertEqual(document?.schema("S150")?.value?.properties.count, count - 150)
        XCTAssertLessThanOrEqual(counters[.allOf], 10 * count, "merging visits each part once, not once per including schema")
    }

    func testAMutualAllOfLoopNamesTheChain() {
        let (_, errors, _) = resolve(##"{"A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"properties": {"a": {"type": "string"}}}]}, "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"b": {"type": "string"}}}]}}"##)
        XCTAssertEqual(errors.map(\.message), ["reference loop: #/components/schemas/B → #/components/schemas/A → #/components/schemas/B"])
    }

    func testALongChainOfInlineReferencesIsFollowedOnce() throws {
        // Property p0 refers to p1's schema, p1 to p2's, …: 2,000 references, each target normalized once.
        let count = 2_000
        let properties = (0..<count).map { index -> String in
            index == count - 1 ? ##""p\##(index)": {"type": "string"}"## : ##""p\##(index)": {"$ref": "#/components/schemas/Box/properties/p\##(index + 1)"}"##
        }
        let (document, errors, counters) = resolve(##"{"Box": {"type": "object", "properties": {"## + properties.joined(separator: ", ") + "}}}")
        XCTAssertEqual(errors, [])
        XCTAssertTrue(document?.schema("Box")?.value?.properties.allSatisfy { $0.schema.value?.type == "string" } ?? false)
        XCTAssertLessThanOrEqual(counters[.references], 10 * count)
    }
}
