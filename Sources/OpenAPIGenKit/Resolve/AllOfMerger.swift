/// Normalizes schemas for lowering: follows non-component references, and flattens `allOf` into one
/// object schema whose properties and `required` are the union of its parts.
///
/// The decorator idiom `allOf: [{$ref}]` with sibling `description` / `nullable` is kept as is: lowering
/// treats it as the referenced type (optional when `nullable`).
extension RefResolver {
    /// `referable` with every nested schema normalized.
    mutating func normalize(_ referable: Referable<Schema>, visiting: [String]) -> Referable<Schema> {
        counters.count(.references)
        switch referable {
        case .reference(let reference):
            return normalizeReference(reference, visiting: visiting)
        case .value(var schema):
            schema.properties = schema.properties.map { SchemaProperty(name: $0.name, schema: normalize($0.schema, visiting: visiting)) }
            schema.items = schema.items.map { normalize($0, visiting: visiting) }
            schema.prefixItems = schema.prefixItems.map { normalize($0, visiting: visiting) }
            if case .schema(let additional) = schema.additionalProperties {
                schema.additionalProperties = .schema(normalize(additional, visiting: visiting))
            }
            schema.oneOf = schema.oneOf.map { normalize($0, visiting: visiting) }
            schema.anyOf = schema.anyOf.map { normalize($0, visiting: visiting) }
            if isDecorator(schema) {
                schema.allOf = schema.allOf.map { normalize($0, visiting: visiting) }
                return .value(schema)
            }
            if !schema.allOf.isEmpty {
                schema = mergeAllOf(schema, visiting: visiting)
            }
            return .value(schema)
        }
    }

    /// The schema a reference stands for: a reference to a component stays one; a chain of references to other
    /// schemas is followed (iteratively) to the schema at its end, which is normalized once and cached for every
    /// reference of the chain.
    private mutating func normalizeReference(_ reference: Reference, visiting: [String]) -> Referable<Schema> {
        var current = reference
        var chain: [String] = []
        var inChain: Set<String> = []
        var result: Referable<Schema>
        while true {
            counters.count(.references)
            guard let target = checkedTarget(current) else {
                result = .value(Schema(pointer: current.pointer))
                break
            }
            if let name = current.componentName(in: "schemas") {
                if document.schemas[name] == nil {
                    context.error("unresolved reference '\(current.raw)'", at: current.pointer)
                    result = .value(Schema(pointer: current.pointer))
                } else {
                    result = .reference(current)
                }
                break
            }
            if visiting.contains(current.raw) || inChain.contains(current.raw) {
                context.error("reference loop: \((visiting + chain + [current.raw]).joined(separator: " → "))", at: current.pointer)
                result = .value(Schema(pointer: current.pointer))
                break
            }
            if let cached = inlineCache[current.raw] {
                result = cached
                break
            }
            guard let raw = document.raw.value(at: target) else {
                result = .value(Schema(pointer: current.pointer))
                break
            }
            chain.append(current.raw)
            inChain.insert(current.raw)
            let parsed = context.schema(raw, at: target)
            guard case .reference(let next) = parsed else {
                result = normalize(parsed, visiting: visiting + chain)
                break
            }
            current = next
        }
        for raw in chain { inlineCache[raw] = result }
        return result
    }

    /// `allOf` with exactly one reference and nothing else that shapes the value.
    private func isDecorator(_ schema: Schema) -> Bool {
        guard schema.allOf.count == 1, case .reference = schema.allOf[0] else { return false }
        return schema.properties.isEmpty && schema.items == nil && schema.oneOf.isEmpty && schema.anyOf.isEmpty
            && schema.enumValues == nil && schema.additionalProperties == nil && (schema.type == nil || schema.type == "object")
            && schema.prefixItems.isEmpty
    }

    /// One object schema holding every part's properties, in order of appearance (the parts in order, then the
    /// schema's own); `required` is the union.
    private mutating func mergeAllOf(_ schema: Schema, visiting: [String]) -> Schema {
        var merged = schema
        merged.allOf = []
        var properties: [String: (schema: Referable<Schema>, pointer: JSONPointer)] = [:]
        var required = Set(schema.required)
        var order: [String] = []
        func add(_ property: SchemaProperty, from pointer: JSONPointer, context: inout NodeParser) {
            if let existing = properties[property.name], !Self.sameShape(existing.schema, property.schema) {
                context.warning("property '\(property.name)' is declared differently in \(existing.pointer) and here; the later declaration is used", at: pointer)
            }
            if properties[property.name] == nil { order.append(property.name) }
            properties[property.name] = (property.schema, pointer)
        }
        for (index, part) in schema.allOf.enumerated() {
            counters.count(.allOf)
            let partPointer = schema.pointer.appending("allOf").appending(index)
            guard let concrete = concreteSchema(part, visiting: visiting) else { continue }
            if concrete.type != nil, concrete.type != "object" {
                if merged.type == nil { merged.type = concrete.type }
                merged.format = merged.format ?? concrete.format
                merged.enumValues = merged.enumValues ?? concrete.enumValues
                continue
            }
            for property in concrete.properties { add(property, from: partPointer, context: &context) }
            required.formUnion(concrete.required)
            if merged.additionalProperties == nil { merged.additionalProperties = concrete.additionalProperties }
            if merged.discriminator == nil { merged.discriminator = concrete.discriminator }
            if merged.oneOf.isEmpty { merged.oneOf = concrete.oneOf }
            if merged.anyOf.isEmpty { merged.anyOf = concrete.anyOf }
            merged.description = merged.description ?? concrete.description
            merged.nullable = merged.nullable || concrete.nullable
            if concrete.type == "object" || !concrete.properties.isEmpty { merged.type = "object" }
        }
        for property in schema.properties { add(property, from: schema.pointer.appending("properties"), context: &context) }
        merged.properties = order.compactMap { name in properties[name].map { SchemaProperty(name: name, schema: $0.schema) } }
        merged.required = required.sorted()
        if merged.type == nil, !merged.properties.isEmpty { merged.type = "object" }
        return merged
    }

    /// Whether two property schemas describe the same value, ignoring docs and positions.
    static func sameShape(_ lhs: Referable<Schema>, _ rhs: Referable<Schema>) -> Bool {
        switch (lhs, rhs) {
        case (.reference(let a), .reference(let b)):
            return a.raw == b.raw
        case (.value(let a), .value(let b)):
            return a.type == b.type && a.format == b.format && a.enumValues == b.enumValues
                && a.properties.map(\.name).sorted() == b.properties.map(\.name).sorted()
        default:
            return false
        }
    }
}
