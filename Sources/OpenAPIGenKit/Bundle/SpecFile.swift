#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a document being bundled lives: its URL (to resolve relative references) and its display path.
struct SpecFile: Hashable, Sendable {
    /// The standardized file URL, or nil for a document given only as bytes.
    var url: URL?
    /// The path shown in diagnostics and headers.
    var displayPath: String

    /// The file `relative` (a reference's path part) names, seen from this file.
    func resolving(_ relative: String) -> SpecFile? {
        guard let url else { return nil }
        let decoded = PercentDecoding.decoded(relative) ?? relative
        let target = URL(fileURLWithPath: decoded, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        let displayFolder = PathText.folder(of: displayPath)
        let display = Self.normalized(displayFolder.isEmpty ? decoded : displayFolder + "/" + decoded)
        return SpecFile(url: target, displayPath: display)
    }

    /// `a/b/../c` → `a/c`; `./x` → `x`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    /// Whether this file is inside `folder`, both as written and with symbolic links resolved.
    func isInside(_ folder: URL) -> Bool {
        guard let url else { return false }
        func inside(_ path: String, _ folderPath: String) -> Bool {
            path.hasPrefix(folderPath.hasSuffix("/") ? folderPath : folderPath + "/")
        }
        return inside(url.standardizedFileURL.path, folder.standardizedFileURL.path)
            && inside(url.resolvingSymlinksInPath().path, folder.resolvingSymlinksInPath().path)
    }
}

/// The position of a schema, parameter or other node in the OpenAPI structure, which decides what an
/// external `$ref` found there becomes: schemas are hoisted into named components, everything else is
/// inlined, and literal data (`example`, `default`, `enum`) is copied untouched.
enum BundleContext: Equatable {
    case other, schema, schemaMap, schemaList, data

    /// The context of a member `key` (or of an array element when `key` is nil) inside this context.
    func child(_ key: String?) -> BundleContext {
        switch self {
        case .data: return .data
        case .schemaMap, .schemaList: return .schema
        case .schema:
            switch key {
            case "properties": return .schemaMap
            case "items", "additionalProperties", "not": return .schema
            case "allOf", "oneOf", "anyOf": return .schemaList
            case "example", "default", "enum": return .data
            // JSON Schema 2020-12 (OpenAPI 3.1).
            case "unevaluatedProperties", "unevaluatedItems", "contains", "if", "then", "else", "propertyNames", "contentSchema": return .schema
            case "prefixItems": return .schemaList
            case "$defs", "patternProperties", "dependentSchemas": return .schemaMap
            case "const", "examples": return .data
            case let key? where key.hasPrefix("x-"): return .data
            default: return .other
            }
        case .other:
            switch key {
            case "schema": return .schema
            case "schemas": return .schemaMap
            case "example": return .data
            case let key? where key.hasPrefix("x-"): return .data
            default: return .other
            }
        }
    }
}
