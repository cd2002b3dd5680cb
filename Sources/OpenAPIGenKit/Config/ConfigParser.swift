#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads `openapi-gen.json`. An unknown key, or a value of the wrong type, is an error that names the key
/// and lists the accepted ones.
public enum ConfigParser {
    static let topLevelKeys = ["access", "filter", "name", "namespace", "pagination", "runtime", "strict", "typeOverrides"]
    static let filterKeys = ["operations", "paths", "tags"]
    static let paginationKeys = ["cursor", "hasMore", "items", "limit", "next", "nextCursor", "offset", "style"]

    /// Parses the config in `data`; nil when it has errors (reported in `diagnostics`).
    public static func parse(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> GeneratorConfig? {
        var local = DiagnosticBag()
        guard let value = JSONLoader.load(data, file: file, diagnostics: &local) else {
            diagnostics.append(contentsOf: local)
            return nil
        }
        var reader = Reader(file: file)
        let config = reader.config(value)
        local.append(contentsOf: reader.diagnostics)
        diagnostics.append(contentsOf: local)
        return local.hasErrors ? nil : config
    }

    /// Reads the config value by value, collecting its diagnostics.
    private struct Reader {
        let file: String
        var diagnostics = DiagnosticBag()

        mutating func error(_ message: String, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(.error, message, file: file, pointer: pointer))
        }

        mutating func object(_ value: JSONValue, _ pointer: JSONPointer, keys: [String], what: String) -> JSONObject? {
            guard let object = value.objectValue else {
                error("\(what) must be an object, not \(value.kindDescription)", pointer)
                return nil
            }
            for key in object.keys where !keys.contains(key) {
                error("unknown key '\(key)' in \(what); accepted keys: \(keys.joined(separator: ", "))", pointer.appending(key))
            }
            return object
        }

        mutating func string(_ object: JSONObject, _ key: String, _ pointer: JSONPointer) -> String? {
            guard let value = object[key] else { return nil }
            guard let string = value.stringValue else {
                error("'\(key)' must be a string, not \(value.kindDescription)", pointer.appending(key))
                return nil
            }
            return string
        }

        mutating func bool(_ object: JSONObject, _ key: String, _ pointer: JSONPointer) -> Bool? {
            guard let value = object[key] else { return nil }
            guard case .bool(let bool) = value else {
                error("'\(key)' must be true or false, not \(value.kindDescription)", pointer.appending(key))
                return nil
            }
            return bool
        }

        mutating func strings(_ object: JSONObject, _ key: String, _ pointer: JSONPointer) -> [String] {
            guard let value = object[key] else { return [] }
            guard let array = value.arrayValue, array.allSatisfy({ $0.stringValue != nil }) else {
                error("'\(key)' must be an array of strings", pointer.appending(key))
                return []
            }
            return array.compactMap(\.stringValue)
        }

        mutating func config(_ value: JSONValue) -> GeneratorConfig {
            var config = GeneratorConfig()
            guard let root = object(value, .root, keys: ConfigParser.topLevelKeys, what: "the config") else { return config }
            config.name = string(root, "name", .root)
            config.strict = bool(root, "strict", .root) ?? false
            if let access = string(root, "access", .root) {
                if let level = AccessLevel(rawValue: access) {
                    config.access = level
                } else {
                    error("'access' must be one of \(AccessLevel.allCases.map(\.rawValue).joined(separator: ", ")), not '\(access)'", JSONPointer(["access"]))
                }
            }
            if let runtime = string(root, "runtime", .root) {
                if let mode = RuntimeMode(rawValue: runtime) {
                    config.runtime = mode
                } else {
                    error("'runtime' must be one of \(RuntimeMode.allCases.map(\.rawValue).joined(separator: ", ")), not '\(runtime)'", JSONPointer(["runtime"]))
                }
            }
            if let namespace = string(root, "namespace", .root) {
                if SwiftName.typeName(namespace) == namespace, !namespace.hasPrefix("_") {
                    config.namespace = namespace
                } else {
                    error("'namespace' must be a Swift type name such as '\(SwiftName.typeName(namespace))', not '\(namespace)'", JSONPointer(["namespace"]))
                }
            }
            if let filter = root["filter"], let object = object(filter, JSONPointer(["filter"]), keys: ConfigParser.filterKeys, what: "'filter'") {
                let pointer = JSONPointer(["filter"])
                config.filter = OperationFilter(tags: strings(object, "tags", pointer), operations: strings(object, "operations", pointer), paths: strings(object, "paths", pointer))
            }
            if let overrides = root["typeOverrides"] {
                let pointer = JSONPointer(["typeOverrides"])
                if let object = overrides.objectValue {
                    for (name, value) in object.members {
                        if let type = value.stringValue, !type.isEmpty { config.typeOverrides[name] = type } else {
                            error("'typeOverrides.\(name)' must be a Swift type name as a string", pointer.appending(name))
                        }
                    }
                } else {
                    error("'typeOverrides' must be an object mapping schema names to Swift types, not \(overrides.kindDescription)", pointer)
                }
            }
            if let pagination = root["pagination"] {
                let pointer = JSONPointer(["pagination"])
                if let object = pagination.objectValue {
                    for (operation, value) in object.members {
                        if let rule = paginationRule(value, pointer.appending(operation)) { config.pagination[operation] = rule }
                    }
                } else {
                    error("'pagination' must be an object keyed by operationId, not \(pagination.kindDescription)", pointer)
                }
            }
            return config
        }

        mutating func paginationRule(_ value: JSONValue, _ pointer: JSONPointer) -> PaginationRule? {
            guard let object = object(value, pointer, keys: ConfigParser.paginationKeys, what: "a pagination rule") else { return nil }
            let styleText = string(object, "style", pointer) ?? "offset"
            guard let style = PaginationRule.Style(rawValue: styleText) else {
                error("'style' must be offset, cursor, nextLink or linkHeader, not '\(styleText)'", pointer.appending("style"))
                return nil
            }
            let rule = PaginationRule(
                style: style, limit: string(object, "limit", pointer) ?? "limit", offset: string(object, "offset", pointer) ?? (style == .offset ? "offset" : nil),
                cursor: string(object, "cursor", pointer), nextCursor: string(object, "nextCursor", pointer), items: string(object, "items", pointer) ?? "items",
                hasMore: string(object, "hasMore", pointer), next: string(object, "next", pointer)
            )
            if style == .nextLink, rule.next == nil {
                error("a nextLink pagination rule needs 'next' (the response field holding the next page's URL)", pointer)
                return nil
            }
            if style == .cursor, rule.cursor == nil || rule.nextCursor == nil {
                error("a cursor pagination rule needs 'cursor' (the query parameter) and 'nextCursor' (the response field)", pointer)
                return nil
            }
            return rule
        }
    }
}
