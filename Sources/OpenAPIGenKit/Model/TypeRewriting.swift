/// Maps every `TypeRef` inside a declaration kind; used by passes that rename or replace types.
enum TypeRewriting {
    /// `kind` with `transform` applied to each type it mentions (property types, alias targets).
    static func map(_ kind: TypeDecl.Kind, _ transform: (TypeRef) -> TypeRef) -> TypeDecl.Kind {
        switch kind {
        case .structure(let properties):
            return .structure(properties.map { property in
                var copy = property
                copy.type = transform(property.type)
                return copy
            })
        case .enumeration:
            return kind
        case .alias(let target):
            return .alias(transform(target))
        }
    }
}
