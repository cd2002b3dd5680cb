/// The names a nested type must not take: the names its top-level owner's code refers to unqualified.
///
/// A nested type lives in its owner's namespace (`Settings.Mode`), so it needs to avoid only its siblings and the
/// names that code inside the owner looks up and would find it instead: the owner's own name (qualified references
/// start with it), the reserved names (`Swift`, `Foundation`, the runtime's types), and the component types the
/// owner's schema refers to anywhere inside it. When `Settings` has a property of the top-level type `Mode` and an
/// inline enum `mode`, the enum is `Settings.Mode2`; when it does not, the enum is `Settings.Mode` whatever other
/// schemas the document has, so adding an unrelated schema never renames it.
extension APIModelBuilder {
    /// The names nested types inside the top-level declaration `name` of `referable` must avoid. Walks the inline
    /// schemas below `referable` once each (by pointer; `$ref`s are not followed).
    func namesAvoided(inside referable: Referable<Schema>, named name: String) -> Set<String> {
        var avoided = SwiftKeywords.reservedTypeNames
        avoided.insert(name)
        var visited: Set<JSONPointer> = []
        var pending: [Referable<Schema>] = [referable]
        func componentReference(_ componentName: String) {
            if let typeName = componentTypeNames[componentName] { avoided.insert(typeName) }
        }
        while let next = pending.popLast() {
            switch next {
            case .reference(let reference):
                if let component = reference.componentName(in: "schemas") { componentReference(component) }
            case .value(let schema):
                guard visited.insert(schema.pointer).inserted else { continue }
                pending += schema.properties.map(\.schema)
                // The resolver merged `allOf` into the schema; only a decorator's single part is lowered on its own.
                pending += (isDecorator(schema) ? schema.allOf : []) + schema.oneOf + schema.anyOf + schema.prefixItems
                if let items = schema.items { pending.append(items) }
                if case .schema(let additional)? = schema.additionalProperties { pending.append(additional) }
                for target in schema.discriminator?.mapping.values.sorted() ?? [] {
                    let component = Reference(raw: target, pointer: schema.pointer).componentName(in: "schemas") ?? target
                    componentReference(component)
                }
            }
        }
        return avoided
    }
}
