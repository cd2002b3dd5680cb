@testable import OpenAPIGenKit
import XCTest

/// `"runtime": "import"`: every file imports the runtime library (with its SPI for generated code), and `Support.swift` only re-exports it.
final class RuntimeImportTests: XCTestCase {
    func testEveryFileImportsTheLibraryAndSupportReExportsIt() throws {
        let model = try XCTUnwrap(Stages.lower(Fixture.spec(schemas: #"{"A": {"type": "object", "properties": {"d": {"type": "string", "format": "date"}}}}"#)).model)
        let files = Pipeline.emit(model, runtimeMode: .import)
        let support = try XCTUnwrap(files.first { $0.name == "Support.swift" }?.contents)
        XCTAssertTrue(support.hasSuffix("#endif\n@_exported import OpenAPIGenRuntime\n\n// The runtime is the library OpenAPIGenRuntime (\"runtime\": \"import\" in openapi-gen.json). It is re-exported,\n// so importing this module is enough to use its types.\n"), support)
        let values = try XCTUnwrap(files.first { $0.name == "Values.swift" }?.contents)
        XCTAssertTrue(values.hasSuffix("#endif\n@_spi(Generated) import OpenAPIGenRuntime\n\n// The coding of values and bodies is in the library OpenAPIGenRuntime (\"runtime\": \"import\" in\n// openapi-gen.json), which Support.swift re-exports.\n"), values)
        for name in ["Client.swift", "Types.swift"] {
            XCTAssertTrue(try XCTUnwrap(files.first { $0.name == name }?.contents).contains("\n@_spi(Generated) import OpenAPIGenRuntime\n\n"), name)
        }
        XCTAssertFalse(Pipeline.emit(model).contains { $0.contents.contains("OpenAPIGenRuntime") })
    }

    func testTheConfigKeyIsReadAndChecked() {
        var diagnostics = DiagnosticBag()
        XCTAssertEqual(ConfigParser.parse(Data(#"{"runtime": "import"}"#.utf8), file: "c.json", diagnostics: &diagnostics)?.runtime, .import)
        XCTAssertEqual(ConfigParser.parse(Data("{}".utf8), file: "c.json", diagnostics: &diagnostics)?.runtime, .embed)
        XCTAssertNil(ConfigParser.parse(Data(#"{"runtime": "link"}"#.utf8), file: "c.json", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.sorted.map(\.description), ["c.json: error: 'runtime' must be one of embed, import, not 'link' [#/runtime]"])
    }
}
