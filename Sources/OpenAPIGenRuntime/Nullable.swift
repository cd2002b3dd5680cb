import Foundation

// MARK: - Explicit null

/// A value that may be sent as an explicit JSON `null`. Properties that are optional and `nullable` in a
/// request body have the type `OpenAPINullable<T>?`, which has three states: `nil` leaves the key out,
/// `.null` writes `"key": null` (a JSON merge patch clears the field), and `.value(x)` writes the value.
/// Decoding gives `nil` for a missing key, `.null` for `null` and `.value` otherwise.
public enum OpenAPINullable<Wrapped: Swift.Codable & Swift.Hashable & Swift.Sendable>: Swift.Codable, Swift.Hashable,
    Swift.Sendable
{
    /// An explicit `null`.
    case null
    /// A value.
    case value(Wrapped)

    /// `.value(value)`, or `.null` when `value` is nil.
    public init(_ value: Wrapped?) {
        if let value {
            self = .value(value)
        } else {
            self = .null
        }
    }

    /// The value; nil for `.null`.
    public var wrapped: Wrapped? {
        switch self {
        case .null: return nil
        case .value(let value): return value
        }
    }

    /// Decodes `null` as `.null` and anything else as a value.
    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else {
            self = .value(try container.decode(Wrapped.self))
        }
    }

    /// Encodes `.null` as `null` and a value as itself.
    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}
