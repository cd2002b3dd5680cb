import Foundation
import XCTest

/// What `generate` did with one hostile spec.
struct HostileRun {
    var outcome: CLIRunner.Outcome
    var folder: URL
    /// The diagnostics printed, one per line.
    var lines: [String] { outcome.stderr.split(separator: "\n").map(String.init) }
}

/// The harness of the hostile-input tests (`HostileInputJSONTests`, `HostileInputSpecTests`): runs `generate` on a
/// hostile spec through the real binary and checks what every hostile case must do, and builds small specs.
protocol HostileInputHarness: XCTestCase {}

extension HostileInputHarness {
    /// Writes `spec` as `api.json` (plus `extraFiles`, by path relative to the scratch folder) next to an `Out`
    /// folder holding an earlier generation and a hand-written file, runs `generate api.json --output Out`,
    /// and checks what every hostile case must do: exit 1, no crash, no hang, diagnostics in the compiler's
    /// format, nothing on stdout, and not one byte of the folder changed.
    func generateFails(
        _ spec: Data, specPath: String = "api.json", extraFiles: [String: Data] = [:], timeout: TimeInterval = 60,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> HostileRun {
        let folder = try CLIRunner.scratchFolder(self)
        let specURL = folder.appendingPathComponent(specPath)
        try FileManager.default.createDirectory(at: specURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try spec.write(to: specURL)
        for (path, data) in extraFiles {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try Self.writePreviousOutput(into: folder.appendingPathComponent("Out"))
        let before = CLIRunner.snapshot(folder)
        let outcome = try CLIRunner.run(["generate", specPath, "--output", "Out"], in: folder, timeout: timeout)
        let run = HostileRun(outcome: outcome, folder: folder)
        XCTAssertFalse(outcome.timedOut, "the generator hung (killed after \(timeout) s)", file: file, line: line)
        XCTAssertFalse(outcome.crashed, "the generator crashed: \(outcome.stderr.suffix(2_000))", file: file, line: line)
        XCTAssertEqual(outcome.status, 1, outcome.stderr.prefix(2_000).description, file: file, line: line)
        XCTAssertEqual(outcome.stdout, "", file: file, line: line)
        XCTAssertFalse(run.lines.isEmpty, "no diagnostic was printed", file: file, line: line)
        for text in run.lines {
            XCTAssertTrue(Self.isDiagnostic(text), "not in the compiler's format: \(text.prefix(300))", file: file, line: line)
        }
        let after = CLIRunner.snapshot(folder)
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), "files were added or removed", file: file, line: line)
        XCTAssertTrue(after == before, "the output folder changed", file: file, line: line)
        return run
    }

    /// `generateFails` with `text` as the spec (UTF-8).
    func generateFails(_ text: String, specPath: String = "api.json", extraFiles: [String: Data] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> HostileRun {
        try generateFails(Data(text.utf8), specPath: specPath, extraFiles: extraFiles, file: file, line: line)
    }

    /// An earlier generation (the committed ByCloud client) and a hand-written file next to it.
    static func writePreviousOutput(into out: URL) throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let committed = CLIRunner.packageRoot.appendingPathComponent("Generated/ByCloudBackups")
        for name in try FileManager.default.contentsOfDirectory(atPath: committed.path) where name.hasSuffix(".swift") {
            try FileManager.default.copyItem(at: committed.appendingPathComponent(name), to: out.appendingPathComponent(name))
        }
        try Data("// Written by hand; the generator must never touch it.\n".utf8).write(to: out.appendingPathComponent("Helpers.swift"))
    }

    /// `path: error: …`, `path:12: error: …` or `path:12:5: error: …` (or `warning:`), and nothing longer than a
    /// screenful: hostile values are abbreviated. The lines that follow the diagnostics (`warning summary: …`, and
    /// `note: 3 more warnings …` for cut warnings) count too.
    static func isDiagnostic(_ line: String) -> Bool {
        guard line.utf8.count < 5_000 else { return false }
        let pattern = #"^[^:\n]+(:[0-9]+(:[0-9]+)?)?: (error|warning|note): [^\n]+$"#
        let report = #"^((warning|error) summary: [0-9]+ × [^\n]+|note: [0-9]+ more warnings? [^\n]+)$"#
        return line.range(of: pattern, options: .regularExpression) != nil || line.range(of: report, options: .regularExpression) != nil
    }

    /// The minimal valid document with `paths` and `components` (JSON texts), one member per line.
    static func spec(paths: String = "{}", components: String = "{}") -> String {
        """
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1"},
          "paths": \(paths),
          "components": \(components)
        }
        """
    }

    /// A `200` response whose JSON body is component `A`.
    static var okResponse: String {
        ##"{"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}"##
    }

    /// A document whose only operation returns component `A`, with `schemas` as given.
    static func spec(schemas: String) -> String {
        spec(paths: ##"{"/a": {"get": {"operationId": "getA", "responses": \##(okResponse)}}}"##, components: ##"{"schemas": \##(schemas)}"##)
    }
}
