import Foundation

// MARK: - JSONValue

/// Any JSON value. Used for schemas without a type and for free-form objects.
public enum JSONValue: Swift.Codable, Swift.Hashable, Swift.Sendable,
    Swift.ExpressibleByNilLiteral, Swift.ExpressibleByBooleanLiteral,
    Swift.ExpressibleByIntegerLiteral, Swift.ExpressibleByFloatLiteral, Swift.ExpressibleByStringLiteral, Swift.ExpressibleByArrayLiteral, Swift.ExpressibleByDictionaryLiteral
{
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Swift.Bool)
    /// A number without fraction that fits in `Int64`.
    case integer(Swift.Int64)
    /// Any other number.
    case number(Swift.Double)
    /// A string.
    case string(Swift.String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([Swift.String: JSONValue])

    /// Decodes any JSON value. Whole numbers that fit in `Int64` become `.integer`, other numbers `.number`.
    /// (Whether `1.0` or `1e3` count as whole numbers depends on the `Decoder`; `JSONDecoder` says they do.)
    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Swift.Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Swift.Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Swift.Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Swift.String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([Swift.String: JSONValue].self) {
            self = .object(value)
        } else {
            throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a JSON value.")
        }
    }

    /// Encodes the value as the JSON it stands for.
    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Creates `.null`.
    public init(nilLiteral: ()) {
        self = .null
    }

    /// Creates `.bool(value)`.
    public init(booleanLiteral value: Swift.Bool) {
        self = .bool(value)
    }

    /// Creates `.integer(value)`.
    public init(integerLiteral value: Swift.Int64) {
        self = .integer(value)
    }

    /// Creates `.number(value)`.
    public init(floatLiteral value: Swift.Double) {
        self = .number(value)
    }

    /// Creates `.string(value)`.
    public init(stringLiteral value: Swift.String) {
        self = .string(value)
    }

    /// Creates `.array(elements)`.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }

    /// Creates `.object` from the pairs; of two pairs with the same key, the last wins.
    public init(dictionaryLiteral elements: (Swift.String, JSONValue)...) {
        self = .object(Swift.Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
