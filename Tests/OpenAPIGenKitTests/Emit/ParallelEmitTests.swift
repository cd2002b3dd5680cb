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

    func testASmallDocumentIsPrintedOnOneThread() throws {
        let (model, _) = Stages.lower(try Fixture.specSources("Tasks"))
        XCTAssertFalse(Pipeline.emitsInParallel(try XCTUnwrap(model)))
    }
}
