import Foundation
import OpenAPIGenKit
import XCTest

/// `ARCHITECTURE.md` names files and folders in backticks; each must exist, so that the document cannot drift from
/// the code silently. A name that starts with a top-level folder (`Sources/…`, `Tests/…`) is taken from the package
/// root; a shorter one (`Lower/FormatMapping.swift`, `RequestBuilder.swift`) from the root or one of the source
/// folders it is written relative to. Names with placeholders (`specs/<Name>/`) and the generated files' names are
/// not paths of this repository.
final class ArchitectureDocTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let topLevelFolders = ["Sources/", "Tests/", "Plugins/", "Scripts/", "specs/", "Generated/", "Examples/", "Benchmarks/"]
    private static let relativeBases = ["", "Sources/OpenAPIGenKit/", "Sources/OpenAPIGenRuntime/", "Sources/openapi-gen/"]

    func testEveryPathInArchitectureExists() throws {
        let text = try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        let paths = Self.paths(in: text)
        XCTAssertGreaterThan(paths.count, 40, "ARCHITECTURE.md should name the files it describes")
        for path in paths {
            let bases = Self.topLevelFolders.contains { path.hasPrefix($0) } ? [""] : Self.relativeBases
            let found = bases.contains { FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + path).path) }
            XCTAssertTrue(found, "ARCHITECTURE.md names `\(path)`, which does not exist")
        }
    }

    func testPathsAreFoundInBackticks() {
        let text = "See `Sources/OpenAPIGenKit/Pipeline.swift`, `Lower/`, `RequestBuilder.swift`, `specs/<Name>/`, `Client.swift`, `application/json` and `SchemaParser+31.swift`."
        XCTAssertEqual(Self.paths(in: text), ["Sources/OpenAPIGenKit/Pipeline.swift", "Lower/", "RequestBuilder.swift", "SchemaParser+31.swift"])
    }

    /// The backticked names in `text` that are paths: they start with a top-level folder, or end in `/`, `.swift`
    /// or `.md`, and hold only path characters.
    static func paths(in text: String) -> [String] {
        let pathCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "/._+-"))
        let pieces = text.components(separatedBy: "`")
        return stride(from: 1, to: pieces.count, by: 2).map { pieces[$0] }.filter { token in
            guard !token.isEmpty, token.unicodeScalars.allSatisfy(pathCharacters.contains),
                  !Pipeline.outputFileNames.contains(token) else { return false }
            return topLevelFolders.contains { token.hasPrefix($0) } || token.hasSuffix("/") || token.hasSuffix(".swift") || token.hasSuffix(".md")
        }
    }
}
