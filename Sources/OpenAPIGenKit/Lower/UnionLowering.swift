/// Lowers `oneOf` and `anyOf` (https://spec.openapis.org/oas/v3.0.3#schema-object) into `OneOfDecl` and `AnyOfDecl`.
///
/// Inline variants are declared inside the union, named from their position (`Variant1`, `Variant2`) or, in a
/// discriminated `oneOf`, from their discriminator value. Case and member names come from the discriminator
/// mapping key or from the variant's type (`cat`, `string`, `integer`, `catArray`).
///
/// Discriminator values (https://spec.openapis.org/oas/v3.0.3#discriminator-object): the `mapping` keys that name
/// the variant, else the component name; an inline variant uses the single `enum` value of its discriminator
/// property.
extension APIModelBuilder {
    /// The declaration kind of a union with more than one variant, its inline variants declared in `scope`.
    mutating func unionKind(_ schema: Schema, scope: inout Scope) -> TypeDecl.Kind {
        if !schema.oneOf.isEmpty, !schema.anyOf.isEmpty {
            reporter.warning("'anyOf' next to 'oneOf' is not supported; only 'oneOf' is used", at: schema.pointer.appending("anyOf"))
        }
        if !schema.properties.isEmpty {
            reporter.warning("'properties' next to '\(schema.oneOf.isEmpty ? "anyOf" : "oneOf")' are not supported and are left out", at: schema.pointer.appending("properties"))
        }
        var scopeOrNil: Scope? = scope
        defer { if let updated = scopeOrNil { scope = updated } }
        if schema.oneOf.isEmpty {
            return .anyOf(anyOfDecl(schema, scope: &scopeOrNil))
        }
        return .oneOf(oneOfDecl(schema, scope: &scopeOrNil))
    }

    private mutating func oneOfDecl(_ schema: Schema, scope: inout Scope?) -> OneOfDecl {
        let discriminator = schema.discriminator
        if let discriminator { reportUnmappedTargets(discriminator, schema: schema) }
        var taken: NameSet = discriminator == nil ? [] : ["undocumented"]
        var claimed: Set<String> = []
        var cases: [OneOfCase] = []
        for (index, variant) in schema.oneOf.enumerated() {
            let (values, explicitName) = discriminator.map { discriminatorValues(variant, $0) } ?? ([], nil)
            let suggested = values.count == 1 && isInline(variant) ? SwiftName.typeName(values[0]) : "Variant\(index + 1)"
            let type = typeRef(variant, suggested: suggested, scope: &scope)
            let name = SwiftName.unique(explicitName.map(SwiftName.memberName) ?? Self.caseBaseName(type), in: &taken)
            let owned = values.filter { claimed.insert($0).inserted }
            if let discriminator, owned.isEmpty {
                reporter.warning("this variant has no discriminator value of its own ('\(discriminator.propertyName)' is neither mapped to it nor a one-value enum in it); it is encoded but never decoded", at: pointer(of: variant))
            }
            cases.append(OneOfCase(
                name: name, type: type, discriminatorValues: owned.sorted(),
                injectedDiscriminator: discriminator.flatMap { needsInjection(variant, $0) ? owned.first : nil }, label: type.swift,
                origin: SpecPlace(schema.pointer.appending("oneOf").appending(index))
            ))
        }
        counters.count(.names, taken.tries)
        return OneOfDecl(discriminator: discriminator?.propertyName, cases: cases)
    }

    private mutating func anyOfDecl(_ schema: Schema, scope: inout Scope?) -> AnyOfDecl {
        var taken: NameSet = []
        var members: [AnyOfMember] = []
        for (index, variant) in schema.anyOf.enumerated() {
            let type = typeRef(variant, suggested: "Variant\(index + 1)", scope: &scope)
            let property = Property(
                jsonKey: "", swiftName: SwiftName.unique(Self.caseBaseName(type), in: &taken), type: type.optional,
                isRequired: false, doc: propertyDoc(variant), deprecated: false, origin: SpecPlace(schema.pointer.appending("anyOf").appending(index))
            )
            members.append(AnyOfMember(property: property, isObject: isObjectSchema(variant), label: type.swift))
        }
        counters.count(.names, taken.tries)
        return AnyOfDecl(members: members)
    }

