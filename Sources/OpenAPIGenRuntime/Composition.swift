import Foundation

// MARK: - Schema composition helpers

/// A coding key with any name: discriminator properties and keys that a schema does not declare.
public struct OpenAPICodingKey: Swift.CodingKey, Swift.Hashable, Swift.Sendable {
    /// The key.
    public var stringValue: Swift.String
    /// Always `nil`: JSON object keys are strings.
    public var intValue: Swift.Int? { nil }

    /// Creates the key `stringValue`.
    public init(_ stringValue: Swift.String) {
        self.stringValue = stringValue
    }

    /// Creates the key `stringValue`.
    public init?(stringValue: Swift.String) {
        self.stringValue = stringValue
    }

    /// Creates the key spelled like `intValue`.
    public init?(intValue: Swift.Int) {
        self.stringValue = Swift.String(intValue)
    }
}

/// An immutable value on the heap, so that a struct can contain itself (recursive schemas) and keep value
/// semantics: setting a boxed property stores a new box.
@_spi(Generated) public final class OpenAPIBox<Value: Swift.Codable & Swift.Hashable & Swift.Sendable>: Swift.Codable, Swift.Hashable,
    Swift.Sendable
{
    /// The value.
    @_spi(Generated) public let value: Value

    /// Boxes `value`.
    @_spi(Generated) public init(_ value: Value) {
        self.value = value
    }

    /// Decodes the value itself; the box adds nothing to the JSON.
    @_spi(Generated) public init(from decoder: any Swift.Decoder) throws {
        self.value = try decoder.singleValueContainer().decode(Value.self)
    }

    /// Encodes the value itself.
    @_spi(Generated) public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Boxes are equal when their values are.
    @_spi(Generated) public static func == (lhs: OpenAPIBox, rhs: OpenAPIBox) -> Swift.Bool {
        lhs.value == rhs.value
    }

    /// Hashes the value.
    @_spi(Generated) public func hash(into hasher: inout Swift.Hasher) {
        hasher.combine(value)
    }
}
