/// How a struct property holding `date-time` values is coded through the runtime's `OpenAPIDateTime`, so that
/// it is RFC 3339 text with any `JSONDecoder` / `JSONEncoder`, not only the client's: a `Foundation.Date`, an
/// array or a dictionary of them, each optional or not. Other shapes (nested arrays, arrays of optionals, boxed
/// or defaulted properties) keep synthesized coding and need `OpenAPICoding.makeDecoder()`.
enum DateTimePropertyCoding {
    /// The shapes handled.
    private enum Shape {
        case single, array, dictionary
    }

    private static func shape(_ property: Property) -> Shape? {
        guard !property.isBoxed, !property.isAdditionalProperties, property.defaultValue == nil else { return nil }
        switch property.type.unwrapped {
        case .dateTime: return .single
        case .array(.dateTime): return .array
        case .dictionary(.dateTime): return .dictionary
        default: return nil
        }
    }

    /// Whether `property` is coded through `OpenAPIDateTime`.
    static func applies(_ property: Property) -> Bool {
        shape(property) != nil
    }

    /// The type to decode and the suffix that turns it into the property's value (`OpenAPIDateTime`, `.date`),
    /// or nil when the property is not coded this way.
    static func decoding(_ property: Property) -> (type: String, conversion: String)? {
        switch shape(property) {
        case .single?: return ("OpenAPIDateTime", ".date")
        case .array?: return ("[OpenAPIDateTime]", ".map(\\.date)")
        case .dictionary?: return ("[Swift.String: OpenAPIDateTime]", ".mapValues(\\.date)")
        case nil: return nil
        }
    }

    /// The expression to encode for `value` (the property read as `self.x`), or nil when the property is not
    /// coded this way.
    static func encoded(_ property: Property, _ value: String) -> String? {
        let wrap: (String) -> String
        switch shape(property) {
        case .single?: wrap = { "OpenAPIDateTime(\($0))" }
        case .array?: wrap = { "\($0).map(OpenAPIDateTime.init)" }
        case .dictionary?: wrap = { "\($0).mapValues(OpenAPIDateTime.init)" }
        case nil: return nil
        }
        return property.type.isOptional ? "\(value).map { \(wrap("$0")) }" : wrap(value)
    }
}
