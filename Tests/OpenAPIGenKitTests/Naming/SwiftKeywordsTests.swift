@testable import OpenAPIGenKit
import XCTest

/// `SwiftKeywords.reservedTypeNames` follows the runtime: no schema can take a name the runtime declares.
final class SwiftKeywordsTests: XCTestCase {
    func testEveryFileScopeNameOfTheRuntimeSourcesIsReserved() throws {
        let runtime = try RuntimeFolder(packageRoot: Fixture.packageRoot).read()
        XCTAssertFalse(runtime.topLevelNames.isEmpty)
        XCTAssertEqual(Set(runtime.topLevelNames).subtracting(SwiftKeywords.reservedTypeNames), [])
        XCTAssertTrue(SwiftKeywords.reservedTypeNames.isSuperset(of: ["QueryObjectWriter", "Paginator", "ParameterValue", "Client", "CodingKeys", "Swift"]))
    }

    func testASchemaNamedLikeARuntimeTypeIsRenamed() throws {
        let names = Runtime.embedded.topLevelNames
        let schemas = names.map { "\"\($0)\": {\"type\": \"string\"}" }.joined(separator: ", ")
        let model = try XCTUnwrap(Stages.lower(Fixture.spec(schemas: "{\(schemas)}")).model)
        XCTAssertEqual(Set(model.types.map(\.name)).intersection(names), [])
        XCTAssertTrue(model.types.map(\.name).contains("QueryObjectWriter2"))
    }
}
