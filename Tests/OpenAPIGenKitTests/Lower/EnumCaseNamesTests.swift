import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `EnumCaseNames`: the case names of each distinct list of enum values are worked out once, and every enum with
/// that list gets them, each case still pointing into its own schema.
final class EnumCaseNamesTests: XCTestCase {
    func testARepeatedListIsNamedAlikeAndEachCaseKeepsItsOwnPlace() throws {
        let list = #"{"type": "string", "enum": ["a-b", "a_b", "on", null]}"#
        let integers = #"{"type": "integer", "enum": [1, -2, 1]}"#
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: #"{"A": \#(list), "B": \#(list), "C": \#(integers), "D": \#(integers), "E": {"enum": [1, -2, 1]}}"#))
        XCTAssertEqual(diagnostics.map(\.leniency), [.duplicateEnumValue, .duplicateEnumValue, .duplicateEnumValue])
        let lowered = try XCTUnwrap(model)
        for (name, expected) in [("A", ["aB", "aB2", "on"]), ("B", ["aB", "aB2", "on"]), ("C", ["_1", "negative2"]), ("D", ["_1", "negative2"]), ("E", ["_1", "negative2"])] {
            let decl = try XCTUnwrap(lowered.type(name)?.enumDecl, name)
            XCTAssertEqual(decl.cases.map(\.name), expected, name)
            XCTAssertEqual(decl.cases.map { $0.origin.pointer?.description }, decl.cases.indices.map { "#/components/schemas/\(name)/enum/\($0)" }, name)
        }
        // The names depend on the values and on whether the enum is an integer one, nothing else.
        let values: [JSONValue] = [.string("x-y"), .string("x_y"), .int(3)]
        XCTAssertEqual(EnumCaseNames(values: values, isInteger: false).cases.map(\.name), ["xY", "xY2"])
        XCTAssertEqual(EnumCaseNames(values: values, isInteger: false).rejected, [2])
        XCTAssertEqual(EnumCaseNames(values: values, isInteger: true).cases.map(\.name), ["_3"])
        XCTAssertEqual(EnumCaseNames(values: values, isInteger: true).rejected, [0, 1])
    }
}
