import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Both deduplication stages compute again, in a round after the first, only what mentions a name merged in the
/// round before: the merged model must be the one computed from scratch in every round.
final class DeduplicationRoundsTests: XCTestCase {
    private let unit = #"{"type": "string", "enum": ["kg", "lb"]}"#

    private func merged(_ model: APIModel) -> (incremental: APIModel, full: APIModel) {
        let topLevel = TypeDeduplication.apply(to: model)
        XCTAssertEqual(TypeDeduplication.apply(to: model, recomputingEveryShape: true), topLevel)
        let nested = NestedTypeDeduplication.apply(to: topLevel)
        XCTAssertEqual(NestedTypeDeduplication.apply(to: topLevel, renormalisingEveryRound: true), nested)
        return (nested, NestedTypeDeduplication.apply(to: topLevel, renormalisingEveryRound: true))
    }

    private func aliases(_ model: APIModel) -> [String: String] {
        var found: [String: String] = [:]
        for (name, decl) in model.types.byQualifiedName {
            if case .alias(let target) = decl.kind { found[name] = target.swift }
        }
        return found
    }

    /// `B.Box` mentions `B.Unit`, which the first round merges into `A.Unit`; only then is it `A.Box`'s copy.
    func testAnOwnerThatDiffersOnlyInWhichCopyItMentionsMergesInTheSecondRound() throws {
        func owner(_ name: String) -> String {
            let box = ##"{"type": "object", "properties": {"t": {"$ref": "#/components/schemas/\##(name)/properties/unit"}}}"##
            return #""\#(name)": {"type": "object", "properties": {"unit": \#(unit), "box": \#(box)}}"#
        }
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: "{" + ["A", "B", "C"].map(owner).joined(separator: ", ") + "}"))
        XCTAssertEqual(diagnostics.errors, [])
        let result = merged(try XCTUnwrap(model))
        XCTAssertEqual(aliases(result.incremental)["B.Box"], "A.Box")
        XCTAssertEqual(aliases(result.incremental)["C.Box"], "A.Box")
    }

    /// Top-level copies that differ only in which inline copy they mention merge in the second round. Lowering
    /// writes inline types inside their owner, so no corpus document has such types (every one settles in the
    /// first round); the model is made so here: each `ListNResponse` holds `ItemNResponse` itself.
    func testTopLevelCopiesThatMentionMergedCopiesMergeInTheSecondRound() throws {
        var paths: [String] = []
        let item = #"{"type": "object", "properties": {"unit": \#(unit)}}"#
        for index in 0..<6 {
            paths.append(#""/item\#(index)": {"get": {"operationId": "item\#(index)", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": \#(item)}}}}}}"#)
            paths.append(#""/list\#(index)": {"get": {"operationId": "list\#(index)", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"first": \#(item)}}}}}}}}"#)
        }
        let (lowered, diagnostics) = Stages.lower(Fixture.spec(paths: "{" + paths.joined(separator: ", ") + "}"))
        XCTAssertEqual(diagnostics.errors, [])
        var model = try XCTUnwrap(lowered)
        for index in model.types.indices where model.types[index].name.hasPrefix("List") {
            let item = model.types[index].name.replacingOccurrences(of: "List", with: "Item")
            guard case .structure(var properties) = model.types[index].kind, !properties.isEmpty else { return XCTFail("\(model.types[index])") }
            properties[0].type = .optional(.named(item))
            model.types[index].kind = .structure(properties)
            model.types[index].nested = []
        }
        let result = merged(model)
        let found = aliases(result.incremental)
        XCTAssertEqual(found["Item5Response"], "Item0Response")
        XCTAssertEqual(found["List5Response"], "List0Response", "\(found)")
    }

    func testCorpusDocumentsMergeAlike() throws {
        guard let corpus = TestCorpus.folder(for: "DeduplicationRoundsTests") else { return }
        for name in ["linode-api", "github-api.github.com", "hetzner-cloud"] {
            let url = corpus.appendingPathComponent(name + ".json")
            let (model, diagnostics) = Stages.lower([SpecSource(displayPath: name + ".json", data: try Data(contentsOf: url))])
            XCTAssertEqual(diagnostics.errors, [], name)
            let result = merged(try XCTUnwrap(model, name))
            XCTAssertFalse(aliases(result.incremental).isEmpty, name)
        }
    }
}
