/// A value the generated code writes as a literal: a property's default, an enum case's raw value. The model
/// keeps the value; `LiteralRenderer` (in `Emit/`) spells it as Swift.
public indirect enum LiteralValue: Hashable, Sendable {
    /// A string: `"draft"`.
    case string(String)
    /// An integer, for any integer or floating-point type: `42`.
    case integer(Int)
    /// A finite floating-point number: `0.5`.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// A calendar date (`date` format): `OpenAPIDate(year:month:day:)`.
    case date(year: Int, month: Int, day: Int)
    /// An instant (`date-time` format), as seconds since 1970: `Foundation.Date(timeIntervalSince1970:)`.
    case dateTime(secondsSince1970: Double)
    /// Bytes (`byte` format, base64 in the spec): `Foundation.Data([…])`.
    case bytes([UInt8])
    /// An array of values of the element type: `[1, 2]`, `[]`.
    case array([LiteralValue])
    /// A dictionary keyed by strings, in document order: `["a": 1]`, `[:]`.
    case dictionary([LiteralEntry])
    /// A documented case of a generated enum, by its Swift case name (unescaped): `.active`.
    case enumCase(String)
    /// A free-form JSON value (`JSONValue`), `null` included: `.object(["a": .integer(1)])`.
    case json(JSONValue)
}

/// One key and value of a `LiteralValue.dictionary`.
public struct LiteralEntry: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: LiteralValue

    /// Creates an entry.
    public init(key: String, value: LiteralValue) {
        self.key = key
        self.value = value
    }
}
