import XCTest
@testable import OpenAPIGenKit

final class ParameterListLayoutTests: XCTestCase {
    func testOneParameterStaysOnTheLine() {
        XCTAssertEqual(ParameterListLayout.lines("init", ["id: Swift.String"], " {"), ["init(id: Swift.String) {"])
        XCTAssertEqual(ParameterListLayout.lines("func f", [], " async throws"), ["func f() async throws"])
    }

    func testSeveralParametersGetOneLineEach() {
        XCTAssertEqual(ParameterListLayout.lines("func f", ["a: A", "b: B? = nil"], " -> R {"), [
            "func f(",
            "    a: A,",
            "    b: B? = nil",
            ") -> R {",
        ])
    }

    func testTheWriterIndentsTheListAndAddsTheAccessLevel() {
        var writer = SwiftWriter()
        writer.block("struct S") { w in
            w.declaration("init", list: ["a: A", "b: B"], "") { w in
                w.line("self.a = a")
            }
            w.line("let s = S", list: ["a: a", "b: b"])
        }
        XCTAssertEqual(writer.finished, """
            struct S {
                public init(
                    a: A,
                    b: B
                ) {
                    self.a = a
                }
                let s = S(
                    a: a,
                    b: b
                )
            }

            """)
    }

    func testGeneratedInitsHaveOneParameterPerLine() {
        let text = Stages.generate(Fixture.spec(schemas: ##"{"Pet": {"type": "object", "required": ["name"], "properties": {"age": {"type": "integer"}, "name": {"type": "string"}}}}"##)).file("Types.swift")
        XCTAssertTrue(text.contains("""
                public init(
                    age: Swift.Int? = nil,
                    name: Swift.String
                ) {
                    self.age = age
                    self.name = name
                }
            """), text)
    }
}
