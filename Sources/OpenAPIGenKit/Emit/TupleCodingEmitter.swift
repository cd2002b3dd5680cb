/// Prints `init(from:)` and `encode(to:)` of a tuple struct (`prefixItems`), which is a JSON array: one element
/// per position in order, then the `rest` elements.
///
/// Decoding: a required position must be there (it may be `null` when its type is optional); an optional position
/// is nil when the array ends before it. Encoding writes every required position and the optional ones up to the
/// last one that is set (earlier unset ones as `null`, so that positions keep their meaning), or all of them when
/// `rest` is not empty. Elements holding date-times are coded through `OpenAPIDateTime` (`DateTimeConversion`),
/// whatever the coder's date strategy.
enum TupleCodingEmitter {
    /// Prints the coding code of a tuple struct with `properties`, after an empty line; `dates` says which
    /// elements hold date-times.
    static func emit(_ properties: [Property], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        let positions = properties.filter { !$0.jsonKey.isEmpty }
        let rest = properties.first { $0.jsonKey.isEmpty }
        writer.line()
        writer.doc("Decodes the JSON array: one element per position, in order\(rest == nil ? "" : ", then the rest").")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("var container = try decoder.unkeyedContainer()")
            for property in positions {
                w.line("self.\(property.storedName) = " + decoded(property, dates.conversion(property.type)))
            }
            if let rest, case .array(let element) = rest.type {
                let decoded = dates.conversion(element).map { "\($0.codingType).self)\($0.decodeSuffix)" } ?? "\(element.swift).self)"
                w.line("var rest: \(rest.type.swift) = []")
                w.block("while !container.isAtEnd") { w in
                    w.line("rest.append(try container.decode(" + decoded + ")")
                }
                w.line("self.\(rest.storedName) = rest")
            }
        }
        writer.line()
        writer.doc("Encodes the value as a JSON array; unset optional positions at the end are left out.")
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            w.line("var container = encoder.unkeyedContainer()")
            let optional = positions.filter { !$0.isRequired }
            if !optional.isEmpty {
                w.line("let present = [\(optional.map { "self.\($0.storedName) != nil" }.joined(separator: ", "))]")
                let used = "present.lastIndex(of: true).map { $0 + 1 } ?? 0"
                w.line("let written = " + (rest.map { "self.\($0.storedName).isEmpty ? \(used) : present.count" } ?? used))
            }
            var optionalIndex = 0
            for property in positions {
                let value = encoded(property, dates.conversion(property.type))
                if property.isRequired {
                    w.line("try container.encode(\(value))")
                } else {
                    w.line("if written > \(optionalIndex) { try container.encode(\(value)) }")
                    optionalIndex += 1
                }
            }
            if let rest, case .array(let element) = rest.type {
                let value = dates.conversion(element)?.encoded("element") ?? "element"
                w.block("for element in self.\(rest.storedName)") { w in
                    w.line("try container.encode(\(value))")
                }
            }
        }
    }

    /// The expression that decodes the position `property` (a required one may be `null` when its type is
    /// optional; an optional one is nil past the end); with `dates`, through `OpenAPIDateTime`.
    private static func decoded(_ property: Property, _ dates: DateTimeConversion?) -> String {
        guard let dates else {
            if property.isRequired { return "try container.decode(\(PropertyEmitter.storageType(property, optional: true)).self)" }
            return "container.isAtEnd ? nil : try container.decodeIfPresent(\(PropertyEmitter.storageType(property, optional: false)).self)"
        }
        let value = property.isRequired
            ? "try container.decode(\(dates.codingType).self)\(dates.decodeSuffix)"
            : "container.isAtEnd ? nil : try container.decodeIfPresent(\(dates.unwrapped.codingType).self)\(dates.optional.decodeSuffix)"
        return property.isBoxed ? PropertyEmitter.storedValue(property, "(\(value))") : value
    }

    /// The expression to encode for the position `property`; with `dates`, converted to `OpenAPIDateTime`s.
    private static func encoded(_ property: Property, _ dates: DateTimeConversion?) -> String {
        let stored = "self.\(property.storedName)"
        guard let dates else { return stored }
        guard property.isBoxed else { return dates.encoded(stored) }
        return dates.encoded(property.type.isOptional ? "(\(stored)?.value)" : "\(stored).value")
    }
}
