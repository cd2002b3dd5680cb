import XCTest
@testable import OpenAPIGenKit

/// Lenient warnings, strict mode, and how the command line shows many warnings: a cap per kind and a summary.
final class DiagnosticReportTests: XCTestCase {
    private func lenient(_ kind: Leniency, _ index: Int) -> Diagnostic {
        var diagnostic = Diagnostic.lenient(kind, "problem \(index)", assumed: "assumed", file: "a.json", pointer: JSONPointer(["x", String(index)]))
        diagnostic.line = index
        return diagnostic
    }

    func testLenientWarningSaysWhatWasAssumedAndStrictModeMakesItAnError() {
        let warning = Diagnostic.lenient(.duplicateEnumValue, "the enum value 1 is listed twice", assumed: "kept once", file: "a.json", pointer: JSONPointer(["enum", "1"]))
        XCTAssertEqual(warning.description, "a.json: warning: the enum value 1 is listed twice; kept once [#/enum/1]")
        XCTAssertEqual(warning.strict.description, "a.json: error: the enum value 1 is listed twice (strict mode; otherwise kept once) [#/enum/1]")
        XCTAssertEqual(warning.strict.leniency, .duplicateEnumValue)
        let other = Diagnostic(.warning, "'oneOf' is not supported", file: "a.json")
        XCTAssertEqual(other.strict, other, "only lenient readings become errors")
    }

    func testStrictBagTurnsLenientWarningsIntoErrorsThatDoNotBlockLaterStages() {
        var bag = DiagnosticBag(strict: true)
        bag.append(lenient(.undeclaredSecurityScheme, 1))
        bag.append(Diagnostic(.warning, "other", file: "a.json"))
        XCTAssertEqual(bag.all.map(\.severity), [.error, .warning])
        XCTAssertTrue(bag.hasErrors)
        XCTAssertFalse(bag.blocksLaterStages)
        bag.append(Diagnostic(.error, "unresolved reference", file: "a.json"))
        XCTAssertTrue(bag.blocksLaterStages)
        var lenientBag = DiagnosticBag()
        lenientBag.append(lenient(.undeclaredSecurityScheme, 1))
        XCTAssertFalse(lenientBag.hasErrors)
    }

    func testSummaryCountsWarningsByKindMostFirst() {
        let diagnostics = [
            lenient(.duplicateOperationID, 1), lenient(.mismatchedExample, 2), lenient(.mismatchedExample, 3),
            Diagnostic(.warning, "other", file: "a.json"), Diagnostic(.error, "bad", file: "a.json"),
        ]
        XCTAssertEqual(
            DiagnosticReport.summary(diagnostics),
            "warning summary: 2 × example not matching its schema, 1 × duplicate operationId, 1 × other (4 warnings)"
        )
        XCTAssertNil(DiagnosticReport.summary([Diagnostic(.error, "bad", file: "a.json")]))
        XCTAssertNil(DiagnosticReport.strictSummary(diagnostics))
        XCTAssertEqual(DiagnosticReport.strictSummary([lenient(.duplicateOperationID, 1).strict]), "error summary: 1 × duplicate operationId (1 error)")
    }

    func testEachLenientKindIsCutAfterTheLimitWithANote() {
        let examples = (1...4).map { lenient(.mismatchedExample, $0) }
        let diagnostics = (examples + [lenient(.duplicateEnumValue, 5), Diagnostic(.warning, "other", file: "a.json", line: 6)]).sorted()
        XCTAssertEqual(DiagnosticReport.lines(diagnostics, limitPerKind: 2), [
            "a.json:1: warning: problem 1; assumed [#/x/1]",
            "a.json:2: warning: problem 2; assumed [#/x/2]",
            "a.json:5: warning: problem 5; assumed [#/x/5]",
            "a.json:6: warning: other",
            "note: 2 more warnings of the kind 'example not matching its schema' are not shown; --verbose shows every warning",
            "warning summary: 4 × example not matching its schema, 1 × duplicate enum value, 1 × other (6 warnings)",
        ])
        XCTAssertEqual(DiagnosticReport.lines(diagnostics, limitPerKind: nil).count, 7, "verbose: every warning and the summary")
    }

    func testStrictErrorsAreNeverCut() {
        let errors = (1...3).map { lenient(.mismatchedDefault, $0).strict }
        XCTAssertEqual(DiagnosticReport.lines(errors, limitPerKind: 1).count, 4, "three errors and the error summary")
    }
}
