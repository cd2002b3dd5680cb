/// Gives the properties that can be sent as an explicit `null` the three-state type `OpenAPINullable<T>?`: `nil`
/// leaves the key out, `.null` writes `null`, `.value(x)` writes the value (https://www.rfc-editor.org/rfc/rfc7396,
/// JSON merge patch, clears a field with `null`).
///
/// Only where the difference can be sent: properties that are optional (not `required`), `nullable`, without a
/// default, of the structs a JSON request body reaches (directly, or through properties, arrays, dictionaries,
/// aliases and `oneOf`/`anyOf` variants). Types only ever received keep `T?`, so reading responses stays as
/// simple as before. Boxed and deprecated properties keep `T?` too.
enum ExplicitNullPlanner {
    /// `model` with the three-state type on every property that qualifies.
    static func apply(to model: APIModel) -> APIModel {
        var index: [String: TypeDecl] = [:]
        func register(_ decl: TypeDecl, path: String) {
            index[path] = decl
            for nested in decl.nested { register(nested, path: path + "." + nested.name) }
        }
        for decl in model.types { register(decl, path: decl.name) }

        var reached: Set<String> = []
        var pending: [String] = []
        func visit(_ type: TypeRef) {
            switch type {
            case .named(let name):
                if index[name] != nil, reached.insert(name).inserted { pending.append(name) }
            case .array(let inner), .dictionary(let inner), .optional(let inner):
                visit(inner)
            default:
                break
            }
        }
        for endpoint in model.endpoints {
            if let body = endpoint.body, body.isJSON { visit(body.type) }
        }
        while let name = pending.popLast(), let decl = index[name] {
            switch decl.kind {
            case .structure(let properties): properties.forEach { visit($0.type) }
            case .alias(let target): visit(target)
            case .oneOf(let union): union.cases.forEach { visit($0.type) }
            case .anyOf(let union): union.members.forEach { visit($0.property.type) }
            case .enumeration: break
            }
        }
        guard !reached.isEmpty else { return model }

        func rewrite(_ decl: TypeDecl, path: String) -> TypeDecl {
            var copy = decl
            copy.nested = decl.nested.map { rewrite($0, path: path + "." + $0.name) }
            guard reached.contains(path), case .structure(let properties) = decl.kind else { return copy }
            copy.kind = .structure(properties.map(threeState))
            return copy
        }
        var result = model
        result.types = model.types.map { rewrite($0, path: $0.name) }
        return result
    }

    /// `property` with the type `OpenAPINullable<T>?` when it qualifies.
    static func threeState(_ property: Property) -> Property {
        guard property.isNullable, !property.isRequired, property.type.isOptional, property.defaultValue == nil,
              !property.isBoxed, !property.isAdditionalProperties, property.storageName == nil else { return property }
        var copy = property
        copy.type = .optional(.named("OpenAPINullable<\(property.type.unwrapped.swift)>"))
        copy.isExplicitNull = true
        copy.explicitNullWrapped = property.type.unwrapped
        return copy
    }
}
