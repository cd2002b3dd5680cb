@testable import OpenAPIGenKit
import XCTest

/// `SwiftTokenScanner`: words and punctuation with their depths; comments and string literals skipped whole.
final class SwiftTokenScannerTests: XCTestCase {
    private func words(_ text: String) throws -> [String] {
        try SwiftTokenScanner.scan(text).get().filter(\.isWord).map(\.text)
    }

    func testWordsPunctuationAndDepths() throws {
        let tokens = try SwiftTokenScanner.scan("public struct A { var b: [Int] = f(x) }").get()
        XCTAssertEqual(tokens.map(\.text), ["public", "struct", "A", "{", "var", "b", ":", "[", "Int", "]", "=", "f", "(", "x", ")", "}"])
        XCTAssertEqual(tokens.map(\.braceDepth), [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])
        XCTAssertEqual(tokens.first { $0.text == "Int" }?.parenDepth, 1)
        XCTAssertEqual(tokens.first { $0.text == "x" }?.offset, 35)
    }

    func testCommentsAreSkipped() throws {
        XCTAssertEqual(try words("/// public docs { \n// public\na /* public /* nested } */ still */ b"), ["a", "b"])
    }

    func testStringLiteralsAndInterpolationsAreSkipped() throws {
        XCTAssertEqual(try words(#"a = "public { \(f("}", x)) \" }" ; b"#), ["a", "b"])
        XCTAssertEqual(try words("a = \"\"\"\n  public {\n  \"\"\" ; b"), ["a", "b"])
        XCTAssertEqual(try words(##"a = #"public " { \(x) "# ; b"##), ["a", "b"])
        XCTAssertEqual(try words(###"a = ##"x"# "##; b"###), ["a", "b"])
    }

    func testDirectivesAttributesAndBackticksAreWords() throws {
        XCTAssertEqual(try words("#if canImport(X)\n@Sendable func `default`() {}\n#endif"), ["#if", "canImport", "X", "@Sendable", "func", "`default`", "#endif"])
    }

    func testUnterminatedOrUnbalancedTextFails() {
        XCTAssertEqual(try? SwiftTokenScanner.scan("a /* b").get(), nil)
        XCTAssertEqual(try? SwiftTokenScanner.scan("a = \"b\nc").get(), nil)
        XCTAssertEqual(try? SwiftTokenScanner.scan("a = \"\\(b\"").get(), nil)
        XCTAssertEqual(try? SwiftTokenScanner.scan("struct A {").get(), nil)
        guard case .failure(let failure) = SwiftTokenScanner.scan("a }") else { return XCTFail("expected a failure") }
        XCTAssertEqual(failure, SwiftTokenScanner.Failure(offset: 2, message: "unbalanced '}'"))
    }
}
