import XCTest
@testable import OpenAPIGenKit

/// OpenAPI 3.1 / JSON Schema 2020-12 shapes found in real documents: each generates what it means, or gives one
/// clear diagnostic at its keyword.
final class OpenAPI31RealWorldShapesTests: XCTestCase {
    private func generate(_ yaml: String) -> GenerationResult {
        Pipeline.generate([SpecSource(displayPath: "api.yaml", data: Data(yaml.utf8))])
    }

    /// A document with only `webhooks` (3.1 makes `paths` optional), `$defs` and `$anchor` references, several
    /// types, `const` of every kind, and validation keywords the generated code does not check.
    private static let document = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        webhooks:
          petAdded:
            $ref: '#/components/pathItems/PetAdded'
        components:
          pathItems:
            PetAdded:
              post:
                requestBody:
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                      examples:
                        one: {value: {id: 1, kind: 1}}
                responses:
                  "200": {description: ok}
          schemas:
            Pet:
              type: object
              required: [id, kind]
              properties:
                id: {type: [string, integer]}
                kind: {const: 1}
                flag: {const: true}
                shape: {const: {a: 1}}
                tags:
                  type: array
                  items: {type: string}
                  contains: {const: a}
                  minContains: 1
                labels:
                  type: object
                  propertyNames: {pattern: "^[a-z]+$"}
                  patternProperties:
                    "^x-": {type: string}
                inner: {$ref: '#/components/schemas/Pet/$defs/Inner'}
                anchored: {$ref: '#inner'}
                meta: {$dynamicRef: '#meta'}
                any: {oneOf: [{type: boolean}, {}]}
              $defs:
                Inner:
                  $anchor: inner
                  type: object
                  properties:
                    size: {type: number, exclusiveMinimum: 0}
        """

    func testTheShapesGenerate() throws {
        let result = generate(Self.document)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "api.yaml:39:16: warning: '$dynamicRef' is not supported; the value is kept as free-form JSON [#/components/schemas/Pet/properties/meta/$dynamicRef]",
        ])
        let types = result.file("Types.swift")
        for expected in [
            "public var id: Pet.Id\n", "case string(Swift.String)", "case integer(Swift.Int)",  // several types
            "public var kind: Pet.Kind\n", "public var flag: Swift.Bool?", "public var shape: [Swift.String: JSONValue]?",  // const
            "public var tags: [Swift.String]?", "public var labels: [Swift.String: Swift.String]?",
            "public var meta: JSONValue?", "public var size: Swift.Double?",
            "public struct PetAddedWebhookPayload",
        ] {
            XCTAssertTrue(types.contains(expected) || types.contains(expected.replacingOccurrences(of: "public struct PetAddedWebhookPayload", with: "public typealias PetAddedWebhookPayload")), expected)
        }
        // `$defs` and `$anchor` references to one schema give one type; a variant that accepts anything (`{}`)
        // accepts null, so the union is optional even where it would be required.
        XCTAssertTrue(types.contains("public var anchored: Pet.Inner?"), types)
        XCTAssertTrue(types.contains("public var inner: Pet.Inner?"), types)
        XCTAssertTrue(types.contains("public var any: Pet._Any?"), types)
    }

    func testReferencesThatCannotBeFollowedAreOneErrorAtTheReference() {
        let cases: [(String, String)] = [
            ("properties:\n        a: {$ref: 'https://example.com/pet'}", "api.yaml:8:13: error: remote reference 'https://example.com/pet' is not allowed"),
            ("properties:\n        a: {$ref: '#nowhere'}", "api.yaml:8:13: error: unresolved reference '#nowhere': api.yaml has no '$anchor' named 'nowhere'"),
            ("properties:\n        a: {$ref: '#/$defs/Missing'}", "api.yaml:8:13: error: unresolved reference '#/$defs/Missing'"),
        ]
        for (shape, prefix) in cases {
            let yaml = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      \(shape)\n"
            let errors = generate(yaml).diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.count, 1, "\(shape): \(errors.map(\.description))")
            XCTAssertTrue(errors.first?.description.hasPrefix(prefix) == true, "\(shape): \(errors.map(\.description))")
        }
    }
}
