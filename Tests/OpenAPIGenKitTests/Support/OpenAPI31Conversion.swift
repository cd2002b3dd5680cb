import Foundation
@testable import OpenAPIGenKit

/// Rewrites an OpenAPI 3.0 document as the OpenAPI 3.1 document that means the same, for equivalence tests:
///
/// - `openapi` becomes `3.1.0`;
/// - `nullable: true` next to `type` becomes a `type` array with `"null"` (and a `null` in `enum`); next to
///   `oneOf`/`anyOf` a `{"type": "null"}` branch; next to `allOf: [$ref]` an `anyOf` of the reference and
///   `{"type": "null"}`; next to a longer `allOf` an `anyOf` of that `allOf` and `{"type": "null"}`;
/// - boolean `exclusiveMinimum`/`exclusiveMaximum` become the bound itself;
/// - a schema's `example` becomes `examples: [example]`, `format: byte` becomes `contentEncoding: base64`;
/// - keywords next to a `$ref` in a schema are dropped (3.0 ignores them; 3.1 would apply them);
/// - with `movesToDefs`, every component schema named in it moves into the `$defs` of the component
///   `hostForDefs` names, and every `$ref` to it follows.
///
/// Only schemas are rewritten, found by position (components, parameters, headers, media types, callbacks), so a
/// property named `nullable` or `example` stays as it is.
struct OpenAPI31Conversion {
    /// Component schemas to move into `$defs`, and the component that receives them.
    var movesToDefs: Set<String> = []
    var hostForDefs = ""

    /// The 3.1 document.
    func convert(_ document: JSONValue) -> JSONValue {
        guard var root = document.objectValue else { return document }
        root.set("openapi", .string("3.1.0"))
        if let paths = root["paths"]?.objectValue { root.set("paths", .object(paths.mapValues(pathItem))) }
        if var components = root["components"]?.objectValue {
            components.rewrite("schemas") { $0.mapValues(schema) }
            components.rewrite("parameters") { $0.mapValues(parameter) }
            components.rewrite("headers") { $0.mapValues(parameter) }
            components.rewrite("responses") { $0.mapValues(response) }
            components.rewrite("requestBodies") { $0.mapValues(requestBody) }
            components.rewrite("callbacks") { $0.mapValues(callback) }
            if !movesToDefs.isEmpty { moveToDefs(&components) }
            root.set("components", .object(components))
        }
        return movesToDefs.isEmpty ? .object(root) : retarget(.object(root))
    }

    // MARK: - Document objects

