import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Runs inline component schemas through the pipeline for the schema-feature tests: the lowered model, the
/// generated `Types.swift`, and the diagnostics.
enum FeatureSnippet {
    /// The model of a document with these `components.schemas` (and `paths`); fails the test on any diagnostic
    /// unless `allowWarnings`.
    static func model(_ schemas: String, paths: String = "{}", allowWarnings: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas, paths: paths))
        XCTAssertEqual(diagnostics.filter { allowWarnings ? $0.severity == .error : true }, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    /// The generated `Types.swift` for these schemas, through `Pipeline.generate`.
    static func types(_ schemas: String, paths: String = "{}", file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(Fixture.spec(schemas: schemas, paths: paths).utf8))])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [], file: file, line: line)
        return result.file("Types.swift")
    }

    /// The trimmed lines of the top-level or nested declaration that starts with `header` in `text`.
    static func declaration(_ header: String, in text: String) -> [String] {
        declarationLines(startingWith: header, in: text).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

extension TypeDecl {
    /// The `oneOf` declaration, when this is one.
    var oneOfDecl: OneOfDecl? {
        if case .oneOf(let decl) = kind { return decl }
        return nil
    }

    /// The `anyOf` declaration, when this is one.
    var anyOfDecl: AnyOfDecl? {
        if case .anyOf(let decl) = kind { return decl }
        return nil
    }
}
