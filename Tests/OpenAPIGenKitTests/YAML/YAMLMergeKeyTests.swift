import XCTest
@testable import OpenAPIGenKit

/// YAML 1.1 merge keys (`<<: *base`), which hand-written API descriptions use to share members.
final class YAMLMergeKeyTests: XCTestCase {
    func testMergeKeysCopyMembersThatTheMappingDoesNotHave() {
        let base = YAMLTest.map(["type": .string("object"), "description": .string("Base.")])
        YAMLTest.assertValues([
            ("b: &b {type: object, description: Base.}\nc:\n  <<: *b\n", YAMLTest.map(["b": base, "c": base]), #line),
            // Members written in the mapping win, before or after the `<<`.
            ("b: &b {type: object, description: Base.}\nc:\n  description: Mine.\n  <<: *b\n",
             YAMLTest.map(["b": base, "c": YAMLTest.map(["type": .string("object"), "description": .string("Mine.")])]), #line),
            ("b: &b {type: object, description: Base.}\nc:\n  <<: *b\n  description: Mine.\n",
             YAMLTest.map(["b": base, "c": YAMLTest.map(["type": .string("object"), "description": .string("Mine.")])]), #line),
            // Several mappings: earlier ones win.
            ("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc: {<<: [*a, *b], z: 3}\n",
             YAMLTest.map(["a": YAMLTest.map(["x": .int(1)]), "b": YAMLTest.map(["x": .int(2), "y": .int(2)]),
                           "c": YAMLTest.map(["x": .int(1), "y": .int(2), "z": .int(3)])]), #line),
            // An inline mapping merges too; a quoted `<<` is an ordinary key.
            ("c:\n  <<: {x: 1}\n  '<<': text\n", YAMLTest.map(["c": YAMLTest.map(["x": .int(1), "<<": .string("text")])]), #line),
            // Nested members are shared, not merged deeply.
            ("a: &a {p: {x: 1}}\nc:\n  <<: *a\n  p: {y: 2}\n",
             YAMLTest.map(["a": YAMLTest.map(["p": YAMLTest.map(["x": .int(1)])]), "c": YAMLTest.map(["p": YAMLTest.map(["y": .int(2)])])]), #line),
        ])
    }

    func testMergeKeysThatCannotMergeAreOneClearFault() {
        YAMLTest.assertFaults([
            ("a:\n  <<: 3\n", 2, 3, "a '<<' merge key needs a mapping or a list of mappings (usually an alias, '<<: *base'), not a number", #line),
            ("a: &a [1]\nb:\n  <<: *a\n", 3, 3, "not a number", #line),
            ("a: &a {x: 1}\nb:\n  <<: *a\n  <<: *a\n", 4, 3, "the merge key '<<' appears twice in one mapping (first at line 3, column 3)", #line),
            ("a: &a {x: 1}\nb: [<<: *a]\n", 2, 5, "a '<<' merge key is read only as 'key: value' in a block or flow mapping", #line),
            ("a: &a {x: 1}\nb:\n  ? <<\n  : *a\n", 3, 3, "a '<<' merge key is read only as 'key: value'", #line),
        ])
    }

    func testAMergedSchemaGeneratesLikeTheWrittenOutOne() throws {
        let merged = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Base: &base
                  type: object
                  properties:
                    id: {type: string}
                Pet:
                  <<: *base
                  required: [id]
            """
        let written = merged.replacingOccurrences(of: "      <<: *base\n", with: "      type: object\n      properties:\n        id: {type: string}\n")
        let a = Pipeline.generate([SpecSource(displayPath: "api.yaml", data: Data(merged.utf8))])
        let b = Pipeline.generate([SpecSource(displayPath: "api.yaml", data: Data(written.utf8))])
        XCTAssertEqual(a.diagnostics, [])
        XCTAssertEqual(a.files, b.files)
        XCTAssertTrue(a.file("Types.swift").contains("public var id: Swift.String\n"))
    }
}
