/// A type the generated module declares: a struct, an enum, or a typealias. Names are final and legal.
public struct TypeDecl: Hashable, Sendable {
    /// The declared name (a single identifier; nesting is expressed by `nested`).
    public var name: String
    /// The doc comment text, from `description` (or `title`).
    public var doc: String?
    /// Where the schema is, for the doc comment and diagnostics.
    public var origin: JSONPointer
    /// What is declared.
    public var kind: Kind
    /// Types declared inside this one (inline schemas of its properties), in the order of the properties.
    public var nested: [TypeDecl] = []
    /// `deprecated: true` on the schema. Only deprecated-name aliases carry it: generated code always names the
    /// undeprecated declaration, so that it compiles without deprecation warnings.
    public var deprecated = false
    /// For `oneOf` enums: whether the enum is `indirect` because it is part of a cycle of value types.
    public var isIndirect = false
    /// For structs: whether `CodingKeys` is always written out (a `oneOf` decoder asks it which keys the struct
    /// declares), not only where synthesized coding would be wrong.
    public var declaresCodingKeys = false
    /// For structs: whether the struct is a tuple (`prefixItems`, OpenAPI 3.1) coded as a JSON array, one property per
    /// position in order; a property with an empty `jsonKey` holds the elements after the positions.
    public var isTuple = false

    /// The kinds of declaration.
    public enum Kind: Hashable, Sendable {
        case structure([Property])
        case enumeration(EnumDecl)
        case alias(TypeRef)
        /// `oneOf`: an enum with one case per variant.
        case oneOf(OneOfDecl)
        /// `anyOf`: a struct with one optional property per variant.
        case anyOf(AnyOfDecl)
    }
}

/// A stored property of a generated struct.
public struct Property: Hashable, Sendable {
    /// The JSON key, `created_at`.
    public var jsonKey: String
    /// The Swift name, `createdAt` (unescaped).
    public var swiftName: String
    /// The type, `Optional` when the key may be missing or null.
    public var type: TypeRef
    /// Whether the key must be present (`required`); a required nullable key is encoded as null when nil.
    public var isRequired: Bool
    /// The doc comment text.
    public var doc: String?
    /// `deprecated: true` on the property's schema.
    public var deprecated: Bool
    /// The default value (`.string("draft")`, `.integer(42)`, `.enumCase("active")`), used when the key is missing.
    public var defaultValue: LiteralValue? = nil
    /// Whether the property collects the keys the schema does not declare (`additionalProperties`). Its type is
    /// `[Swift.String: T]`; it has no JSON key of its own.
    public var isAdditionalProperties = false
    /// Whether the value is stored in an `OpenAPIBox` to break a cycle of value types (recursive schemas).
    public var isBoxed = false
    /// The stored property's name when the public property is computed (boxed or deprecated values); nil when the
    /// public property is stored itself.
    public var storageName: String? = nil
    /// Whether the schema is `nullable` (so the key may hold `null`).
    public var isNullable = false
    /// Whether the type is the three-state `OpenAPINullable<T>?` (see `ExplicitNullPlanner`): decoding tells a
    /// missing key (`nil`) from `null` (`.null`).
    public var isExplicitNull = false
    /// The property's schema in the document (`…/properties/parent_id`), for `openapi-gen diff`.
    public var origin = SpecPlace()

    /// The name of the stored property and of its coding key.
    public var storedName: String {
        storageName ?? swiftName
    }

    /// For an `OpenAPINullable<T>?` property (`isExplicitNull`), `T`: the type the coding code decodes when the
    /// value is not `null`; read from the type, so it cannot disagree with it.
    public var explicitNullWrapped: TypeRef? {
        if case .optional(.explicitNull(let wrapped)) = type { return wrapped }
        return nil
    }
}

/// A string or integer enum that keeps unknown values in `undocumented`.
public struct EnumDecl: Hashable, Sendable {
    /// The raw type: `.string` or `.int`.
    public var rawType: TypeRef
    /// The documented cases, in document order.
    public var cases: [EnumCase]
}

/// One documented enum value.
public struct EnumCase: Hashable, Sendable {
    /// The Swift case name (unescaped).
    public var name: String
    /// The raw value: `.string("done")` or `.integer(42)`.
    public var rawValue: LiteralValue
    /// The value in the schema's `enum` (`…/enum/2`), for `openapi-gen diff`.
    public var origin = SpecPlace()
}

extension Array where Element == TypeDecl {
    /// Every declaration by its qualified name (`Outer.Inner`), nested ones included; the first wins a repeat.
    var byQualifiedName: [String: TypeDecl] {
        var result: [String: TypeDecl] = [:]
        func add(_ types: [TypeDecl], prefix: String?) {
            for decl in types {
                let name = prefix.map { "\($0).\(decl.name)" } ?? decl.name
                if result[name] == nil { result[name] = decl }
                add(decl.nested, prefix: name)
            }
        }
        add(self, prefix: nil)
        return result
    }
}
