/// Prints a struct's `init(from:)` and `encode(to:)`. Every key is an `OpenAPICodingKey` written where it is
/// used (`forKey: OpenAPICodingKey("created_at")`), so no struct declares a `CodingKeys` enum of its own: such an
/// enum brings a dozen compiler-made functions and conformances per struct (its raw values, string lookup, hashing,
/// descriptions), which were a sixth of the object code of a typical client and most of its type count.
///
/// The coding also does what synthesized coding would get wrong:
///
/// - a default value is used when its key is missing (`decodeIfPresent(…) ?? default`; for a nullable
///   property only a missing key gives the default, an explicit `null` stays nil);
/// - `additionalProperties` collects every key the schema does not declare, and writes them back;
/// - a required but nullable key is written as `null` when nil, not left out;
/// - an `OpenAPINullable` property (`ExplicitNullPlanner`) is nil for a missing key and `.null` for `null`;
/// - values holding `date-time`s, in any of these properties, are coded as RFC 3339 text through
///   `OpenAPIDateTime` (see `DateTimeConversion`), so that the type decodes and encodes the same with a plain
///   `JSONDecoder()` / `JSONEncoder()`.
///
/// A struct that a `oneOf` decoder asks which keys it declares (`declaresCodingKeys`) also gets a `CodingKeys`
/// enum for that question. Keys name the stored properties, so boxed and deprecated values are coded through
/// their storage.
enum StructCodingEmitter {
    /// Prints `CodingKeys` when `declaresCodingKeys`, then `init(from:)` and `encode(to:)`, each preceded by an
    /// empty line. `dates` says which values hold date-times.
    static func emit(_ properties: [Property], declaresCodingKeys: Bool = false, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        let keyed = properties.filter { !$0.isAdditionalProperties }
        let additional = properties.first { $0.isAdditionalProperties }
        let hasDates = properties.contains { conversion($0, dates) != nil }
        if declaresCodingKeys {
            writer.line()
            emitCodingKeys(keyed, into: &writer)
        }
        writer.line()
        emitDecoder(keyed, additional: additional, hasDates: hasDates, dates: dates, into: &writer)
        writer.line()
        emitEncoder(keyed, additional: additional, hasDates: hasDates, dates: dates, into: &writer)
    }

    /// `OpenAPICodingKey("json key")`.
    private static func key(_ property: Property) -> String {
        "OpenAPICodingKey(\(SwiftLiteral.string(property.jsonKey)))"
    }

    /// `let declared: Swift.Set<Swift.String> = [...]`: the keys `properties` take, which additional properties
    /// must not repeat. Each key is written once (a set literal with a repeated element traps).
    private static func declaredKeys(_ properties: [Property]) -> String {
        var seen: Set<String> = []
        let keys = properties.map(\.jsonKey).filter { seen.insert($0).inserted }
        return "let declared: Swift.Set<Swift.String> = [" + keys.map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }

    /// How the property's value (for `OpenAPINullable<T>?`, `T`) is coded through `OpenAPIDateTime`; nil when it
    /// holds no date-time.
    private static func conversion(_ property: Property, _ dates: DateTimeCoding) -> DateTimeConversion? {
        guard property.isAdditionalProperties, case .dictionary(let value) = property.type else {
            return dates.conversion(property.explicitNullWrapped ?? property.type)
        }
        return dates.conversion(value)
    }

    private static func emitCodingKeys(_ properties: [Property], into writer: inout SwiftWriter) {
        writer.doc("The JSON keys of the properties.")
        writer.declaration("enum CodingKeys: Swift.String, Swift.CodingKey") { w in
            for property in properties {
                let name = SwiftName.escaped(property.storedName)
                w.line(property.jsonKey == property.storedName ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(property.jsonKey))")
            }
        }
    }

