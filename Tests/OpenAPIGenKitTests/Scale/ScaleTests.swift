import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Generation is linear in the size of the document, on the shapes that once made it exponential (cycles through
/// unions) or quadratic (long chains, one schema referenced everywhere, many operations).
///
/// Each family is generated at two sizes, the larger being the size the issue names (an `allOf` chain 1,000 long,
/// 10,000 schemas each referencing the next, one schema referenced 100,000 times, 10,000 operations); every
/// analysis's count of schema visits (`GenerationResult.counters`) may grow at most 10% more than the input. The counts do not depend on the machine, so nothing
/// is timed: a generous deadline only turns a hang into a failure.
final class ScaleTests: XCTestCase {
    /// How long one generation may run before the test reports it as hung.
    static let hangGuard: TimeInterval = 600

    func testTheSixSchemaDocumentOfTheIssueGenerates() async throws {
        // Each schema a `oneOf` of the next three and an inline object: the exponential case of `isNullable`.
        let result = try await generate(.unionCycle(width: 3), size: 6)
        XCTAssertTrue(result.succeeded, result.diagnostics.description)
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("indirect enum S0"), "the cycle is broken by indirect enums")
    }

    func testUnionCyclesOfWidthTwoToFiveAndLengthTwoToFiftyGenerate() async throws {
        for width in 2...5 {
            for length in [2, 3, 7, 20, 50] {
                let result = try await generate(.unionCycle(width: width), size: length)
                XCTAssertTrue(result.succeeded, "width \(width), length \(length): \(result.diagnostics)")
                XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
            }
        }
    }

    func testNullabilityIsFoundAnyNumberOfReferencesAway() throws {
        // Only the last union of a cycle of 41 has a nullable variant; a walk bounded at 32 hops missed it.
        func union(_ index: Int, next: Int, other: String) -> String {
            "\"S\(index)\": {\"oneOf\": [{\"$ref\": \"#/components/schemas/S\(next)\"}, \(other)]}"
        }
        let unions = (0..<40).map { union($0, next: $0 + 1, other: #"{"type": "integer"}"#) }
            + [union(40, next: 0, other: #"{"type": "boolean", "nullable": true}"#)]
        let holderSchema = ##""H": {"type": "object", "required": ["s"], "properties": {"s": {"$ref": "#/components/schemas/S0"}}}"##
        let model = Stages.lower(Fixture.spec(schemas: "{" + ([holderSchema] + unions).joined(separator: ", ") + "}")).model
        let holder = try XCTUnwrap(model?.types.first { $0.name == "H" })
        guard case .structure(let properties) = holder.kind else { return XCTFail("H is a struct") }
        XCTAssertEqual(properties.first?.type, .optional(.named("S0")), "nullable 40 references away")
    }

    func testUnionCyclesAreLinear() async throws {
        try await assertLinear(.unionCycle(width: 2), 25, 50)
        try await assertLinear(.unionCycle(width: 5), 25, 50)
    }

    func testAllOfChainsAreLinear() async throws {
        try await assertLinear(.allOfChain, 250, 1_000, modelIsLinear: false)
    }

    func testAliasChainsAreLinear() async throws {
        try await assertLinear(.aliasChain, 2_500, 10_000)
    }

    func testPropertyChainsAreLinear() async throws {
        try await assertLinear(.propertyChain, 2_500, 10_000)
    }

    func testOneSchemaReferencedEverywhereIsLinear() async throws {
        try await assertLinear(.manyReferences, 25_000, 100_000)
    }

    func testManyOperationsAreLinear() async throws {
        try await assertLinear(.manyOperations, 2_500, 10_000)
    }

    // MARK: - Helpers

    /// Generates `family` at `small` and `large` and checks that no analysis grows faster than its input (with 10%
    /// to spare): resolving grows with the document, lowering with the document or the lowered model, whichever grows
    /// faster. The model itself grows with the document, except where `allOf` copies every part's properties into
    /// each schema that includes it (`modelIsLinear: false`): then the output, not the work per schema, is quadratic.
    private func assertLinear(_ family: SyntheticDocuments.Family, _ small: Int, _ large: Int, modelIsLinear: Bool = true, file: StaticString = #filePath, line: UInt = #line) async throws {
        let before = try await generate(family, size: small)
        let after = try await generate(family, size: large)
        XCTAssertTrue(before.succeeded, "\(family) at \(small): \(before.diagnostics)", file: file, line: line)
        XCTAssertTrue(after.succeeded, "\(family) at \(large): \(after.diagnostics)", file: file, line: line)
        let documentGrowth = Double(large) / Double(small)
        let modelGrowth = Double(Self.size(of: after.model)) / Double(max(1, Self.size(of: before.model)))
        if modelIsLinear {
            XCTAssertLessThanOrEqual(modelGrowth, 1.1 * documentGrowth, "\(family): the model grows faster than the document", file: file, line: line)
        }
        // `openapi-gen diff` of each model against itself: every endpoint and declaration is matched and compared.
        var counters = (before: before.counters, after: after.counters)
        if let model = before.model { _ = APIDiff.compare(old: model, new: model, counters: &counters.before) }
        if let model = after.model { _ = APIDiff.compare(old: model, new: model, counters: &counters.after) }
        let resolving: Set<AnalysisCounters.Analysis> = [.references, .allOf, .aliasLoops]
        for analysis in AnalysisCounters.Analysis.allCases where counters.before[analysis] > 0 {
            let growth = Double(counters.after[analysis]) / Double(counters.before[analysis])
            let limit = 1.1 * (resolving.contains(analysis) ? documentGrowth : max(documentGrowth, modelGrowth))
            XCTAssertLessThanOrEqual(
                growth, limit, "\(family): \(analysis) visits \(counters.before[analysis]) at \(small), \(counters.after[analysis]) at \(large)",
                file: file, line: line
            )
        }
        XCTAssertGreaterThan(after.counters.total, before.counters.total, "\(family): the counters count", file: file, line: line)
    }

    /// The number of declarations, properties, cases, endpoints and parameters of `model`.
    private static func size(of model: APIModel?) -> Int {
        func size(_ decl: TypeDecl) -> Int {
            let members: Int
            switch decl.kind {
            case .structure(let properties): members = properties.count
            case .enumeration(let cases): members = cases.cases.count
            case .oneOf(let oneOf): members = oneOf.cases.count
            case .anyOf(let anyOf): members = anyOf.members.count
            case .alias: members = 0
            }
            return 1 + members + decl.nested.reduce(0) { $0 + size($1) }
        }
        guard let model else { return 0 }
        return model.types.reduce(0) { $0 + size($1) } + model.endpoints.reduce(0) { $0 + 1 + $1.parameters.count }
    }

    /// Runs the whole pipeline on the document of `family` at `size`, failing (not hanging) after `hangGuard`.
    private func generate(_ family: SyntheticDocuments.Family, size: Int) async throws -> GenerationResult {
        let data = SyntheticDocuments.document(family, size: size)
        let finished = expectation(description: "\(family) at \(size) finishes")
        let task = Task.detached {
            let result = Pipeline.generate([SpecSource(displayPath: "scale.json", data: data)])
            finished.fulfill()
            return result
        }
        let outcome = await XCTWaiter.fulfillment(of: [finished], timeout: Self.hangGuard)
        guard outcome == .completed else { throw Hung(family: family, size: size) }
        return await task.value
    }

    /// A generation that did not finish before `hangGuard`.
    private struct Hung: Error, CustomStringConvertible {
        var family: SyntheticDocuments.Family
        var size: Int
        var description: String { "generating the \(family) at size \(size) did not finish within \(Int(ScaleTests.hangGuard)) s" }
    }
}
