/// A `oneOf` schema as a Swift enum with associated values (https://spec.openapis.org/oas/v3.0.3#schema-object).
///
/// With a discriminator, decoding reads `discriminator` first and picks the case whose values contain it; an
/// unknown value becomes `undocumented(JSONValue)`. Without one, the cases are tried in order.
public struct OneOfDecl: Hashable, Sendable {
    /// The discriminator's JSON property name; nil when the variants are tried in order.
    public var discriminator: String?
    /// One case per variant, in document order.
    public var cases: [OneOfCase]
}

/// One variant of a `oneOf`.
public struct OneOfCase: Hashable, Sendable {
    /// The Swift case name (unescaped).
    public var name: String
    /// The associated value's type.
    public var type: TypeRef
    /// The discriminator values that select this case, sorted (empty without a discriminator).
    public var discriminatorValues: [String]
    /// The discriminator value written after the payload when the payload's type does not encode the
    /// discriminator property itself; nil when it does.
    public var injectedDiscriminator: String?
    /// A short name of the variant for decoding errors: `Cat`, `Swift.String`.
    public var label: String
    /// Whether the payload is a generated struct that drops keys it does not declare: decoding without a
    /// discriminator then prefers a later variant that keeps every key of the object (see `OneOfKeyCoverage`).
    public var checksKeys = false
    /// The variant in the schema's `oneOf` (`…/oneOf/1`), for `openapi-gen diff`.
    public var origin = SpecPlace()
}

/// An `anyOf` schema as a struct of optionals: every variant that decodes is kept; encoding writes each non-nil one.
public struct AnyOfDecl: Hashable, Sendable {
    /// One optional property per variant, in document order (`jsonKey` is unused).
    public var members: [AnyOfMember]
}

/// One variant of an `anyOf`.
public struct AnyOfMember: Hashable, Sendable {
    /// The stored property holding the variant (optional, never required).
    public var property: Property
    /// Whether the variant is a JSON object, whose keys merge with the other object variants' when encoding; other
    /// variants are written alone.
    public var isObject: Bool
    /// A short name of the variant for decoding errors.
    public var label: String
}
