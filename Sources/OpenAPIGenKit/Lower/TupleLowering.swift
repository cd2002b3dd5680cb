/// Lowers `prefixItems` (OpenAPI 3.1, JSON Schema 2020-12: https://json-schema.org/draft/2020-12/json-schema-core#name-prefixitems)
/// into a tuple struct: one property per position (`item0`, `item1`, …, or the position's `title`), then `rest`
/// for the elements after them unless `items: false` forbids any.
///
/// A position is required when it is below `minItems`; the others are optional, as JSON Schema says (an array may
/// be shorter than `prefixItems`). The emitter codes the struct as a JSON array.
extension APIModelBuilder {
    /// Whether the schema is a tuple: `prefixItems` on an array (or untyped) schema that is not a union.
    func isTuple(_ schema: Schema) -> Bool {
        !schema.prefixItems.isEmpty && (schema.type == nil || schema.type == "array") && schema.oneOf.isEmpty && schema.anyOf.isEmpty
    }

    /// The properties of a tuple struct, its inline element types declared in `scope`.
    mutating func tupleProperties(_ schema: Schema, scope: inout Scope) -> [Property] {
        var taken: Set<String> = []
        var scopeOrNil: Scope? = scope
        defer { if let updated = scopeOrNil { scope = updated } }
        let requiredCount = schema.minItems ?? 0
        var properties: [Property] = []
        for (index, element) in schema.prefixItems.enumerated() {
            let title = concrete(element)?.title.map(SwiftName.memberName)
            let swiftName = SwiftName.unique(title ?? "item\(index)", in: &taken)
            var type = typeRef(element, suggested: SwiftName.typeName(swiftName), scope: &scopeOrNil)
            let isRequired = index < requiredCount
            if !isRequired || isNullable(element) { type = type.optional }
            properties.append(Property(
                jsonKey: String(index), swiftName: swiftName, type: type, isRequired: isRequired,
                doc: propertyDoc(element) ?? "Position \(index) of the array.", deprecated: isDeprecated(element),
                origin: SpecPlace(schema.pointer.appending("prefixItems").appending(index))
            ))
        }
        if !schema.forbidsExtraItems {
            var element = schema.items.map { typeRef($0, suggested: "RestItem", scope: &scopeOrNil) } ?? .json
            if let items = schema.items, isNullable(items) { element = element.optional }
            properties.append(Property(
                jsonKey: "", swiftName: SwiftName.unique("rest", in: &taken), type: .array(element), isRequired: false,
                doc: "The elements after the first \(schema.prefixItems.count).", deprecated: false, defaultValue: .array([]),
                origin: SpecPlace(schema.pointer.appending("items"))
            ))
        }
        return properties
    }
}
