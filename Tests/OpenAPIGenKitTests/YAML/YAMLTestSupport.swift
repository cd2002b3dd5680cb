import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Helpers of the YAML reader's tests: reading inline YAML, building expected values, and checking tables of
/// cases with the line of the failing row.
enum YAMLTest {
    /// The value of `text`, or the fault.
    static func read(_ text: String) -> Result<JSONValue?, YAMLError> {
        YAMLLoader.read(Data(text.utf8))
    }

    /// A mapping from `pairs`, in their order.
    static func map(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(JSONObject(pairs))
    }

    /// Checks that each YAML text reads as its expected value.
    static func assertValues(_ cases: [(yaml: String, expected: JSONValue, line: UInt)], file: StaticString = #filePath) {
        for item in cases {
            switch read(item.yaml) {
            case .success(let value):
                XCTAssertEqual(value, item.expected, "YAML: \(item.yaml.debugDescription)", file: file, line: item.line)
            case .failure(let fault):
                XCTFail("YAML: \(item.yaml.debugDescription) failed at \(fault.line):\(fault.column): \(fault.message)", file: file, line: item.line)
            }
        }
    }

    /// Checks that each YAML text fails at the given line and column with a message that contains `message`.
    static func assertFaults(_ cases: [(yaml: String, line: Int, column: Int, message: String, row: UInt)], file: StaticString = #filePath) {
        for item in cases {
            switch read(item.yaml) {
            case .success(let value):
                XCTFail("YAML: \(item.yaml.debugDescription) read as \(String(describing: value)); expected an error", file: file, line: item.row)
            case .failure(let fault):
                XCTAssertEqual("\(fault.line):\(fault.column)", "\(item.line):\(item.column)", "YAML: \(item.yaml.debugDescription): \(fault.message)", file: file, line: item.row)
                XCTAssertTrue(fault.message.contains(item.message), "YAML: \(item.yaml.debugDescription): \(fault.message)", file: file, line: item.row)
            }
        }
    }
}
