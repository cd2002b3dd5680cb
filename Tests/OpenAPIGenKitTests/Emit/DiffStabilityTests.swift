import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Adding or removing one schema, one property or one operation of a seed spec changes the generated files only in
/// the lines of that declaration and where it is used: no other line is rewritten, no other type renamed.
///
/// Lines are compared without a trailing comma: appending a parameter gives the line before it a comma (Swift 6.0,
/// the oldest supported toolchain, has no trailing commas in parameter lists), which a review shows as one character.
final class DiffStabilityTests: XCTestCase {
    /// `specs/DatabaseBackups` as a JSON object.
    private func seed() throws -> [String: Any] {
        let data = try XCTUnwrap(Fixture.specSources("DatabaseBackups").first).data
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The generated files of `spec`, by name; fails on any error.
    private func generate(_ spec: [String: Any]) throws -> [String: String] {
        let data = try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
        let result = Pipeline.generate([SpecSource(displayPath: "specs/DatabaseBackups/openapi.json", data: data)])
        XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.contents) })
    }

    /// The hunks between the two generations, per file, lines compared without a trailing comma.
    private func hunks(_ old: [String: String], _ new: [String: String]) -> [String: [LineDiff.Hunk]] {
        XCTAssertEqual(old.keys.sorted(), new.keys.sorted())
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }
        }
        var result: [String: [LineDiff.Hunk]] = [:]
        for (name, text) in old {
            let changes = LineDiff.hunks(lines(text), lines(new[name] ?? ""))
            if !changes.isEmpty { result[name] = changes }
        }
        return result
    }

    /// The hunks of every type file (`Types.swift` … `Types7.swift`), in file-name order.
    private func typeFileHunks(_ changes: [String: [LineDiff.Hunk]]) -> [LineDiff.Hunk] {
        changes.keys.filter { $0.hasPrefix("Types") }.sorted().flatMap { changes[$0] ?? [] }
    }

    /// Whether `line` says nothing by itself: blank, a brace or parenthesis, or an empty doc comment line.
    private func isStructural(_ line: String) -> Bool {
        ["", "}", ")", "{", "///", ") {"].contains(line.trimmingCharacters(in: .whitespaces))
    }

    /// Asserts that every hunk only adds (or only removes) lines, and that each names one of `names`.
    private func assertOnly(_ changes: [String: [LineDiff.Hunk]], adding: Bool, names: [String], file: StaticString = #filePath, line: UInt = #line) {
        for (fileName, fileHunks) in changes {
            for hunk in fileHunks {
                let kept = adding ? hunk.removed : hunk.added
                let changed = adding ? hunk.added : hunk.removed
                XCTAssertEqual(kept, [], "\(fileName): a line of existing code changed: \(hunk)", file: file, line: line)
                if changed.allSatisfy(isStructural) { continue }
                XCTAssertTrue(changed.contains { text in names.contains { text.contains($0) } }, "\(fileName): \(changed.joined(separator: "\n"))", file: file, line: line)
            }
        }
    }

    func testAddingASchemaAPropertyAndAnOperationOnlyAddsTheirLines() throws {
        var spec = try seed()
        let before = try generate(spec)
        var components = try XCTUnwrap(spec["components"] as? [String: Any])
        var schemas = try XCTUnwrap(components["schemas"] as? [String: Any])
        schemas["Retention"] = ["type": "object", "properties": ["days": ["type": "integer"], "until": ["type": "string"]]]
        var backup = try XCTUnwrap(schemas["Backup"] as? [String: Any])
        var properties = try XCTUnwrap(backup["properties"] as? [String: Any])
        properties["retention"] = ["$ref": "#/components/schemas/Retention"]
        backup["properties"] = properties
        schemas["Backup"] = backup
        components["schemas"] = schemas
        spec["components"] = components
        var paths = try XCTUnwrap(spec["paths"] as? [String: Any])
        paths["/api/databases/{db}/backups/{backup}"] = ["delete": [
            "operationId": "deleteBackup",
            "parameters": [["$ref": "#/components/parameters/DbPath"], ["name": "backup", "in": "path", "required": true, "schema": ["type": "string"]]],
            "responses": ["204": ["description": "Deleted."]],
        ]]
        spec["paths"] = paths
        let changes = hunks(before, try generate(spec))

        assertOnly(changes, adding: true, names: ["Retention", "retention", "deleteBackup", "DeleteBackup", "days", "until"])
        let types = typeFileHunks(changes)
        // The new initializer parameter is one line of its own.
        XCTAssertTrue(types.contains { $0.added.map { $0.trimmingCharacters(in: .whitespaces) } == ["retention: Retention? = nil"] }, "\(types)")
        XCTAssertTrue(types.contains { $0.added.contains { $0.contains("struct Retention") } })
        let client = changes["Client.swift"] ?? []
        XCTAssertTrue(client.contains { $0.added.contains { $0.contains("func deleteBackup(") } })
        XCTAssertNil(changes["Support.swift"])
        XCTAssertNil(changes["Values.swift"])
    }

    func testRemovingASchemaAPropertyAndAnOperationOnlyRemovesTheirLines() throws {
        var spec = try seed()
        let before = try generate(spec)
        var components = try XCTUnwrap(spec["components"] as? [String: Any])
        var schemas = try XCTUnwrap(components["schemas"] as? [String: Any])
        schemas["BackupArchive"] = nil
        var backup = try XCTUnwrap(schemas["Backup"] as? [String: Any])
        var properties = try XCTUnwrap(backup["properties"] as? [String: Any])
        XCTAssertNotNil(properties.removeValue(forKey: "database_id"))
        backup["properties"] = properties
        backup["required"] = (backup["required"] as? [String])?.filter { $0 != "database_id" }
        schemas["Backup"] = backup
        components["schemas"] = schemas
        spec["components"] = components
        var paths = try XCTUnwrap(spec["paths"] as? [String: Any])
        XCTAssertNotNil(paths.removeValue(forKey: "/api/databases/{db}/backups/{backup}/archive"))
        spec["paths"] = paths
        let changes = hunks(before, try generate(spec))

        assertOnly(changes, adding: false, names: ["BackupArchive", "databaseId", "database_id", "getBackupArchive", "GetBackupArchive"])
        XCTAssertTrue(typeFileHunks(changes).contains { $0.removed.contains { $0.contains("struct BackupArchive") } })
        XCTAssertTrue((changes["Client.swift"] ?? []).contains { $0.removed.contains { $0.contains("func getBackupArchive(") } })
        XCTAssertNil(changes["Support.swift"])
        XCTAssertNil(changes["Values.swift"])
    }
}
