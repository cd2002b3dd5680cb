/// Prints the `CodingKeys` of a struct and, where synthesized coding would be wrong, `init(from:)` and
/// `encode(to:)`:
///
/// - a default value is used when its key is missing (`decodeIfPresent(…) ?? default`; for a nullable
///   property only a missing key gives the default, an explicit `null` stays nil);
/// - `additionalProperties` collects every key the schema does not declare, and writes them back;
/// - a required but nullable key is written as `null` when nil, not left out;
/// - an `OpenAPINullable` property (`ExplicitNullPlanner`) is nil for a missing key and `.null` for `null`;
/// - `date-time` values are coded as RFC 3339 text through `OpenAPIDateTime` (see `DateTimePropertyCoding`), so
///   that the type decodes and encodes the same with a plain `JSONDecoder()` / `JSONEncoder()`.
///
/// Coding keys name the stored properties, so boxed and deprecated values are coded through their storage.
enum StructCodingEmitter {
    /// Prints whatever coding code `properties` need, each part preceded by an empty line; `CodingKeys` always
    /// when `declaresCodingKeys`.
    static func emit(_ properties: [Property], declaresCodingKeys: Bool = false, into writer: inout SwiftWriter) {
        let keyed = properties.filter { !$0.isAdditionalProperties }
        let additional = properties.first { $0.isAdditionalProperties }
        let dates = keyed.contains(where: DateTimePropertyCoding.applies)
        let needsDecoder = additional != nil || dates || keyed.contains { $0.defaultValue != nil || $0.isExplicitNull }
        let needsEncoder = additional != nil || dates || keyed.contains { $0.isRequired && $0.type.isOptional }
        if declaresCodingKeys || needsDecoder || needsEncoder || keyed.contains(where: { $0.jsonKey != $0.storedName }) {
            writer.line()
            emitCodingKeys(keyed, into: &writer)
        }
        if needsDecoder {
            writer.line()
            emitDecoder(keyed, additional: additional, into: &writer)
        }
        if needsEncoder {
            writer.line()
            emitEncoder(keyed, additional: additional, into: &writer)
        }
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

    private static func emitDecoder(_ properties: [Property], additional: Property?, into writer: inout SwiftWriter) {
        var notes: [String] = []
        if properties.contains(where: { $0.defaultValue != nil }) { notes.append("a missing key with a default gets the default") }
        if let additional { notes.append("keys the schema does not declare go to `\(additional.swiftName)`") }
        if properties.contains(where: DateTimePropertyCoding.applies) { notes.append("date-times are RFC 3339 text whatever the decoder's date strategy") }
        if properties.contains(where: \.isExplicitNull) { notes.append("a missing key is nil and `null` is `.null`") }
        writer.doc("Decodes the value; " + notes.joined(separator: ", ") + ".")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in properties {
                let key = "." + property.storedName
                let type = PropertyEmitter.storageType(property, optional: property.type.isOptional)
                let target = "self.\(property.storedName)"
                if property.isExplicitNull {
                    w.line("\(target) = try container.contains(\(key)) ? container.decode(\(property.type.unwrapped.swift).self, forKey: \(key)) : nil")
                    continue
                }
                if let (type, conversion) = DateTimePropertyCoding.decoding(property) {
                    let method = property.type.isOptional ? "decodeIfPresent" : "decode"
                    w.line("\(target) = try container.\(method)(\(type).self, forKey: \(key))\(property.type.isOptional ? "?" : "")\(conversion)")
                    continue
                }
                switch (property.defaultValue.map(LiteralRenderer.swift), property.type.isOptional) {
                case (let value?, true):
                    let base = property.type.unwrapped.swift
                    w.line("\(target) = try container.contains(\(key)) ? container.decodeIfPresent(\(base).self, forKey: \(key)) : \(value)")
                case (let value?, false):
                    w.line("\(target) = try container.decodeIfPresent(\(type).self, forKey: \(key)) ?? \(value)")
                case (nil, true):
                    w.line("\(target) = try container.decodeIfPresent(\(PropertyEmitter.storageType(property, optional: false)).self, forKey: \(key))")
                case (nil, false):
                    w.line("\(target) = try container.decode(\(type).self, forKey: \(key))")
                }
            }
            guard let additional, case .dictionary(let value) = additional.type else { return }
            w.line("var additional: \(additional.type.swift) = [:]")
            w.line("let dynamicContainer = try decoder.container(keyedBy: OpenAPICodingKey.self)")
            w.block("for key in dynamicContainer.allKeys where CodingKeys(stringValue: key.stringValue) == nil") { w in
                w.line("additional[key.stringValue] = try dynamicContainer.decode(\(value.swift).self, forKey: key)")
            }
            w.line("self.\(additional.storedName) = additional")
        }
    }

    private static func emitEncoder(_ properties: [Property], additional: Property?, into writer: inout SwiftWriter) {
        var notes: [String] = []
        if properties.contains(where: { $0.isRequired && $0.type.isOptional }) { notes.append("a required nullable property is written as `null` when nil") }
        if let additional { notes.append("the members of `\(additional.swiftName)` are written next to the declared ones") }
        if properties.contains(where: DateTimePropertyCoding.applies) { notes.append("date-times are RFC 3339 text whatever the encoder's date strategy") }
        writer.doc("Encodes the value; " + notes.joined(separator: ", ") + ".")
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            w.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in properties {
                let method = property.type.isOptional && !property.isRequired ? "encodeIfPresent" : "encode"
                let value = "self.\(property.storedName)"
                w.line("try container.\(method)(\(DateTimePropertyCoding.encoded(property, value) ?? value), forKey: .\(property.storedName))")
            }
            guard let additional else { return }
            w.line("var dynamicContainer = encoder.container(keyedBy: OpenAPICodingKey.self)")
            w.block("for (key, value) in self.\(additional.storedName).sorted(by: { $0.key < $1.key }) where CodingKeys(stringValue: key) == nil") { w in
                w.line("try dynamicContainer.encode(value, forKey: OpenAPICodingKey(key))")
            }
        }
    }
}