    private func pathItem(_ value: JSONValue) -> JSONValue {
        guard var item = value.objectValue else { return value }
        item.rewriteList("parameters", parameter)
        for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
            guard var operation = item[method]?.objectValue else { continue }
            operation.rewriteList("parameters", parameter)
            if let body = operation["requestBody"] { operation.set("requestBody", requestBody(body)) }
            operation.rewrite("responses") { $0.mapValues(response) }
            operation.rewrite("callbacks") { $0.mapValues(callback) }
            item.set(method, .object(operation))
        }
        return .object(item)
    }

    private func callback(_ value: JSONValue) -> JSONValue {
        guard let callback = value.objectValue, callback["$ref"] == nil else { return value }
        return .object(callback.mapValues(pathItem))
    }

    /// A parameter or header.
    private func parameter(_ value: JSONValue) -> JSONValue {
        guard var parameter = value.objectValue, parameter["$ref"] == nil else { return value }
        if let schema = parameter["schema"] { parameter.set("schema", self.schema(schema)) }
        parameter.rewrite("content") { $0.mapValues(mediaType) }
        return .object(parameter)
    }

    private func requestBody(_ value: JSONValue) -> JSONValue {
        guard var body = value.objectValue, body["$ref"] == nil else { return value }
        body.rewrite("content") { $0.mapValues(mediaType) }
        return .object(body)
    }

    private func response(_ value: JSONValue) -> JSONValue {
        guard var response = value.objectValue, response["$ref"] == nil else { return value }
        response.rewrite("headers") { $0.mapValues(parameter) }
        response.rewrite("content") { $0.mapValues(mediaType) }
        return .object(response)
    }

    private func mediaType(_ value: JSONValue) -> JSONValue {
        guard var media = value.objectValue else { return value }
        if let schema = media["schema"] { media.set("schema", self.schema(schema)) }
        media.rewrite("encoding") { encodings in
            encodings.mapValues { encoding in
                guard var encoding = encoding.objectValue else { return encoding }
                encoding.rewrite("headers") { $0.mapValues(parameter) }
                return .object(encoding)
            }
        }
        return .object(media)
    }

    // MARK: - Schemas

    /// The 3.1 spelling of one schema and the schemas inside it.
    func schema(_ value: JSONValue) -> JSONValue {
        guard var schema = value.objectValue else { return value }
        if let reference = schema["$ref"] { return .object(JSONObject(["$ref": reference])) }
        schema.rewrite("properties") { $0.mapValues(self.schema) }
        for key in ["items", "not", "additionalProperties"] where schema[key]?.objectValue != nil {
            schema.set(key, self.schema(schema[key] ?? .null))
        }
        for key in ["allOf", "oneOf", "anyOf"] { schema.rewriteList(key, self.schema) }
        for (bound, exclusive) in [("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")] {
            guard case .bool(let isExclusive)? = schema[exclusive] else { continue }
            schema.remove(exclusive)
            if isExclusive, let limit = schema[bound] {
                schema.set(exclusive, limit)
                schema.remove(bound)
            }
        }
        if let example = schema["example"] {
            schema.remove("example")
            if schema["examples"] == nil { schema.set("examples", .array([example])) }
        }
        if schema["type"] == .string("string"), schema["format"] == .string("byte") {
            schema.remove("format")
            schema.set("contentEncoding", .string("base64"))
        }
        if case .bool(let nullable)? = schema["nullable"] {
            schema.remove("nullable")
            if nullable { makeNullable(&schema) }
        }
        return .object(schema)
    }

    private static let nullSchema = JSONValue.object(JSONObject(["type": .string("null")]))

    private func makeNullable(_ schema: inout JSONObject) {
        if case .string(let type)? = schema["type"] {
            schema.set("type", .array([.string(type), .string("null")]))
            if case .array(var values)? = schema["enum"], !values.contains(.null) {
                values.append(.null)
                schema.set("enum", .array(values))
            }
        } else if case .array(var branches)? = schema["oneOf"] ?? schema["anyOf"] {
            let key = schema["oneOf"] != nil ? "oneOf" : "anyOf"
            branches.append(Self.nullSchema)
            schema.set(key, .array(branches))
        } else if case .array(let parts)? = schema["allOf"] {
            schema.remove("allOf")
            let combined = parts.count == 1 && parts[0].objectValue?["$ref"] != nil ? parts[0] : .object(JSONObject(["allOf": .array(parts)]))
            schema.set("anyOf", .array([combined, Self.nullSchema]))
        }
        // No type and no combinator: the schema already accepts null.
    }

    // MARK: - $defs

    private func moveToDefs(_ components: inout JSONObject) {
        guard var schemas = components["schemas"]?.objectValue, var host = schemas[hostForDefs]?.objectValue else { return }
        var defs = host["$defs"]?.objectValue ?? JSONObject()
        for name in movesToDefs.sorted() where name != hostForDefs {
            guard let moved = schemas[name] else { continue }
            defs.set(name, moved)
            schemas.remove(name)
        }
        host.set("$defs", .object(defs))
        schemas.set(hostForDefs, .object(host))
        components.set("schemas", .object(schemas))
    }

    /// Every `$ref` to a moved schema, pointed at its new place.
    private func retarget(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var result = object.mapValues(retarget)
            if case .string(let target)? = object["$ref"], target.hasPrefix("#/components/schemas/") {
                let rest = target.dropFirst("#/components/schemas/".count)
                let name = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
                if movesToDefs.contains(String(name)), String(name) != hostForDefs {
                    result.set("$ref", .string("#/components/schemas/\(hostForDefs)/$defs/\(rest)"))
                }
            }
            return .object(result)
        case .array(let items):
            return .array(items.map(retarget))
        default:
            return value
        }
    }
}

private extension JSONObject {
    /// Removes a member (rebuilds the object, so that it does not depend on how `JSONObject` stores keys).
    mutating func remove(_ key: String) {
        guard self[key] != nil else { return }
        var result = JSONObject()
        for member in members where member.key != key { result.set(member.key, member.value) }
        self = result
    }

    mutating func rewrite(_ key: String, _ transform: (JSONObject) -> JSONObject) {
        if let object = self[key]?.objectValue { set(key, .object(transform(object))) }
    }

    mutating func rewriteList(_ key: String, _ transform: (JSONValue) -> JSONValue) {
        if let list = self[key]?.arrayValue { set(key, .array(list.map(transform))) }
    }

    func mapValues(_ transform: (JSONValue) -> JSONValue) -> JSONObject {
        var result = JSONObject()
        for (key, value) in members { result.set(key, transform(value)) }
        return result
    }
}

/// JSON text for a `JSONValue`, members in their order, to hand a converted document to the pipeline as a file
/// would (the generator follows the document's order, so the text must keep it).
enum DocumentText {
    static func data(_ value: JSONValue) throws -> Data {
        var text = ""
        try write(value, into: &text)
        return Data(text.utf8)
    }

    private static func write(_ value: JSONValue, into text: inout String) throws {
        switch value {
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                try write(item, into: &text)
            }
            text += "]"
        case .object(let object):
            text += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { text += "," }
                try write(.string(member.key), into: &text)
                text += ":"
                try write(member.value, into: &text)
            }
            text += "}"
        default:
            let scalar = try JSONSerialization.data(withJSONObject: foundation(value), options: [.fragmentsAllowed])
            text += String(decoding: scalar, as: UTF8.self)
        }
    }

    private static func foundation(_ value: JSONValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .string(let text): return text
        case .array(let items): return items.map(foundation)
        case .object(let object): return Dictionary(uniqueKeysWithValues: object.members.map { ($0.key, foundation($0.value)) })
        }
    }
}
