/// The documents of one API merged into a single root, plus where each part came from.
public struct MergedDocument: Hashable, Sendable {
    /// The merged JSON root.
    public var root: JSONValue
    /// Which file each path item, operation and component came from.
    public var origins: OriginMap
    /// The display paths of the merged files, in merge order.
    public var files: [String]
}

/// Merges several OpenAPI documents that describe one API (the IONOS seed comes as three fragments
/// that repeat the same components) into one document.
///
/// Paths are merged per path and per operation; `components` per section and per name; `tags` by name.
/// A repeated member with the same value merges silently. A repeated member with a different value is an
/// error naming both files and pointers. Every other top-level member must be equal in all files.
public enum DocumentMerger {
    /// Merges `documents` (display path and loaded root) in the given order.
    public static func merge(_ documents: [(file: String, root: JSONValue)], diagnostics: inout DiagnosticBag) -> MergedDocument? {
        merge(documents.map { ($0.file, $0.root, OriginMap(defaultFile: $0.file)) }, diagnostics: &diagnostics)
    }

    /// Merges bundled documents, each with the origins of its parts (external files it referenced).
    static func merge(_ documents: [(file: String, root: JSONValue, origins: OriginMap)], diagnostics: inout DiagnosticBag) -> MergedDocument? {
        guard let first = documents.first else { return nil }
        var origins = OriginMap(defaultFile: first.file)
        defer { for document in documents { origins.merge(document.origins) } }
        var merged = JSONObject()
        var ok = true
        for document in documents {
            guard let object = document.root.objectValue else {
                diagnostics.append(Diagnostic(.error, "the document root is \(document.root.kindDescription); expected an object", file: document.file, pointer: .root))
                ok = false
                continue
            }
            for (key, value) in object.members {
                let pointer = JSONPointer([key])
                switch key {
                case "paths", "components":
                    merged.set(key, .object(mergeTwoLevels(merged[key]?.objectValue, value, at: pointer, document: document.origins, origins: &origins, diagnostics: &diagnostics)))
                case "tags":
                    merged.set(key, mergeTags(merged[key], value))
                default:
                    if let existing = merged[key] {
                        if existing != value, !key.hasPrefix("x-") {
                            diagnostics.append(conflict(pointer, file: document.file, origins: origins))
                        }
                    } else {
                        merged.set(key, value)
                        record(pointer, from: document.origins, into: &origins)
                    }
                }
            }
        }
        guard ok else { return nil }
        return MergedDocument(root: .object(merged), origins: origins, files: documents.map(\.file))
    }

    /// Merges `paths` (path → method) or `components` (section → name): two object levels member by member,
    /// the third level by equality.
    private static func mergeTwoLevels(
        _ existing: JSONObject?, _ incoming: JSONValue, at pointer: JSONPointer, document: OriginMap,
        origins: inout OriginMap, diagnostics: inout DiagnosticBag
    ) -> JSONObject {
        let file = document.defaultFile
        var result = existing ?? JSONObject()
        guard let incomingObject = incoming.objectValue else {
            let origin = document.origin(of: pointer)
            diagnostics.append(Diagnostic(.error, "'\(pointer.tokens.last ?? "")' is \(incoming.kindDescription); expected an object", file: origin.file, pointer: origin.pointer))
            return result
        }
        for (outerKey, outerValue) in incomingObject.members {
            let outerPointer = pointer.appending(outerKey)
            guard let existingOuter = result[outerKey] else {
                result.set(outerKey, outerValue)
                record(outerPointer, from: document, into: &origins)
                for key in outerValue.objectValue?.keys ?? [] { record(outerPointer.appending(key), from: document, into: &origins) }
                continue
            }
            guard var existingObject = existingOuter.objectValue, let outerObject = outerValue.objectValue else {
                if existingOuter != outerValue { diagnostics.append(conflict(outerPointer, file: file, origins: origins)) }
                continue
            }
            for (innerKey, innerValue) in outerObject.members {
                let innerPointer = outerPointer.appending(innerKey)
                if let existingInner = existingObject[innerKey] {
                    if existingInner != innerValue { diagnostics.append(conflict(innerPointer, file: file, origins: origins)) }
                } else {
                    existingObject.set(innerKey, innerValue)
                    record(innerPointer, from: document, into: &origins)
                }
            }
            result.set(outerKey, .object(existingObject))
        }
        return result
    }

    /// Records where `pointer` came from, as the document's own origins say.
    private static func record(_ pointer: JSONPointer, from document: OriginMap, into origins: inout OriginMap) {
        let origin = document.origin(of: pointer)
        origins.record(pointer, file: origin.file, sourcePointer: origin.pointer)
    }

    private static func mergeTags(_ existing: JSONValue?, _ incoming: JSONValue) -> JSONValue {
        var tags = existing?.arrayValue ?? []
        let names = Set(tags.compactMap { $0.objectValue?["name"]?.stringValue })
        for tag in incoming.arrayValue ?? [] where !names.contains(tag.objectValue?["name"]?.stringValue ?? "") {
            tags.append(tag)
        }
        return .array(tags)
    }

    private static func conflict(_ pointer: JSONPointer, file: String, origins: OriginMap) -> Diagnostic {
        let firstFile = origins.file(for: pointer)
        return Diagnostic(.error, "'\(pointer)' is defined differently here and in \(firstFile) [\(pointer)]; repeated definitions must be identical", file: file, pointer: pointer)
    }
}