    /// The discriminator values of a variant, and the mapping key to name its case after (when exactly one).
    private func discriminatorValues(_ variant: Referable<Schema>, _ discriminator: Discriminator) -> (values: [String], name: String?) {
        switch variant {
        case .reference(let reference):
            guard let component = reference.componentName(in: "schemas") else { return ([], nil) }
            let keys = discriminator.mapping.filter { mappedComponent($0.value) == component }.map(\.key).sorted()
            return keys.isEmpty ? ([component], nil) : (keys, keys.count == 1 ? keys[0] : nil)
        case .value(let schema):
            if isDecorator(schema) { return discriminatorValues(schema.allOf[0], discriminator) }
            guard let property = schema.properties.first(where: { $0.name == discriminator.propertyName }),
                  let values = concrete(property.schema)?.enumValues?.compactMap(\.stringValue), values.count == 1 else { return ([], nil) }
            return (values, values[0])
        }
    }

    /// The component a mapping value names: `#/components/schemas/Cat` or the bare name `Cat`.
    private func mappedComponent(_ target: String) -> String? {
        if target.hasPrefix("#") { return Reference(raw: target, pointer: .root).componentName(in: "schemas") }
        return target.contains("/") || target.contains("#") ? nil : target
    }

    private mutating func reportUnmappedTargets(_ discriminator: Discriminator, schema: Schema) {
        let components = Set(schema.oneOf.compactMap { variant -> String? in
            if case .reference(let reference) = variant { return reference.componentName(in: "schemas") }
            return nil
        })
        for key in discriminator.mapping.keys.sorted() where discriminator.mapping[key].flatMap(mappedComponent).map(components.contains) != true {
            reporter.warning("discriminator mapping '\(key)' does not name one of the 'oneOf' variants; that value decodes as 'undocumented'", at: schema.pointer.appending("discriminator").appending("mapping"))
        }
    }

    /// Whether the payload type does not declare the discriminator property, so encoding must add it.
    private func needsInjection(_ variant: Referable<Schema>, _ discriminator: Discriminator) -> Bool {
        guard let schema = concrete(variant), isStruct(schema) else { return false }
        return !schema.properties.contains { $0.name == discriminator.propertyName }
    }

    private func isInline(_ variant: Referable<Schema>) -> Bool {
        if case .value(let schema) = variant { return !isDecorator(schema) }
        return false
    }

    /// Whether values of the variant are JSON objects (structs and dictionaries), whose keys can be merged.
    private func isObjectSchema(_ variant: Referable<Schema>) -> Bool {
        guard let schema = concrete(variant), schema.enumValues == nil, !isUnion(schema) else { return false }
        return isStruct(schema) || schema.type == "object" || (schema.type == nil && schema.additionalProperties != nil)
    }

    /// A case or member name for a variant of type `type`: `cat`, `string`, `integer`, `catArray`.
    static func caseBaseName(_ type: TypeRef) -> String {
        switch type {
        case .named(let path): return SwiftName.memberName(path.split(separator: ".").last.map(String.init) ?? path)
        case .runtime(let type): return SwiftName.memberName(type.rawValue)
        case .string: return "string"
        case .int, .int32, .int64: return "integer"
        case .float, .double: return "number"
        case .bool: return "boolean"
        case .dateTime: return "dateTime"
        case .date: return "date"
        case .data: return "data"
        case .json: return "json"
        case .array(let element): return caseBaseName(element) + "Array"
        case .dictionary(let value): return caseBaseName(value) + "Dictionary"
        case .optional(let wrapped), .explicitNull(let wrapped): return caseBaseName(wrapped)
        case .stream(let element): return caseBaseName(element) + "Stream"
        case .serverSentEvent(let payload): return caseBaseName(payload) + "Event"
        }
    }
}
