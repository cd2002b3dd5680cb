@testable import OpenAPIGenKit
import XCTest

/// `SupportEmitter`: the runtime as written, or inside the namespace with its conformances after it, with the API's access level.
final class SupportEmitterTests: XCTestCase {
    private func runtime() throws -> Runtime {
        let b = "import Foundation\n\n// MARK: - B\n\npublic protocol Value {}\n\nextension Swift.Int: Value {}\nextension Box: Value {}\n\npublic struct Box {}\n"
        return Runtime(files: [
            try RuntimeSourceParser.parse(name: "B.swift", path: "B.swift", text: b).get(),
            try RuntimeSourceParser.parse(name: "A.swift", path: "A.swift", text: "import Foundation\n\nfunc helper() {}\n").get(),
        ])
    }

    private func support(access: AccessLevel, namespace: String?) throws -> String {
        let runtime = try runtime()
        let model = try XCTUnwrap(Stages.lower(Fixture.spec()).model)
        let text = SupportEmitter.emit(model, runtime: runtime, layout: DeclarationLayout(access: access, namespace: namespace))
        return String(try XCTUnwrap(text.components(separatedBy: "#endif\n\n").last))
    }

    func testWithoutANamespaceTheFilesAreWrittenAsTheyAreInNameOrder() throws {
        XCTAssertEqual(try support(access: .public, namespace: nil), """
            func helper() {}

            // MARK: - B

            public protocol Value {}

            extension Swift.Int: Value {}
            extension Box: Value {}

            public struct Box {}

            """)
        XCTAssertTrue(try support(access: .internal, namespace: nil).contains("\ninternal protocol Value {}\n"))
    }

    func testANamespaceHoldsTheDeclarationsAndTheConformancesFollowQualified() throws {
        XCTAssertEqual(try support(access: .package, namespace: "Pets"), """
            extension Pets {
                func helper() {}

                // MARK: - B

                package protocol Value {}

                package struct Box {}
            }

            extension Swift.Int: Pets.Value {}
            extension Pets.Box: Pets.Value {}

            """)
    }
}
