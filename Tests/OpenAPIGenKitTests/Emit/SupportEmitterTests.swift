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

/// `RuntimePart`: the runtime split over `Support.swift` and `Values.swift`, each runtime file in one of them.
final class RuntimePartTests: XCTestCase {
    private func emit(_ part: RuntimePart, namespace: String?) throws -> String {
        let dates = "import Foundation\n\npublic struct Day {}\n\nextension Day: Swift.Sendable {}\n"
        let runtime = Runtime(files: [
            try RuntimeSourceParser.parse(name: "Dates.swift", path: "Dates.swift", text: dates).get(),
            try RuntimeSourceParser.parse(name: "Transport.swift", path: "Transport.swift", text: "import Foundation\n\npublic struct Wire {}\n").get(),
        ])
        let model = try XCTUnwrap(Stages.lower(Fixture.spec()).model)
        let text = SupportEmitter.emit(part, of: model, runtime: runtime, layout: DeclarationLayout(access: .public, namespace: namespace))
        return String(try XCTUnwrap(text.components(separatedBy: "#endif\n\n").last))
    }

    func testEachRuntimeFileGoesToTheFileOfItsPart() throws {
        XCTAssertEqual(try emit(.support, namespace: nil), "public struct Wire {}\n")
        XCTAssertEqual(try emit(.values, namespace: nil), "public struct Day {}\n\nextension Day: Swift.Sendable {}\n")
        // With a namespace, a file's conformances follow its own declarations; a part without any ends with them.
        XCTAssertEqual(try emit(.values, namespace: "Pets"), "extension Pets {\n    public struct Day {}\n}\n\nextension Pets.Day: Swift.Sendable {}\n")
        XCTAssertEqual(try emit(.support, namespace: "Pets"), "extension Pets {\n    public struct Wire {}\n}\n")
    }

    func testTheTwoFilesCarryTheWholeRuntimeOnce() throws {
        let names = Set(Runtime.embedded.files.map(\.name))
        // A renamed runtime file would silently move to Support.swift and unbalance the two halves.
        XCTAssertTrue(RuntimePart.valueFiles.isSubset(of: names), "\(RuntimePart.valueFiles.subtracting(names))")
        let model = try XCTUnwrap(Stages.lower(Fixture.spec()).model)
        let layout = DeclarationLayout(access: .public, namespace: nil)
        let support = SupportEmitter.emit(.support, of: model, runtime: .embedded, layout: layout)
        let values = SupportEmitter.emit(.values, of: model, runtime: .embedded, layout: layout)
        for file in Runtime.embedded.files {
            let body = file.text(access: .public)
            let inSupport = support.contains(body), inValues = values.contains(body)
            XCTAssertTrue(inSupport != inValues, file.name)
            XCTAssertEqual(inValues, RuntimePart.valueFiles.contains(file.name), file.name)
        }
        XCTAssertTrue(values.contains("public struct OpenAPIDate"))
        XCTAssertTrue(support.contains("struct RequestBuilder"))
    }
}
