import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The emit stage prints the files of a large API on two threads (`Pipeline.emit`, `ParallelJobs`): the files
/// must be byte for byte those printed one after another, in every layout.
final class ParallelEmitTests: XCTestCase {
    private let layouts = [
        DeclarationLayout(),
        DeclarationLayout(access: .package, namespace: "Zoo", runtime: .embed),
        DeclarationLayout(access: .internal, namespace: nil, runtime: .import),
    ]

    func testKitchenSinkIsTheSameOnTwoThreads() throws {
        let (model, diagnostics) = Stages.lower(try Fixture.specSources("KitchenSink"))
        XCTAssertEqual(diagnostics.errors, [])
        let merged = try XCTUnwrap(model.map(Pipeline.merged))
        for layout in layouts {
            let sequential = Pipeline.emit(merged, layout: layout, runtime: .embedded, parallel: false)
            let parallel = Pipeline.emit(merged, layout: layout, runtime: .embedded, parallel: true)
            XCTAssertEqual(parallel.map(\.name), Pipeline.outputFileNames)
            XCTAssertEqual(parallel, sequential, "layout \(layout)")
        }
    }

    func testALargeDocumentIsTheSameOnTwoThreads() throws {
        let data = SyntheticDocuments.document(.manyOperations, size: 400)
        let (model, diagnostics) = Stages.lower([SpecSource(displayPath: "many.json", data: data)])
        XCTAssertEqual(diagnostics.errors, [])
        let merged = try XCTUnwrap(model.map(Pipeline.merged))
        XCTAssertTrue(Pipeline.emitsInParallel(merged), "400 operations are above the threshold")
        for layout in layouts {
            let sequential = Pipeline.emit(merged, layout: layout, runtime: .embedded, parallel: false)
            XCTAssertEqual(Pipeline.emit(merged, layout: layout, runtime: .embedded, parallel: true), sequential, "layout \(layout)")
        }
    }

    func testDeduplicatingWhilePrintingTheClientGivesTheSameModelAndFiles() throws {
        var models: [(String, APIModel)] = []
        let (kitchenSink, _) = Stages.lower(try Fixture.specSources("KitchenSink"))
        models.append(("KitchenSink", try XCTUnwrap(kitchenSink)))
        let (many, _) = Stages.lower([SpecSource(displayPath: "many.json", data: SyntheticDocuments.document(.manyOperations, size: 400))])
        models.append(("400 operations", try XCTUnwrap(many)))
        if let corpus = TestCorpus.folder(for: "ParallelEmitTests") {
            for name in ["hetzner-cloud", "k8s-apis-batch-v1"] {
                let url = corpus.appendingPathComponent(name + ".json")
                let (model, diagnostics) = Stages.lower([SpecSource(displayPath: name + ".json", data: try Data(contentsOf: url))])
                XCTAssertEqual(diagnostics.errors, [], name)
                models.append((name, try XCTUnwrap(model, name)))
            }
        }
        for (name, model) in models {
            let merged = Pipeline.merged(model)
            for layout in layouts {
                let together = Pipeline.mergedAndEmitted(model, layout: layout, runtime: .embedded, parallel: true)
                XCTAssertEqual(together.merged, merged, name)
                XCTAssertEqual(together.files, Pipeline.emit(merged, layout: layout, runtime: .embedded, parallel: false), "\(name), layout \(layout)")
            }
        }
    }

    func testASmallDocumentIsPrintedOnOneThread() throws {
        let (model, _) = Stages.lower(try Fixture.specSources("Tasks"))
        XCTAssertFalse(Pipeline.emitsInParallel(try XCTUnwrap(model)))
    }
}
