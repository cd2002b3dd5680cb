#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// `known` are the schema's `accessFlags` when the caller has them already.
    func propertyDoc(_ referable: Referable<Schema>, flags known: (readOnly: Bool, writeOnly: Bool)? = nil) -> String? {
        let flags = known ?? accessFlags(referable)
        var paragraphs: [String] = []
        if case .value(let schema) = referable, let text = schema.description ?? schema.title {
            paragraphs.append(PlainText.trimmingWhitespaceAndNewlines(text))
        }
        if flags.readOnly { paragraphs.append("Read-only: set by the server.") }
        if flags.writeOnly { paragraphs.append("Write-only: sent to the server, never returned by it.") }
        if case .value(let schema) = referable, let note = FormatMapping.note(type: schema.type, format: schema.format) {
            paragraphs.append(note)
        }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
    }

    /// `readOnly` and `writeOnly`, each set on the schema itself (a decorator's sibling included) or on the schema
    /// it stands for, which is looked up once for both.
    func accessFlags(_ referable: Referable<Schema>) -> (readOnly: Bool, writeOnly: Bool) {
        var flags = (readOnly: false, writeOnly: false)
        if case .value(let schema) = referable { flags = (schema.readOnly, schema.writeOnly) }
        if !(flags.readOnly && flags.writeOnly), let target = concrete(referable) {
            flags = (flags.readOnly || target.readOnly, flags.writeOnly || target.writeOnly)
        }
        return flags
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
