/// An OpenAPI 3.0.3 Schema Object (https://spec.openapis.org/oas/v3.0.3#schema-object), typed but not resolved:
/// nested schemas may still be `$ref`s.
public struct Schema: Hashable, Sendable {
    /// Where the schema is in the document.
    public var pointer: JSONPointer
    /// `type`, if given.
    public var type: String?
    /// `format`, if given.
    public var format: String?
    /// `title`.
    public var title: String?
    /// `description`.
    public var description: String?
    /// `nullable: true`.
    public var nullable = false
    /// `deprecated: true`.
    public var deprecated = false
    /// `readOnly: true`.
    public var readOnly = false
    /// `writeOnly: true`.
    public var writeOnly = false
    /// `enum` values, in document order.
    public var enumValues: [JSONValue]?
    /// `default`.
    public var defaultValue: JSONValue?
    /// `example`.
    public var example: JSONValue?
    /// `properties`, in document order.
    public var properties: [SchemaProperty] = []
    /// `required`.
    public var required: [String] = []
    /// `additionalProperties`: nil when absent.
    public var additionalProperties: AdditionalProperties?
    /// `items`.
    public var items: Referable<Schema>?
    /// `allOf`.
    public var allOf: [Referable<Schema>] = []
    /// `oneOf`.
    public var oneOf: [Referable<Schema>] = []
    /// `anyOf`.
    public var anyOf: [Referable<Schema>] = []
    /// `discriminator`.
    public var discriminator: Discriminator?
    /// `prefixItems` (OpenAPI 3.1, JSON Schema 2020-12): the schemas of an array's leading positions, a tuple.
    public var prefixItems: [Referable<Schema>] = []
    /// `minItems`, read for tuples: positions below it are required.
    public var minItems: Int?
    /// `items: false` next to `prefixItems`: the tuple has no further elements.
    public var forbidsExtraItems = false

    /// Creates an empty schema at `pointer` (an empty schema accepts any value).
    public init(pointer: JSONPointer) {
        self.pointer = pointer
    }

    /// Whether the schema says nothing about the value's shape.
    public var isUnconstrained: Bool {
        type == nil && properties.isEmpty && items == nil && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty
            && enumValues == nil && additionalProperties == nil && prefixItems.isEmpty
    }
}

/// One member of `properties`.
public struct SchemaProperty: Hashable, Sendable {
    /// The JSON key.
    public var name: String
    /// The property's schema.
    public var schema: Referable<Schema>
}

/// The value of `additionalProperties`.
public indirect enum AdditionalProperties: Hashable, Sendable {
    case allowed(Bool)
    case schema(Referable<Schema>)
}

/// A Discriminator Object (https://spec.openapis.org/oas/v3.0.3#discriminator-object).
public struct Discriminator: Hashable, Sendable {
    /// `propertyName`.
    public var propertyName: String
    /// `mapping`: discriminator value → schema reference.
    public var mapping: [String: String]
}
