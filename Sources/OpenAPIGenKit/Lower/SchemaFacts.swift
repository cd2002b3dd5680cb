import Foundation

/// Questions the lowering asks about schemas: nullability, deprecation, docs, and the concrete schema behind
/// references and decorators.
extension SchemaLowering {
    /// Whether a value of this schema may be null: `nullable` on it, on the decorated `$ref`, on the
    /// referenced component, or on a variant of a `oneOf`/`anyOf`.
    func isNullable(_ referable: Referable<Schema>) -> Bool {
        isNullable(referable, hops: 0)
    }

    private func isNullable(_ referable: Referable<Schema>, hops: Int) -> Bool {
        guard hops < 32 else { return false }
        switch referable {
        case .reference(let reference):
            guard let name = reference.componentName(in: "schemas"), let target = componentSchema(named: name) else { return false }
            if case .value(let schema) = target { return schema.nullable || isUnion(schema) && isNullable(target, hops: hops + 1) }
            return false
        case .value(let schema):
            if schema.nullable { return true }
            if isDecorator(schema) { return isNullable(schema.allOf[0], hops: hops + 1) }
            if isUnion(schema) { return variants(schema).contains { isNullable($0, hops: hops + 1) } }
            return false
        }
    }

    /// The schema behind `referable`, following component references and decorators.
    func concrete(_ referable: Referable<Schema>) -> Schema? {
        var current = referable
        for _ in 0..<32 {
            switch current {
            case .reference(let reference):
                guard let name = reference.componentName(in: "schemas"), let target = componentSchema(named: name) else { return nil }
                current = target
            case .value(let schema):
                guard isDecorator(schema) else { return schema }
                current = schema.allOf[0]
            }
        }
        return nil
    }

    /// Whether the schema is a `oneOf` or `anyOf`.
    func isUnion(_ schema: Schema) -> Bool {
        !schema.oneOf.isEmpty || !schema.anyOf.isEmpty
    }

    /// The variants of a union: `oneOf` if present, else `anyOf`.
    func variants(_ schema: Schema) -> [Referable<Schema>] {
        schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
    }

    /// The only variant of a union that is just a wrapper (`anyOf: [{$ref}]`, often with `nullable`).
    func singleVariant(_ schema: Schema) -> Referable<Schema>? {
        let list = variants(schema)
        guard list.count == 1, schema.discriminator == nil, schema.properties.isEmpty, schema.oneOf.isEmpty || schema.anyOf.isEmpty else { return nil }
        return list[0]
    }

    /// The doc comment of a property: its description, then notes on read-only, write-only and string formats.
    func propertyDoc(_ referable: Referable<Schema>) -> String? {
        var paragraphs: [String] = []
        if case .value(let schema) = referable, let text = schema.description ?? schema.title {
            paragraphs.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if flag(referable, \.readOnly) { paragraphs.append("Read-only: set by the server.") }
        if flag(referable, \.writeOnly) { paragraphs.append("Write-only: sent to the server, never returned by it.") }
        if case .value(let schema) = referable, let note = FormatMapping.note(type: schema.type, format: schema.format) {
            paragraphs.append(note)
        }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
    }

    /// A boolean keyword (`readOnly`, `writeOnly`) on the schema itself (a decorator's sibling included) or on the
    /// schema it stands for.
    func flag(_ referable: Referable<Schema>, _ keyword: KeyPath<Schema, Bool>) -> Bool {
        if case .value(let schema) = referable, schema[keyPath: keyword] { return true }
        return concrete(referable)?[keyPath: keyword] ?? false
    }

    /// `deprecated: true` on the schema itself (a `$ref` cannot carry it in OpenAPI 3.0; a decorator can).
    func isDeprecated(_ referable: Referable<Schema>) -> Bool {
        guard case .value(let schema) = referable else { return false }
        return schema.deprecated
    }

    /// Where the schema, or the `$ref` standing for it, is in the document.
    func pointer(of referable: Referable<Schema>) -> JSONPointer {
        switch referable {
        case .reference(let reference): return reference.pointer
        case .value(let schema): return schema.pointer
        }
    }
}
