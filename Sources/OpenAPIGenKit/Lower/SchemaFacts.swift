import Foundation

/// Questions the lowering asks about schemas: nullability, deprecation, docs, and the concrete schema behind
/// references and decorators.
extension APIModelBuilder {
    /// Whether a value of this schema may be null: `nullable` on it, on the decorated `$ref`, on the
    /// referenced component, or on a variant of a `oneOf`/`anyOf` (through any number of components: see
    /// `ComponentFacts`).
    mutating func isNullable(_ referable: Referable<Schema>) -> Bool {
        let inline = ComponentFacts.inlineNullability(referable, &counters)
        return inline.isNullable || inline.components.contains { facts.nullable.contains($0) }
    }

    /// The schema behind `referable`, following component references and decorators; nil for a loop of aliases.
    func concrete(_ referable: Referable<Schema>) -> Schema? {
        var uncounted = AnalysisCounters()  // the walk stays inside one schema; the component's part was counted once
        switch ComponentFacts.concreteStep(referable, &uncounted) {
        case .answer(let schema): return schema
        case .component(let name): return facts.concrete[name]
        }
    }

    /// Whether the schema is a `oneOf` or `anyOf`.
    func isUnion(_ schema: Schema) -> Bool {
        ComponentFacts.isUnion(schema)
    }

    /// The variants of a union: `oneOf` if present, else `anyOf`.
    func variants(_ schema: Schema) -> [Referable<Schema>] {
        ComponentFacts.variants(schema)
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
            paragraphs.append(PlainText.trimmingWhitespaceAndNewlines(text))
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

    /// The node of a schema as written: the object holding `$ref` for a reference, the schema itself otherwise.
    func node(of referable: Referable<Schema>) -> JSONPointer {
        switch referable {
        case .reference(let reference): return reference.pointer.tokens.last == "$ref" ? reference.pointer.parent ?? reference.pointer : reference.pointer
        case .value(let schema): return schema.pointer
        }
    }
}
