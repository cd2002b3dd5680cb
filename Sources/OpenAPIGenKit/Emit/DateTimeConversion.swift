/// How a value of a type holding `date-time`s is coded through the runtime's `OpenAPIDateTime`, so that it is
/// RFC 3339 text with any `JSONDecoder` / `JSONEncoder`, not only the client's: the value is decoded as the same
/// type with `OpenAPIDateTime` for each `Foundation.Date` (`[[OpenAPIDateTime]]`, `[Swift.String:
/// OpenAPIDateTime?]`) and converted, and converted back before it is encoded. Arrays, dictionaries and optionals
/// nest to any depth.
///
/// `type` has its typealiases expanded (see `DateTimeCoding`), so its innermost type is `.dateTime`: `TypeRef`
/// nests one type at a time, so a type holds at most one kind of value at its core.
struct DateTimeConversion: Hashable, Sendable {
    /// The value's type, `date-time` at its core.
    let type: TypeRef

    /// The conversion of `type`'s `Optional` (for `decodeIfPresent`).
    var optional: DateTimeConversion {
        DateTimeConversion(type: type.optional)
    }

    /// The conversion of `type` without one level of `Optional`.
    var unwrapped: DateTimeConversion {
        DateTimeConversion(type: type.unwrapped)
    }

    /// The type that is decoded and encoded: `type` with `OpenAPIDateTime` for `Foundation.Date`.
    var codingType: String {
        Self.spelling(type)
    }

    /// What, appended to an expression of `codingType`, gives the value: `.date`, `.map(\.date)`,
    /// `?.mapValues { $0.map(\.date) }`.
    var decodeSuffix: String {
        Self.suffix(type)
    }

    /// The expression of `codingType` for `value`, an expression of `type`: `OpenAPIDateTime(self.at)`,
    /// `self.seen.map(OpenAPIDateTime.init)`.
    func encoded(_ value: String) -> String {
        Self.encoded(value, type)
    }

    private static func spelling(_ type: TypeRef) -> String {
        switch type {
        case .dateTime: return "OpenAPIDateTime"
        case .array(let element): return "[\(spelling(element))]"
        case .dictionary(let value): return "[Swift.String: \(spelling(value))]"
        case .optional(let wrapped): return "\(spelling(wrapped))?"
        default: return type.swift
        }
    }

    private static func suffix(_ type: TypeRef) -> String {
        switch type {
        case .dateTime: return ".date"
        case .array(let element): return ".map" + argument(decodeFunction(element))
        case .dictionary(let value): return ".mapValues" + argument(decodeFunction(value))
        case .optional(let wrapped): return wrapped.isOptional ? ".map" + argument(decodeFunction(wrapped)) : "?" + suffix(wrapped)
        default: return ""
        }
    }

    /// A function from the coding type to the value: `\.date`, `{ $0.map(\.date) }`, `{ $0?.date }`.
    private static func decodeFunction(_ type: TypeRef) -> String {
        type == .dateTime ? "\\.date" : "{ $0\(suffix(type)) }"
    }

    private static func encoded(_ value: String, _ type: TypeRef) -> String {
        switch type {
        case .dateTime: return "OpenAPIDateTime(\(value))"
        case .array(let element): return "\(value).map" + argument(encodeFunction(element))
        case .dictionary(let wrapped): return "\(value).mapValues" + argument(encodeFunction(wrapped))
        case .optional(let wrapped): return "\(value).map { \(encoded("$0", wrapped)) }"
        default: return value
        }
    }

    /// `function` as the argument of a call: a closure trails (` { $0?.date }`), a name is in parentheses.
    private static func argument(_ function: String) -> String {
        function.hasPrefix("{") ? " " + function : "(\(function))"
    }

    /// A function from the value to the coding type: `OpenAPIDateTime.init`, `{ $0.map(OpenAPIDateTime.init) }`.
    private static func encodeFunction(_ type: TypeRef) -> String {
        type == .dateTime ? "OpenAPIDateTime.init" : "{ \(encoded("$0", type)) }"
    }
}
