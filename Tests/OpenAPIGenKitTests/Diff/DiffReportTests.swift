import XCTest
@testable import OpenAPIGenKit

/// `DiffReport`: the plain lines and the Markdown table of `openapi-gen diff`.
final class DiffReportTests: XCTestCase {
    private var changes: [APIChange] {
        var removed = APIChange(
            .breaking, "TaskModel.link", "the property was removed", spec: "schema 'Task', property 'link'",
            at: JSONPointer(["components", "schemas", "Task", "properties", "link"]), in: .old
        )
        removed.location = SpecLocation(file: "old/openapi.json", pointer: JSONPointer(["components", "schemas", "Task", "properties", "link"]), line: 12, column: 9)
        let added = APIChange(.additive, "Client.search", "an optional argument 'limit' was added", spec: "operation 'search' (GET /search)")
        return [removed, added]
    }

    func testPlainLinesNameTheDeclarationTheSpecAndThePlace() {
        XCTAssertEqual(DiffReport.plain(changes), """
            breaking: TaskModel.link: the property was removed — schema 'Task', property 'link' [old/openapi.json:12:9 #/components/schemas/Task/properties/link]
            additive: Client.search: an optional argument 'limit' was added — operation 'search' (GET /search)
            1 breaking, 1 additive change

            """)
        XCTAssertEqual(DiffReport.plain([]), "0 breaking, 0 additive changes\n")
    }

    func testMarkdownTable() {
        XCTAssertEqual(DiffReport.render(changes, format: .markdown, old: "old", new: "specs/Tasks"), """
            **openapi-gen diff** `old` → `specs/Tasks`: 1 breaking, 1 additive change

            | Impact | Swift declaration | Change | Spec | JSON pointer | File |
            | --- | --- | --- | --- | --- | --- |
            | **breaking** | `TaskModel.link` | the property was removed | schema 'Task', property 'link' | `#/components/schemas/Task/properties/link` | `old/openapi.json:12:9` |
            | additive | `Client.search` | an optional argument 'limit' was added | operation 'search' (GET /search) |  |  |

            """)
        XCTAssertEqual(DiffReport.markdown([], old: "a|b", new: "c"), "**openapi-gen diff** `a\\|b` → `c`: 0 breaking, 0 additive changes\n")
    }

    func testHostilePointersStayOnTheirLine() {
        let change = APIChange(.additive, "A.b", "a new optional property (Swift.String?)", spec: "x", at: JSONPointer(["components", "schemas", "A", "properties", "b\nc/d"]))
        XCTAssertEqual(change.description, #"additive: A.b: a new optional property (Swift.String?) — x [#/components/schemas/A/properties/b\u{A}c~1d]"#)
    }

    func testPositionsWithoutLineOrColumn() {
        XCTAssertEqual(SpecLocation(file: "a.json", pointer: .root).position, "a.json")
        XCTAssertEqual(SpecLocation(file: "a.json", pointer: .root, line: 3).position, "a.json:3")
        XCTAssertEqual(SpecLocation(file: "a.json", pointer: .root, line: 3, column: 4).position, "a.json:3:4")
    }
}