    private static func emitDecoder(_ properties: [Property], additional: Property?, hasDates: Bool, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        var notes: [String] = []
        if properties.contains(where: { $0.defaultValue != nil }) { notes.append("a missing key with a default gets the default") }
        if let additional { notes.append("keys the schema does not declare go to `\(additional.swiftName)`") }
        if hasDates { notes.append("date-times are RFC 3339 text whatever the decoder's date strategy") }
        if properties.contains(where: \.isExplicitNull) { notes.append("a missing key is nil and `null` is `.null`") }
        writer.doc(notes.isEmpty ? "Decodes the value from a JSON object." : "Decodes the value; " + notes.joined(separator: ", ") + ".")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            guard !properties.isEmpty || additional != nil else {
                w.line("_ = try decoder.container(keyedBy: OpenAPICodingKey.self)")
                return
            }
            w.line("let container = try decoder.container(keyedBy: OpenAPICodingKey.self)")
            for property in properties {
                w.line("self.\(property.storedName) = " + decoded(property, conversion(property, dates)))
            }
            guard let additional, case .dictionary(let value) = additional.type else { return }
            let decoded = conversion(additional, dates).map { "\($0.codingType).self, forKey: key)\($0.decodeSuffix)" } ?? "\(value.swift).self, forKey: key)"
            w.line("var additional: \(additional.type.swift) = [:]")
            if !properties.isEmpty { w.line(declaredKeys(properties)) }
            w.block("for key in container.allKeys" + (properties.isEmpty ? "" : " where !declared.contains(key.stringValue)")) { w in
                w.line("additional[key.stringValue] = try container.decode(" + decoded)
            }
            w.line("self.\(additional.storedName) = additional")
        }
    }

    /// The expression that decodes the stored value of `property`; with `dates`, through `OpenAPIDateTime`.
    private static func decoded(_ property: Property, _ dates: DateTimeConversion?) -> String {
        let key = Self.key(property)
        if property.isExplicitNull {
            guard let dates else {
                return "try container.contains(\(key)) ? container.decode(\(property.type.unwrapped.swift).self, forKey: \(key)) : nil"
            }
            return "try container.contains(\(key)) ? OpenAPINullable(container.decodeIfPresent(\(dates.codingType).self, forKey: \(key))\(dates.optional.decodeSuffix)) : nil"
        }
        guard let dates else {
            let type = PropertyEmitter.storageType(property, optional: property.type.isOptional)
            switch (property.defaultValue.map(LiteralRenderer.swift), property.type.isOptional) {
            case (let value?, true):
                return "try container.contains(\(key)) ? container.decodeIfPresent(\(property.type.unwrapped.swift).self, forKey: \(key)) : \(value)"
            case (let value?, false):
                return "try container.decodeIfPresent(\(type).self, forKey: \(key)) ?? \(value)"
            case (nil, true):
                return "try container.decodeIfPresent(\(PropertyEmitter.storageType(property, optional: false)).self, forKey: \(key))"
            case (nil, false):
                return "try container.decode(\(type).self, forKey: \(key))"
            }
        }
        let value: String
        switch (property.defaultValue.map(LiteralRenderer.swift), property.type.isOptional) {
        case (let defaultValue?, true):
            value = "try container.contains(\(key)) ? container.decodeIfPresent(\(dates.unwrapped.codingType).self, forKey: \(key))\(dates.decodeSuffix) : \(defaultValue)"
        case (let defaultValue?, false):
            value = "try container.decodeIfPresent(\(dates.codingType).self, forKey: \(key))\(dates.optional.decodeSuffix) ?? \(defaultValue)"
        case (nil, true):
            value = "try container.decodeIfPresent(\(dates.unwrapped.codingType).self, forKey: \(key))\(dates.decodeSuffix)"
        case (nil, false):
            value = "try container.decode(\(dates.codingType).self, forKey: \(key))\(dates.decodeSuffix)"
        }
        return property.isBoxed ? PropertyEmitter.storedValue(property, "(\(value))") : value
    }

    private static func emitEncoder(_ properties: [Property], additional: Property?, hasDates: Bool, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        var notes: [String] = []
        if properties.contains(where: { $0.isRequired && $0.type.isOptional }) { notes.append("a required nullable property is written as `null` when nil") }
        if let additional { notes.append("the members of `\(additional.swiftName)` are written next to the declared ones") }
        if hasDates { notes.append("date-times are RFC 3339 text whatever the encoder's date strategy") }
        writer.doc(notes.isEmpty ? "Encodes the value as a JSON object." : "Encodes the value; " + notes.joined(separator: ", ") + ".")
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            guard !properties.isEmpty || additional != nil else {
                w.line("_ = encoder.container(keyedBy: OpenAPICodingKey.self)")
                return
            }
            w.line("var container = encoder.container(keyedBy: OpenAPICodingKey.self)")
            for property in properties {
                let method = property.type.isOptional && !property.isRequired ? "encodeIfPresent" : "encode"
                w.line("try container.\(method)(\(encoded(property, conversion(property, dates))), forKey: \(key(property)))")
            }
            guard let additional else { return }
            let value = conversion(additional, dates)?.encoded("value") ?? "value"
            if !properties.isEmpty { w.line(declaredKeys(properties)) }
            w.block("for (key, value) in self.\(additional.storedName).sorted(by: { $0.key < $1.key })" + (properties.isEmpty ? "" : " where !declared.contains(key)")) { w in
                w.line("try container.encode(\(value), forKey: OpenAPICodingKey(key))")
            }
        }
    }

    /// The expression to encode for `property`; with `dates`, its value converted to `OpenAPIDateTime`s.
    private static func encoded(_ property: Property, _ dates: DateTimeConversion?) -> String {
        let stored = "self.\(property.storedName)"
        guard let dates else { return stored }
        if property.isExplicitNull {
            return "\(stored).map { OpenAPINullable(\(dates.optional.encoded("$0.wrapped"))) }"
        }
        guard property.isBoxed else { return dates.encoded(stored) }
        return dates.encoded(property.type.isOptional ? "(\(stored)?.value)" : "\(stored).value")
    }
}
