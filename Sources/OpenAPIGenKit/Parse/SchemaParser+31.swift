#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the JSON Schema 2020-12 keywords of OpenAPI 3.1 schemas (https://spec.openapis.org/oas/v3.1.0#schema-object)
/// into the same `Schema` model the 3.0 parser fills, so that resolving and lowering need few changes:
///
/// - `type` arrays: `"null"` makes the schema nullable; several other types become a `oneOf` of one schema per type;
/// - `oneOf`/`anyOf` variants that only allow null are dropped and make the schema nullable;
/// - `const` becomes a one-value `enum`; `examples` gives `example`; boolean schemas are empty schemas;
/// - `$ref` with sibling keywords becomes `allOf: [$ref]` plus the siblings, so that `description`, `deprecated`,
///   `default` and any shape keywords apply as 3.1 says (siblings that only validate leave a plain reference);
/// - `prefixItems` (tuples; `maxItems` up to their count closes them like `items: false`), `contentEncoding: base64`
///   (→ `format: byte`), `contentMediaType` of binary media (→ `format: binary`), `unevaluatedProperties` and
///   `patternProperties` (→ `additionalProperties`);
/// - `if`/`then`/`else`, `not`, `$dynamicRef` and `dependentSchemas` are warnings; the rest of the schema is used.
extension NodeParser {
    /// Keywords next to a `$ref` that change nothing in the generated types: validation, comments and examples.
    static let referenceSiblingsWithoutEffect: Set<String> = [
        "$comment", "$schema", "$id", "$anchor", "example", "examples", "summary", "maxLength", "minLength", "pattern",
        "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "maxItems", "minItems", "uniqueItems",
        "maxProperties", "minProperties", "dependentRequired", "contentEncoding", "contentMediaType", "externalDocs", "xml",
    ]

    /// Keywords that shape a value, besides `type` and `format`.
    static let shapeKeywords: Set<String> = [
        "properties", "required", "items", "prefixItems", "additionalProperties", "unevaluatedProperties", "patternProperties",
        "allOf", "oneOf", "anyOf", "enum", "const", "discriminator",
    ]

    /// A `$ref` with sibling keywords (3.1): a plain reference when the siblings change nothing, else a schema made
    /// of the siblings with the reference as its first `allOf` part.
    mutating func referenceWithSiblings(_ object: JSONObject, _ reference: Reference, at pointer: JSONPointer) -> Referable<Schema> {
        var siblings = JSONObject()
        // `type` and `format` next to a `$ref` and nothing else that shapes the value restate the target's type
        // (`{"$ref": "#/…/Code", "type": "string"}`): only a "null" in `type` is kept, as `nullable`.
        let restatesType = !object.keys.contains { Self.shapeKeywords.contains($0) }
        for (key, value) in object.members where key != "$ref" && !key.hasPrefix("x-") && !Self.referenceSiblingsWithoutEffect.contains(key) {
            if restatesType, key == "type" || key == "format" {
                if value == .string("null") || value.arrayValue?.contains(.string("null")) == true { siblings.set("nullable", .bool(true)) }
                continue
            }
            siblings.set(key, value)
        }
        guard !siblings.isEmpty, case .value(var schema) = schema(.object(siblings), at: pointer) else { return .reference(reference) }
        schema.allOf.insert(.reference(reference), at: 0)
        return .value(schema)
    }

