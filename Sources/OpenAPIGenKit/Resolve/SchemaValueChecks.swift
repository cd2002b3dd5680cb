/// Lenient checks of the literals inside schemas, once per schema of the resolved document (components and the
/// schemas of operations), each a warning that says what was assumed:
///
/// - a `required` name that is not among the object's `properties` is ignored;
/// - a `default` or `example` that is not a value of its schema (`SchemaConformance`) is dropped (`null` counts as
///   none);
/// - an `enum` value listed twice is kept once.
///
/// Schemas are visited breadth-first from the components (in name order) and the operations (in path, then method
/// order), each once by pointer: a schema copied to many places by non-component references is checked once, and
/// the work grows with the document.
extension RefResolver {
    /// Runs the checks over `schemas` (normalized components) and the schemas of `operations`.
    mutating func checkSchemaValues(schemas: [NamedSchema], operations: [ResolvedOperation]) {
        var byName: [String: Referable<Schema>] = [:]
        for named in schemas { byName[named.name] = named.schema }
        let conformance = SchemaConformance { byName[$0] }
        var visited: Set<JSONPointer> = []
        var pending: [Referable<Schema>] = schemas.map(\.schema)
        for operation in operations {
            pending += operation.parameters.compactMap(\.schema)
            pending += (operation.requestBody?.content ?? []).compactMap(\.schema)
            for response in operation.responses { pending += response.response.content.compactMap(\.schema) }
        }
        var index = 0
        while index < pending.count {
            let next = pending[index]
            index += 1
            guard case .value(let schema) = next, visited.insert(schema.pointer).inserted else { continue }
            check(schema, conformance: conformance)
            pending += schema.properties.map(\.schema)
            pending += [schema.items].compactMap { $0 } + schema.allOf + schema.oneOf + schema.anyOf
            if case .schema(let additional) = schema.additionalProperties { pending.append(additional) }
        }
    }

    private mutating func check(_ schema: Schema, conformance: SchemaConformance) {
        // `default: null` and `example: null` say nothing (lowering drops a null default), so they are not checked.
        if let value = schema.defaultValue, value != .null, let reason = conformance.mismatch(value, .value(schema)) {
            context.lenient(.mismatchedDefault, "the default does not match the schema: \(reason)", assumed: "dropped", at: schema.pointer.appending("default"))
        }
        if let value = schema.example, value != .null, let reason = conformance.mismatch(value, .value(schema)) {
            context.lenient(.mismatchedExample, "the example does not match the schema: \(reason)", assumed: "dropped", at: schema.pointer.appending("example"))
        }
        if let values = schema.enumValues {
            var first: [JSONValue: Int] = [:]
            for (index, value) in values.enumerated() {
                if let earlier = first[value] {
                    context.lenient(
                        .duplicateEnumValue, "the enum value \(SchemaConformance.describe(value)) is listed twice (first at index \(earlier))",
                        assumed: "kept once", at: schema.pointer.appending("enum").appending(index)
                    )
                } else {
                    first[value] = index
                }
            }
        }
        checkRequired(schema)
    }

    /// `required` names without a property, for schemas that become structs: with `properties`, no `oneOf` or
    /// `anyOf`, and no `additionalProperties` that could hold the key. The pointer is the name in the schema's own
    /// `required`, or in the `allOf` part it came from.
    private mutating func checkRequired(_ schema: Schema) {
        guard !schema.properties.isEmpty, schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return }
        switch schema.additionalProperties {
        case .schema?, .allowed(true)?: return
        default: break
        }
        let declared = Set(schema.properties.map(\.name))
        for name in schema.required where !declared.contains(name) {
            context.lenient(
                .requiredWithoutProperty, "'required' names '\(name)', which is not among the properties", assumed: "ignored",
                at: requiredPointer(of: name, in: schema.pointer)
            )
        }
    }

    /// Where `name` is written in the `required` of the schema at `pointer`, or of one of its `allOf` parts.
    private func requiredPointer(of name: String, in pointer: JSONPointer) -> JSONPointer {
        let candidates = [pointer] + (document.raw.value(at: pointer.appending("allOf"))?.arrayValue?.indices.map { pointer.appending("allOf").appending($0) } ?? [])
        for candidate in candidates {
            let list = candidate.appending("required")
            if let index = document.raw.value(at: list)?.arrayValue?.firstIndex(of: .string(name)) { return list.appending(index) }
        }
        return pointer.appending("required")
    }
}
