import Foundation

// MARK: - Query objects

/// Writes the JSON form of a query parameter as `name=value` pairs, before percent-encoding, by the
/// parameter's OpenAPI `style` and `explode`:
///
/// - a string, number or boolean is `name=value`; `null` writes nothing;
/// - an array is `name=a&name=b` when exploded, else `name=a,b` (the commas literal, commas inside values
///   encoded as `%2C`);
/// - an object in `deepObject` style is `name[key]=value`, with nested objects as `name[key][inner]=value`
///   and nested arrays as `name[key][]=value`, one pair per element;
/// - an object in `form` style is one `key=value` pair per member when exploded, else `name=key,value,…`.
///
/// Members are written in key order, so that the same value always gives the same query. A nested object or
/// array that the style has no form for is written as compact JSON text.
@_spi(Generated) public enum QueryObjectWriter {
    /// The `style` of an object-valued query parameter.
    @_spi(Generated) public enum Style: Swift.Sendable {
        /// `form`, OpenAPI's default for query parameters.
        case form
        /// `deepObject`.
        case deepObject
    }

    /// The pairs for parameter `name` with the JSON value `value`; a value that the style makes a list
    /// (`name=a,b`, `name=key,value`) is joined by commas.
    static func items(
        name: Swift.String,
        value: JSONValue,
        style: Style,
        explode: Swift.Bool
    ) -> [(name: Swift.String, value: Swift.String)] {
        pairs(name: name, value: value, style: style, explode: explode).map { ($0.name, $0.values.joined(separator: ",")) }
    }

    /// The pairs for parameter `name` with the JSON value `value`, each value as the list of parts that a
    /// literal `,` separates in the query (one part unless the style makes a list). The request percent-encodes
    /// each part, so that a `,` inside a value (`%2C`) stays apart from the delimiters.
    static func pairs(
        name: Swift.String,
        value: JSONValue,
        style: Style,
        explode: Swift.Bool
    ) -> [(name: Swift.String, values: [Swift.String])] {
        switch value {
        case .null:
            return []
        case .array(let elements):
            let texts = elements.compactMap(text)
            guard !texts.isEmpty else { return [] }
            return explode ? texts.map { (name, [$0]) } : [(name, texts)]
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            switch style {
            case .deepObject:
                return sorted.flatMap { deep(name + "[" + $0.key + "]", $0.value) }.map { ($0.name, [$0.value]) }
            case .form where explode:
                return sorted.flatMap { member in text(member.value).map { [(member.key, [$0])] } ?? [] }
            case .form:
                let parts = sorted.flatMap { member in text(member.value).map { [member.key, $0] } ?? [] }
                return parts.isEmpty ? [] : [(name, parts)]
            }
        case .bool, .integer, .number, .string:
            return text(value).map { [(name, [$0])] } ?? []
        }
    }

    /// `deepObject` pairs below `prefix`.
    private static func deep(_ prefix: Swift.String, _ value: JSONValue) -> [(name: Swift.String, value: Swift.String)] {
        switch value {
        case .null:
            return []
        case .object(let members):
            return members.sorted { $0.key < $1.key }.flatMap { deep(prefix + "[" + $0.key + "]", $0.value) }
        case .array(let elements):
            return elements.flatMap { deep(prefix + "[]", $0) }
        case .bool, .integer, .number, .string:
            return text(value).map { [(prefix, $0)] } ?? []
        }
    }

    /// A value as query text: strings as they are, numbers and booleans as JSON writes them, containers as
    /// compact JSON with sorted keys; `nil` for `null`.
    static func text(_ value: JSONValue) -> Swift.String? {
        switch value {
        case .null:
            return nil
        case .bool(let bool):
            return bool ? "true" : "false"
        case .integer(let integer):
            return Swift.String(integer)
        case .number(let number):
            return Swift.String(describing: number)
        case .string(let string):
            return string
        case .array, .object:
            let encoder = Foundation.JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(value) else { return nil }
            return Swift.String(decoding: data, as: Swift.UTF8.self)
        }
    }
}
