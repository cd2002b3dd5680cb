import XCTest
@testable import OpenAPIGenKit

/// Shapes that hand-written YAML API descriptions use and small fixtures miss: each reads as the JSON it stands
/// for, or stops with one clear diagnostic.
final class YAMLRealWorldShapesTests: XCTestCase {
    private func generate(_ yaml: String) -> GenerationResult {
        Pipeline.generate([SpecSource(displayPath: "api.yaml", data: Data(yaml.utf8))])
    }

    private static let document = """
        openapi: 3.1.0   # a comment after a value
        info:
          title: "Shapes: odd"
          version: '1.0'
          description: >-
            A long folded description
            over several lines,

            with a paragraph.
        # a comment between keys, at the left margin
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - {name: id, in: path, required: true,
                   schema: {type: string}}   # a flow mapping over two lines
              responses:
                200:
                  description:
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              required: [
                id,
                "key:with:colons",
              ]
              properties:
                id: {type: string}
                "key:with:colons": {type: integer}
                'quoted key': {type: boolean}
                note:
                  type: string
                  description: |
                    Literal text
                      indented
                    # not a comment inside a block scalar
                empty:
                  description:
        """

    func testTheShapesReadAsTheirJSON() throws {
        let result = generate(Self.document)
        XCTAssertEqual(result.diagnostics.errors, [])
        // An empty `description:` is null: a warning that names the key, and the member is read without it.
        XCTAssertEqual(result.diagnostics.map(\.message), ["'description' is null; expected a string (ignored)", "'description' is null; expected a string (ignored)"])
        XCTAssertEqual(result.diagnostics.map(\.line), [20, 43])
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("forKey: OpenAPICodingKey(\"key:with:colons\"))"), types)
        XCTAssertTrue(types.contains("public var keyWithColons: Swift.Int\n"), types)
        XCTAssertTrue(types.contains("forKey: OpenAPICodingKey(\"quoted key\"))"), types)
        XCTAssertTrue(types.contains("    /// Literal text\n    ///   indented\n    /// # not a comment inside a block scalar\n"), types)
        var bag = DiagnosticBag()
        let value = try XCTUnwrap(YAMLLoader.load(Data(Self.document.utf8), file: "api.yaml", diagnostics: &bag))
        XCTAssertEqual(value.value(at: JSONPointer(["info", "description"])), .string("A long folded description over several lines,\nwith a paragraph."))
        XCTAssertEqual(value.value(at: JSONPointer(["info", "version"])), .string("1.0"))
    }

    func testWindowsLineEndingsReadTheSame() throws {
        let crlf = Self.document.replacingOccurrences(of: "\n", with: "\r\n")
        let lf = generate(Self.document)
        let windows = generate(crlf)
        XCTAssertEqual(windows.diagnostics, lf.diagnostics)
        XCTAssertEqual(windows.files, lf.files)
    }

    func testUnreadableShapesAreOneDiagnosticAtTheirPlace() {
        let cases: [(String, String)] = [
            // A key without a space after its colon is part of a plain scalar: `info` is the text "title:T".
            ("openapi: 3.1.0\ninfo:\n  title:T\npaths: {}\n", "api.yaml:2:1: error: 'info' is a string; expected an object"),
            // `@` and backticks are reserved in YAML: quote such values.
            ("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\nx-note: @deprecated\n", "api.yaml:4:9: error: the file is not valid YAML: '@' cannot start a plain scalar; quote the value"),
            // A schema left empty is null, which is not a schema.
            ("openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    Pet:\n", "api.yaml:5:5: error: a schema is null; expected an object"),
        ]
        for (yaml, prefix) in cases {
            let diagnostics = generate(yaml).diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(diagnostics.count, 1, "\(yaml): \(diagnostics)")
            XCTAssertTrue(diagnostics.first?.description.hasPrefix(prefix) == true, "\(yaml): \(diagnostics.map(\.description))")
        }
    }
}