    /// `type` as a string or an array of names (3.1). Returns the non-null types when there are several (the
    /// schema's `type` stays nil then; `readKeywords31` splits them into a `oneOf`).
    mutating func readTypes31(_ object: JSONObject, into schema: inout Schema, at pointer: JSONPointer) -> [String] {
        guard let value = object["type"] else { return [] }
        let names: [String]
        switch value {
        case .string(let name):
            names = [name]
        case .array(let list) where list.allSatisfy({ $0.stringValue != nil }):
            names = list.compactMap(\.stringValue)
        default:
            error("'type' is \(value.kindDescription); expected a type name or an array of type names", at: pointer.appending("type"))
            return []
        }
        if names.contains("null") { schema.nullable = true }
        let known: Set<String> = ["string", "integer", "number", "boolean", "array", "object"]
        if names.count > 1, let unknown = names.first(where: { $0 != "null" && !known.contains($0) }) {
            error("unknown schema type '\(unknown)' in 'type'; expected string, integer, number, boolean, array, object or null", at: pointer.appending("type"))
        }
        var others = names.filter { known.contains($0) || names.count == 1 && $0 != "null" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if Set(others) == ["integer", "number"] { others = ["number"] }
        schema.type = others.count == 1 ? others[0] : nil
        return others.count > 1 ? others : []
    }

    /// The 3.1 keywords that follow the ones the 3.0 parser reads.
    mutating func readKeywords31(_ object: JSONObject, into schema: inout Schema, typeAlternatives: [String], at pointer: JSONPointer) {
        if case .array(let examples)? = object["examples"], schema.example == nil { schema.example = examples.first }
        if let constant = object["const"], schema.enumValues == nil {
            schema.enumValues = [constant]
            if constant == .null { schema.nullable = true }
            if schema.type == nil, object["type"] == nil { schema.type = Self.typeName(of: constant) }
        }
        if schema.format == nil, schema.type == "string" || schema.type == nil {
            if let encoding = string(object, "contentEncoding", at: pointer), encoding.lowercased() == "base64" {
                schema.format = "byte"
            } else if object["contentEncoding"] == nil, let media = string(object, "contentMediaType", at: pointer), Self.isBinaryMedia(media) {
                schema.format = "binary"
            }
            if schema.format != nil, schema.type == nil { schema.type = "string" }
        }
        // `false` for a property forbids it; for `items` next to `prefixItems`, it forbids further elements.
        schema.properties.removeAll { object["properties"]?.objectValue?[$0.name] == .bool(false) }
        if object["items"] == .bool(false) {
            schema.items = nil
            schema.forbidsExtraItems = true
        }
        if let list = array(object, "prefixItems", at: pointer) {
            schema.prefixItems = list.enumerated().map { self.schema($0.element, at: pointer.appending("prefixItems").appending($0.offset)) }
            if case .int(let count)? = object["minItems"] { schema.minItems = count }
            if case .int(let count)? = object["maxItems"], count <= list.count { schema.forbidsExtraItems = true }
        }
        if schema.additionalProperties == nil, let unevaluated = object["unevaluatedProperties"] {
            switch unevaluated {
            case .bool(let allowed): schema.additionalProperties = .allowed(allowed)
            default: schema.additionalProperties = .schema(self.schema(unevaluated, at: pointer.appending("unevaluatedProperties")))
            }
        }
        if schema.additionalProperties == nil, let patterns = self.object(object, "patternProperties", at: pointer), let first = patterns.members.first {
            schema.additionalProperties = patterns.members.count == 1
                ? .schema(self.schema(first.value, at: pointer.appending("patternProperties").appending(first.key))) : .allowed(true)
        }
        dropNullVariants(object, "oneOf", \.oneOf, schema: &schema, at: pointer)
        dropNullVariants(object, "anyOf", \.anyOf, schema: &schema, at: pointer)
        splitTypeAlternatives(typeAlternatives, &schema)
        reportUnsupported(object, at: pointer)
    }

    /// Removes the variants that only allow null (`{"type": "null"}`) and makes the schema nullable instead.
    /// A variant that accepts any value (`{}`, `true`, or only annotations) accepts null too, so it makes the schema
    /// nullable as well, as `{"nullable": true}` does in 3.0 (`oneOf: [{type: boolean}, {}]` is `Bool?`-like).
    /// When one inline variant is left, it becomes the schema (`hoistOnlyVariant`).
    private mutating func dropNullVariants(_ object: JSONObject, _ key: String, _ variants: WritableKeyPath<Schema, [Referable<Schema>]>, schema: inout Schema, at pointer: JSONPointer) {
        guard case .array(let raw)? = object[key] else { return }
        if raw.contains(where: Self.acceptsAnyValue) { schema.nullable = true }
        let nullPointers = Set(raw.indices.filter { Self.allowsOnlyNull(raw[$0]) }.map { pointer.appending(key).appending($0) })
        guard !nullPointers.isEmpty else { return }
        schema.nullable = true
        schema[keyPath: variants].removeAll { if case .value(let variant) = $0 { nullPointers.contains(variant.pointer) } else { false } }
        if object["type"] == nil { hoistOnlyVariant(variants, &schema) }
    }

    /// `anyOf: [X, {type: null}]` with nothing else that shapes the value is X made nullable (3.0's `nullable: true`
    /// next to X's keywords), keeping the wrapper's documentation where it has some. A `$ref` X stays a wrapper,
    /// which lowering already reads as the referenced type.
    private func hoistOnlyVariant(_ variants: WritableKeyPath<Schema, [Referable<Schema>]>, _ schema: inout Schema) {
        guard schema[keyPath: variants].count == 1, case .value(var only) = schema[keyPath: variants][0],
              schema.oneOf.count + schema.anyOf.count == 1, schema.allOf.isEmpty, schema.type == nil, schema.properties.isEmpty,
              schema.items == nil, schema.prefixItems.isEmpty, schema.additionalProperties == nil, schema.enumValues == nil,
              schema.discriminator == nil, schema.format == nil else { return }
        only.nullable = true
        only.description = schema.description ?? only.description
        only.title = schema.title ?? only.title
        only.defaultValue = schema.defaultValue ?? only.defaultValue
        only.deprecated = schema.deprecated || only.deprecated
        only.readOnly = schema.readOnly || only.readOnly
        only.writeOnly = schema.writeOnly || only.writeOnly
        schema = only
    }

    /// Keywords that describe a value without constraining it.
    private static let annotationKeywords: Set<String> = [
        "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment", "$id", "$anchor", "$schema", "externalDocs",
    ]

    /// Whether a schema accepts every JSON value, null included: `true`, `{}`, or only annotations.
    static func acceptsAnyValue(_ value: JSONValue) -> Bool {
        switch value {
        case .bool(let accepts): return accepts
        case .object(let object): return object.keys.allSatisfy { annotationKeywords.contains($0) || $0.hasPrefix("x-") }
        default: return false
        }
    }

    /// Several non-null types (`type: [string, integer]`): a `oneOf` with one copy of the schema per type, when the
    /// schema has no `oneOf`/`anyOf`/`allOf` of its own; otherwise the value stays free-form, with a warning.
    private mutating func splitTypeAlternatives(_ alternatives: [String], _ schema: inout Schema) {
        guard !alternatives.isEmpty else { return }
        guard schema.oneOf.isEmpty, schema.anyOf.isEmpty, schema.allOf.isEmpty else {
            warning("'type' lists \(alternatives.joined(separator: ", ")) next to oneOf, anyOf or allOf; the value is kept as free-form JSON", at: schema.pointer.appending("type"))
            return
        }
        var shape = schema
        shape.nullable = false
        shape.title = nil
        shape.description = nil
        shape.defaultValue = nil
        shape.discriminator = nil
        schema.oneOf = alternatives.enumerated().map { index, type in
            var variant = shape
            variant.pointer = schema.pointer.appending("type").appending(index)
            variant.type = type
            if type != "object" { variant.properties = []; variant.required = []; variant.additionalProperties = nil }
            if type != "array" { variant.items = nil; variant.prefixItems = [] }
            if type != "string", type != "integer" { variant.enumValues = nil }
            return .value(variant)
        }
        schema.properties = []
        schema.required = []
        schema.additionalProperties = nil
        schema.items = nil
        schema.prefixItems = []
        schema.enumValues = nil
        schema.format = nil
    }

    private mutating func reportUnsupported(_ object: JSONObject, at pointer: JSONPointer) {
        if let key = ["if", "then", "else"].first(where: { object[$0] != nil }) {
            warning("'if'/'then'/'else' is not supported; the value is checked only against the rest of the schema", at: pointer.appending(key))
        }
        if object["not"] != nil {
            warning("'not' is not supported; values it excludes are accepted", at: pointer.appending("not"))
        }
        if object["$dynamicRef"] != nil {
            warning("'$dynamicRef' is not supported; the value is kept as free-form JSON", at: pointer.appending("$dynamicRef"))
        }
        if object["dependentSchemas"] != nil {
            warning("'dependentSchemas' is not supported; the properties it adds are kept only when declared in 'properties'", at: pointer.appending("dependentSchemas"))
        }
        for key in ["exclusiveMinimum", "exclusiveMaximum"] where object[key].map({ if case .bool = $0 { true } else { false } }) == true {
            warning("'\(key)' is a boolean, which is OpenAPI 3.0 syntax; in 3.1 it is the bound itself", at: pointer.appending(key))
        }
    }

    /// Whether a schema allows only null: `{"type": "null"}`, `{"type": ["null"]}`, `{"const": null}`, `{"enum": [null]}`.
    static func allowsOnlyNull(_ value: JSONValue) -> Bool {
        guard case .object(let object) = value, object["$ref"] == nil else { return false }
        switch object["type"] {
        case .string("null")?, .array([.string("null")])?: return true
        case nil: return object["const"] == .null || object["enum"] == .array([.null])
        default: return false
        }
    }

    /// The schema type of a `const` value.
    private static func typeName(of value: JSONValue) -> String? {
        switch value {
        case .string: return "string"
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .array: return "array"
        case .object: return "object"
        case .null: return nil
        }
    }

    /// Media types whose content is bytes, not text (`image/png`, `application/octet-stream`, `application/pdf`).
    private static func isBinaryMedia(_ media: String) -> Bool {
        let base = media.split(separator: ";").first.map { PlainText.trimmingWhitespaceAndNewlines(String($0)).lowercased() } ?? ""
        if base.hasPrefix("text/") { return false }
        return !(base.hasSuffix("json") || base.hasSuffix("xml") || base.contains("+json") || base.contains("+xml")
            || base == "application/x-www-form-urlencoded" || base == "application/javascript" || base == "application/yaml")
    }
}
