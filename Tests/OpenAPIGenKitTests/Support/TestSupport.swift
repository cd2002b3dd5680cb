import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Small helpers shared by the unit tests: running the stages on inline JSON and finding fixtures.
enum Fixture {
    /// The package root (`/…/main`), found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sources of `specs/<name>/`, with display paths relative to the package root.
    static func specSources(_ name: String) throws -> [SpecSource] {
        let folder = packageRoot.appendingPathComponent("specs").appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
        return try SpecCatalog.sources(files, relativeTo: packageRoot)
    }

    /// A minimal OpenAPI 3.0.3 document with the given `components.schemas` and `paths` (JSON texts).
    static func spec(schemas: String = "{}", paths: String = "{}", components: String = "", extra: String = "") -> String {
        let more = components.isEmpty ? "" : ", " + components
        let top = extra.isEmpty ? "" : ", " + extra
        return """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": \(paths),
             "components": {"schemas": \(schemas)\(more)}\(top)}
            """
    }

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-gen-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The stages up to one point, on inline JSON, with every diagnostic collected.
enum Stages {
    static func load(_ text: String, file: String = "t.json") -> (value: JSONValue?, diagnostics: [Diagnostic]) {
        load(Data(text.utf8), file: file)
    }

    static func load(_ data: Data, file: String = "t.json") -> (value: JSONValue?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let value = JSONLoader.load(data, file: file, diagnostics: &bag)
        return (value, bag.all)
    }

    /// Loads and merges `files` (name → JSON text) in the given order.
    static func merge(_ files: [(String, String)]) -> (merged: MergedDocument?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let loaded = files.compactMap { name, text in
            JSONLoader.load(Data(text.utf8), file: name, diagnostics: &bag).map { (file: name, root: $0) }
        }
        let merged = DocumentMerger.merge(loaded, diagnostics: &bag)
        return (merged, bag.all)
    }

    static func merge(_ sources: [SpecSource]) -> (merged: MergedDocument?, diagnostics: [Diagnostic]) {
        merge(sources.map { ($0.displayPath, String(decoding: $0.data, as: UTF8.self)) })
    }

    static func parse(_ text: String) -> (document: OpenAPIDocument?, diagnostics: [Diagnostic]) {
        parse([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
    }

    static func parse(_ sources: [SpecSource]) -> (document: OpenAPIDocument?, diagnostics: [Diagnostic]) {
        let (merged, diagnostics) = merge(sources)
        guard let merged else { return (nil, diagnostics) }
        var bag = DiagnosticBag()
        diagnostics.forEach { bag.append($0) }
        let document = DocumentParser.parse(merged, diagnostics: &bag)
        return (document, bag.all)
    }

    static func resolve(_ text: String) -> (document: ResolvedDocument?, diagnostics: [Diagnostic]) {
        resolve([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
    }

    static func resolve(_ sources: [SpecSource]) -> (document: ResolvedDocument?, diagnostics: [Diagnostic]) {
        let (parsed, diagnostics) = parse(sources)
        guard let parsed else { return (nil, diagnostics) }
        var bag = DiagnosticBag()
        diagnostics.forEach { bag.append($0) }
        let resolved = RefResolver.resolve(parsed, diagnostics: &bag)
        return (resolved, bag.all)
    }

    static func lower(_ text: String) -> (model: APIModel?, diagnostics: [Diagnostic]) {
        lower([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
    }

    static func lower(_ sources: [SpecSource]) -> (model: APIModel?, diagnostics: [Diagnostic]) {
        let (resolved, diagnostics) = resolve(sources)
        guard let resolved, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        var bag = DiagnosticBag()
        diagnostics.forEach { bag.append($0) }
        let model = ModelLowering.lower(resolved, diagnostics: &bag)
        return (model, bag.all)
    }

    /// Runs the whole pipeline on one inline document named `t.json`.
    static func generate(_ text: String) -> GenerationResult {
        Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(text.utf8))])
    }
}

extension Array where Element == Diagnostic {
    /// The errors only.
    var errors: [Diagnostic] { filter { $0.severity == .error } }
}

extension ResolvedDocument {
    /// The normalized schema of component `name`.
    func schema(_ name: String) -> Referable<Schema>? {
        schemas.first { $0.name == name }?.schema
    }

    /// The operation with `operationId`.
    func operation(_ id: String) -> ResolvedOperation? {
        operations.first { $0.operation.operationID == id }
    }
}

extension Referable where Value == Schema {
    /// The schema when this is a value.
    var value: Schema? {
        if case .value(let schema) = self { return schema }
        return nil
    }
}

extension APIModel {
    /// The top-level type called `name`.
    func type(_ name: String) -> TypeDecl? {
        types.first { $0.name == name }
    }

    /// The endpoint whose method is `name`.
    func endpoint(_ name: String) -> Endpoint? {
        endpoints.first { $0.methodName == name }
    }
}

extension TypeDecl {
    /// The struct's properties (empty for other kinds).
    var properties: [Property] {
        if case .structure(let properties) = kind { return properties }
        return []
    }

    /// The property with JSON key `key`.
    func property(_ key: String) -> Property? {
        properties.first { $0.jsonKey == key }
    }

    /// The enum declaration, when this is an enum.
    var enumDecl: EnumDecl? {
        if case .enumeration(let decl) = kind { return decl }
        return nil
    }

    /// The nested type called `name`.
    func nestedType(_ name: String) -> TypeDecl? {
        nested.first { $0.name == name }
    }
}

extension GenerationResult {
    /// The text of the generated file `name` (empty when it was not generated). `Types.swift` stands for all the
    /// type files, `Types.swift` … `Types7.swift` joined in name order, since which of them holds a type depends
    /// on a hash of its name (see `TypeFiles`).
    func file(_ name: String) -> String {
        guard name == "Types.swift" else { return files.first { $0.name == name }?.contents ?? "" }
        return files.filter { $0.name.hasPrefix("Types") }.map(\.contents).joined(separator: "\n")
    }
}

/// The lines of the declaration starting with `header` (through its closing brace at the same indentation),
/// or an empty array when there is no such line.
func declarationLines(startingWith header: String, in text: String) -> [String] {
    let lines = text.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(header) }) else { return [] }
    let indent = String(lines[start].prefix { $0 == " " })
    guard let end = lines[start...].firstIndex(where: { $0 == indent + "}" }) else { return Array(lines[start...]) }
    return Array(lines[start...end])
}

/// The lines of `text` with leading indentation removed.
func trimmedLines(_ text: String) -> [String] {
    text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
}
