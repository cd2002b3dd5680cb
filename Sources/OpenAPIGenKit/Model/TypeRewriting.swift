/// Maps every `TypeRef` inside a declaration kind; used by passes that rename or replace types.
enum TypeRewriting {
    /// `kind` with `transform` applied to each type it mentions (property types, alias targets, variant types).
    static func map(_ kind: TypeDecl.Kind, _ transform: (TypeRef) -> TypeRef) -> TypeDecl.Kind {
        switch kind {
        case .structure(let properties):
            return .structure(properties.map { map($0, transform) })
        case .enumeration:
            return kind
        case .alias(let target):
            return .alias(transform(target))
        case .oneOf(var decl):
            decl.cases = decl.cases.map { variant in
                var copy = variant
                copy.type = transform(variant.type)
                if copy.type != variant.type { copy.checksKeys = false }  // a replaced type has no generated CodingKeys
                return copy
            }
            return .oneOf(decl)
        case .anyOf(var decl):
            decl.members = decl.members.map { member in
                var copy = member
                copy.property = map(member.property, transform)
                return copy
            }
            return .anyOf(decl)
        }
    }

    private static func map(_ property: Property, _ transform: (TypeRef) -> TypeRef) -> Property {
        var copy = property
        copy.type = transform(property.type)
        return copy
    }
}
