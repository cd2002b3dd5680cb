/// Applies `filter` from the config to a resolved document: keeps the selected operations and, when a
/// filter is set, only the component schemas they reach (so a tag filter also shrinks compile time).
enum OperationSelection {
    /// `document` with only the operations `filter` keeps. Filter entries that match nothing are warnings.
    static func apply(_ filter: OperationFilter, to document: ResolvedDocument, configFile: String, diagnostics: inout DiagnosticBag) -> ResolvedDocument {
        guard !filter.isEmpty else { return document }
        var result = document
        result.operations = document.operations.filter { filter.keeps($0.operation) }
        let operations = document.operations.map(\.operation)
        let checks: [(String, [String], (String) -> Bool)] = [
            ("tags", filter.tags, { tag in operations.contains { $0.tags.contains(tag) } }),
            ("operations", filter.operations, { id in operations.contains { $0.operationID == id } }),
            ("paths", filter.paths, { path in operations.contains { $0.path == path } }),
        ]
        for (key, values, exists) in checks {
            for (index, value) in values.enumerated() where !exists(value) {
                diagnostics.append(Diagnostic(.warning, "the filter names '\(value)', which no operation of the spec has", file: configFile, pointer: JSONPointer(["filter", key, String(index)])))
            }
        }
        let reachable = reachableComponents(from: result)
        result.schemas = document.schemas.filter { reachable.contains($0.name) }
        return result
    }

    /// The names of component schemas reachable from the operations, transitively.
    static func reachableComponents(from document: ResolvedDocument) -> Set<String> {
        let components = Dictionary(document.schemas.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        var found: Set<String> = []
        var pending: [Referable<Schema>] = []
        for operation in document.operations + document.webhooks {
            pending += operation.parameters.compactMap(\.schema)
            pending += (operation.requestBody?.content ?? []).compactMap(\.schema)
            pending += operation.responses.flatMap { $0.response.content.compactMap(\.schema) }
        }
        while let next = pending.popLast() {
            switch next {
            case .reference(let reference):
                if let name = reference.componentName(in: "schemas"), found.insert(name).inserted, let target = components[name] {
                    pending.append(target)
                }
            case .value(let schema):
                pending += schema.properties.map(\.schema) + schema.allOf + schema.oneOf + schema.anyOf
                if let items = schema.items { pending.append(items) }
                pending += schema.prefixItems
                if case .schema(let additional) = schema.additionalProperties { pending.append(additional) }
            }
        }
        return found
    }
}
