/// Parses Schema Objects (https://spec.openapis.org/oas/v3.0.3#schema-object). Never resolves `$ref`;
/// returns `.reference` instead. Members of the wrong kind are reported and skipped.
extension NodeParser {
    /// The schema (or reference) at `pointer`.
    mutating func schema(_ value: JSONValue, at pointer: JSONPointer) -> Referable<Schema> {
        // 3.1: `true` and `false` are schemas (any value; no value, which only matters where the parent reads it).
        if isOpenAPI31, case .bool = value { return .value(Schema(pointer: pointer)) }
        guard let object = expectObject(value, "a schema", at: pointer) else { return .value(Schema(pointer: pointer)) }
        if let reference = reference(object, at: pointer) {
            return isOpenAPI31 ? referenceWithSiblings(object, reference, at: pointer) : .reference(reference)
        }
        var schema = Schema(pointer: pointer)
        var typeAlternatives: [String] = []
        if isOpenAPI31 {
            typeAlternatives = readTypes31(object, into: &schema, at: pointer)
        } else if case .array(let types) = object["type"] {
            // OpenAPI 3.1 spelling (`type: [string, "null"]`) in a 3.0 document: read it when it names one type.
            let names = types.compactMap(\.stringValue)
            let nonNull = names.filter { $0 != "null" }
            if names.count == types.count, nonNull.count == 1 {
                warning("'type' is an array, which is OpenAPI 3.1 syntax; read as '\(nonNull[0])'\(names.contains("null") ? " with nullable: true" : "")", at: pointer.appending("type"))
                schema.type = nonNull[0]
                schema.nullable = names.contains("null")
            } else {
                error("'type' is an array of \(names.count) types; OpenAPI 3.0 allows one type (use oneOf)", at: pointer.appending("type"))
            }
        } else {
            schema.type = string(object, "type", at: pointer)
        }
        if let type = schema.type, !["string", "integer", "number", "boolean", "array", "object"].contains(type) {
            error("unknown schema type '\(type)'; expected string, integer, number, boolean, array or object", at: pointer.appending("type"))
            schema.type = nil
        }
        schema.format = string(object, "format", at: pointer)
        schema.title = string(object, "title", at: pointer)
        schema.description = string(object, "description", at: pointer)
        schema.nullable = bool(object, "nullable", at: pointer) ?? schema.nullable
        schema.deprecated = bool(object, "deprecated", at: pointer) ?? false
        schema.readOnly = bool(object, "readOnly", at: pointer) ?? false
        schema.writeOnly = bool(object, "writeOnly", at: pointer) ?? false
        schema.enumValues = array(object, "enum", at: pointer)
        schema.defaultValue = object["default"]
        schema.example = object["example"]
        if let properties = self.object(object, "properties", at: pointer) {
            let base = pointer.appending("properties")
            schema.properties = properties.members.map { SchemaProperty(name: $0.key, schema: self.schema($0.value, at: base.appending($0.key))) }
        }
        if let required = array(object, "required", at: pointer) {
            schema.required = required.enumerated().compactMap { index, value in
                if case .string(let name) = value { return name }
                error("'required' entries must be strings", at: pointer.appending("required").appending(index))
                return nil
            }
        }
        if let additional = object["additionalProperties"] {
            switch additional {
            case .bool(let allowed): schema.additionalProperties = .allowed(allowed)
            default: schema.additionalProperties = .schema(self.schema(additional, at: pointer.appending("additionalProperties")))
            }
        }
        if let items = object["items"] {
            schema.items = self.schema(items, at: pointer.appending("items"))
        }
        schema.allOf = schemaList(object, "allOf", at: pointer)
        schema.oneOf = schemaList(object, "oneOf", at: pointer)
        schema.anyOf = schemaList(object, "anyOf", at: pointer)
        if let discriminator = self.object(object, "discriminator", at: pointer),
           let propertyName = string(discriminator, "propertyName", at: pointer.appending("discriminator")) {
            var mapping: [String: String] = [:]
            for (key, value) in self.object(discriminator, "mapping", at: pointer.appending("discriminator"))?.members ?? [] {
                if let target = value.stringValue { mapping[key] = target }
            }
            schema.discriminator = Discriminator(propertyName: propertyName, mapping: mapping)
        }
        if isOpenAPI31 { readKeywords31(object, into: &schema, typeAlternatives: typeAlternatives, at: pointer) }
        return .value(schema)
    }

    private mutating func schemaList(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> [Referable<Schema>] {
        guard let list = array(object, key, at: pointer) else { return [] }
        if list.isEmpty { error("'\(key)' must list at least one schema", at: pointer.appending(key)) }
        return list.enumerated().map { schema($0.element, at: pointer.appending(key).appending($0.offset)) }
    }
}
