import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `YAMLLoader`: diagnostics for bad files, positions of nodes for later diagnostics, and the choice of loader.
final class YAMLLoaderTests: XCTestCase {
    private func load(_ data: Data, file: String = "api.yaml") -> (JSONValue?, [String]) {
        var bag = DiagnosticBag()
        let value = YAMLLoader.load(data, file: file, diagnostics: &bag)
        return (value, bag.all.map(\.description))
    }

    func testDiagnosticsForBadFiles() {
        let cases: [(Data, String, UInt)] = [
            (Data(), "api.yaml: error: the file is empty; expected an OpenAPI document in YAML", #line),
            (Data("# only a comment\n\n".utf8), "api.yaml: error: the file is empty; expected an OpenAPI document in YAML", #line),
            (Data("a: [1,\n".utf8), "api.yaml:2:1: error: the file is not valid YAML: the text ends inside a flow sequence that starts at line 1, column 4 (truncated file?)", #line),
            (Data("a:\n\tb: 1\n".utf8), "api.yaml:2:1: error: the file is not valid YAML: a tab character indents this line; YAML allows only spaces for indentation", #line),
            (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "api.yaml:1:1: error: the file is not valid UTF-8: byte 0x89 is not UTF-8 (binary data, or text in another encoding?); save the file as UTF-8", #line),
            (Data("a: b\n".utf8) + Data([0x00]), "api.yaml:2:1: error: the file is not valid YAML: control character U+0000 is not allowed in YAML text (binary data?)", #line),
            (Data("a: caf".utf8) + Data([0xE9]) + Data("\n".utf8), "api.yaml:1:7: error: the file is not valid UTF-8: byte 0xE9 is not UTF-8 (binary data, or text in another encoding?); save the file as UTF-8", #line),
            (Data("a: 1\n---\nb: 2\n".utf8), "api.yaml:2:1: error: a second YAML document starts here; openapi-gen reads one document per file (split the file, or remove the '---')", #line),
            (Data("a: !foo x\n".utf8), "api.yaml:1:4: error: the tag '!foo' is not supported; openapi-gen reads only the tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq", #line),
            (try! XCTUnwrap("a: 1\n".data(using: .utf16LittleEndian)), "api.yaml: error: the file is UTF-16 encoded; save it as UTF-8 (YAML files are read as UTF-8)", #line),
        ]
        for (data, expected, line) in cases {
            let (value, diagnostics) = load(data)
            XCTAssertNil(value, line: line)
            XCTAssertEqual(diagnostics, [expected], line: line)
        }
    }

    func testByteOrderMarkIsSkippedAndColumnsStayRight() {
        let text = Data([0xEF, 0xBB, 0xBF]) + Data("a:\n  b: [1, 2\n".utf8)
        XCTAssertEqual(load(text).1, ["api.yaml:3:1: error: the file is not valid YAML: the text ends inside a flow sequence that starts at line 2, column 6 (truncated file?)"])
        XCTAssertEqual(load(Data([0xEF, 0xBB, 0xBF]) + Data("a: 1\n".utf8)).0, YAMLTest.map(["a": .int(1)]))
    }

    func testPositionsOfNodes() {
        let text = """
            openapi: 3.0.3
            paths:
              /pets:
                get:
                  parameters:
                    - name: limit
                      in: query
                    -   $ref: '#/components/parameters/Missing'
                  responses: {200: {description: ok}, default: {$ref: x}}
            tags: [{name: a}, {name: b}]
            """
        let wanted: [JSONPointer: JSONPosition] = [
            JSONPointer(["openapi"]): JSONPosition(line: 1, column: 1),
            JSONPointer(["paths", "/pets", "get"]): JSONPosition(line: 4, column: 5),
            JSONPointer(["paths", "/pets", "get", "parameters", "0", "in"]): JSONPosition(line: 7, column: 11),
            JSONPointer(["paths", "/pets", "get", "parameters", "1"]): JSONPosition(line: 8, column: 13),
            JSONPointer(["paths", "/pets", "get", "parameters", "1", "$ref"]): JSONPosition(line: 8, column: 13),
            JSONPointer(["paths", "/pets", "get", "responses", "200", "description"]): JSONPosition(line: 9, column: 25),
            JSONPointer(["paths", "/pets", "get", "responses", "default", "$ref"]): JSONPosition(line: 9, column: 53),
            JSONPointer(["tags", "1", "name"]): JSONPosition(line: 10, column: 20),
            JSONPointer(["tags", "1"]): JSONPosition(line: 10, column: 19),
        ]
        let found = YAMLLoader.positions(of: Set(wanted.keys + [JSONPointer(["paths", "/none"])]), in: Data(text.utf8))
        for (pointer, position) in wanted {
            XCTAssertEqual(found[pointer], position, pointer.description)
        }
        XCTAssertNil(found[JSONPointer(["paths", "/none"])])
        XCTAssertEqual(found[JSONPointer(["paths"])], JSONPosition(line: 2, column: 1))
    }

    func testLaterDiagnosticsPointAtTheYAMLNode() {
        let text = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /a:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """
        let result = Pipeline.generate([SpecSource(displayPath: "api.yaml", data: Data(text.utf8))])
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "api.yaml:12:17: error: unresolved reference '#/components/schemas/Missing' [#/paths/~1a/get/responses/200/content/application~1json/schema/$ref]",
        ])
    }

    func testTheFormatIsChosenByExtensionThenByContent() {
        XCTAssertEqual(DocumentFormat.of(path: "a.yaml", data: Data("{}".utf8)), .yaml)
        XCTAssertEqual(DocumentFormat.of(path: "dir/A.YML", data: Data()), .yaml)
        XCTAssertEqual(DocumentFormat.of(path: "a.json", data: Data("openapi: 3.0.3".utf8)), .json)
        XCTAssertEqual(DocumentFormat.of(path: "openapi", data: Data("\u{FEFF}\n  {\"a\": 1}".utf8)), .json)
        XCTAssertEqual(DocumentFormat.of(path: "spec.txt", data: Data("[1]".utf8)), .json)
        XCTAssertEqual(DocumentFormat.of(path: "spec.txt", data: Data("openapi: 3.0.3\n".utf8)), .yaml)
        XCTAssertEqual(DocumentFormat.of(path: "spec", data: Data()), .json)
        XCTAssertTrue(DocumentFormat.isDocumentName("x.yml"))
        XCTAssertFalse(DocumentFormat.isDocumentName("x.txt"))
    }
}
