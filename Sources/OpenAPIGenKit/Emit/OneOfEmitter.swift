/// Prints a `oneOf` as an enum with one case per variant.
///
/// With a discriminator, `init(from:)` reads the discriminator property first and decodes the payload of the
/// matching case; an unknown value decodes into `undocumented(JSONValue)` without throwing, and encodes back
/// unchanged. Without one, the variants are tried in order and the first that decodes wins (preferring, among
/// generated structs, one that declares every key of the object); when none does, the thrown `DecodingError`
/// lists each variant's error. Encoding writes the payload alone (plus the discriminator
/// when the payload's type does not declare it). A payload holding date-times (`case dateTime(Foundation.Date)`) is
/// coded through `OpenAPIDateTime` (`DateTimeConversion`), whatever the coder's date strategy.
enum OneOfEmitter {
    /// Prints `decl`, whose kind is `.oneOf(oneOf)`; `dates` says which payloads hold date-times.
    static func emit(_ decl: TypeDecl, _ oneOf: OneOfDecl, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc(decl.doc)
        let indirect = decl.isIndirect ? "indirect " : ""
        writer.declaration("\(indirect)enum \(decl.name): Swift.Codable, Swift.Hashable, Swift.Sendable") { w in
            for variant in oneOf.cases {
                if !variant.discriminatorValues.isEmpty {
                    w.doc("Selected by " + variant.discriminatorValues.map { "`\($0)`" }.joined(separator: ", ") + ".")
                }
                w.line("case \(SwiftName.escaped(variant.name))(\(variant.type.swift))")
            }
            if let discriminator = oneOf.discriminator {
                w.doc("A value whose `\(discriminator)` this version of the API does not document, kept exactly as received.")
                w.line("case undocumented(JSONValue)")
                w.line()
                emitDiscriminatedDecoder(discriminator, oneOf.cases, dates: dates, into: &w)
            } else {
                w.line()
                emitOrderedDecoder(decl.name, oneOf.cases, dates: dates, into: &w)
            }
            w.line()
            emitEncoder(oneOf, dates: dates, into: &w)
            ModelEmitter.emitNested(decl, dates: dates, into: &w)
        }
    }

    private static func emitDiscriminatedDecoder(_ discriminator: String, _ cases: [OneOfCase], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc("Decodes the case that the `\(discriminator)` property selects.")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("let discriminatorContainer = try decoder.container(keyedBy: OpenAPICodingKey.self)")
            w.line("let discriminator = try discriminatorContainer.decode(Swift.String.self, forKey: OpenAPICodingKey(\(SwiftLiteral.string(discriminator))))")
            w.line("let container = try decoder.singleValueContainer()")
            w.switchBlock("discriminator") { w in
                for variant in cases where !variant.discriminatorValues.isEmpty {
                    let patterns = variant.discriminatorValues.map(SwiftLiteral.string).joined(separator: ", ")
                    w.line("case \(patterns):")
                    w.line("    self = .\(variant.name)(\(decoded(variant.type, dates)))")
                }
                w.line("default:")
                w.line("    self = .undocumented(try container.decode(JSONValue.self))")
            }
        }
    }

    private static func emitOrderedDecoder(_ typeName: String, _ cases: [OneOfCase], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        let checksKeys = cases.contains(where: \.checksKeys)
        writer.doc(checksKeys ? """
            Decodes the first variant, in document order, that matches the value and keeps every key of it; when each \
            variant that decodes would drop a key, the first of them.
            """ : "Decodes the first variant, in document order, that matches the value.")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("let container = try decoder.singleValueContainer()")
            if checksKeys { w.line("let keys = OpenAPICoding.objectKeys(of: decoder)") }
            w.line("var attempts: [(variant: Swift.String, error: any Swift.Error)] = []")
            if checksKeys { w.line("var dropsKeys: Self?") }
            for variant in cases {
                w.doCatch({ w in
                    if variant.checksKeys {
                        w.line("let value = \(decoded(variant.type, dates))")
                        w.line("if keys.allSatisfy({ \(variant.type.swift).CodingKeys(stringValue: $0) != nil }) {")
                        w.line("    self = .\(variant.name)(value)")
                        w.line("    return")
                        w.line("}")
                        w.line("dropsKeys = dropsKeys ?? .\(variant.name)(value)")
                    } else {
                        w.line("self = .\(variant.name)(\(decoded(variant.type, dates)))")
                        w.line("return")
                    }
                }, catch: { w in
                    w.line("attempts.append((\(SwiftLiteral.string(variant.label)), error))")
                })
            }
            if checksKeys {
                w.line("if let dropsKeys {")
                w.line("    self = dropsKeys")
                w.line("    return")
                w.line("}")
            }
            w.line("throw OpenAPICoding.noVariantDecoded(\(SwiftLiteral.string(typeName)), attempts: attempts, codingPath: decoder.codingPath)")
        }
    }

    /// The expression that decodes a payload of `type` from `container`, through `OpenAPIDateTime` when it holds
    /// date-times.
    private static func decoded(_ type: TypeRef, _ dates: DateTimeCoding) -> String {
        guard let conversion = dates.conversion(type) else { return "try container.decode(\(type.swift).self)" }
        return "try container.decode(\(conversion.codingType).self)\(conversion.decodeSuffix)"
    }

    private static func emitEncoder(_ oneOf: OneOfDecl, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc("Encodes the payload of the case.")
        let injects = oneOf.discriminator != nil && oneOf.cases.contains { $0.injectedDiscriminator != nil }
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            if !injects { w.line("var container = encoder.singleValueContainer()") }
            let plain = injects ? ["    var container = encoder.singleValueContainer()", "    try container.encode(value)"] : ["    try container.encode(value)"]
            w.switchBlock("self") { w in
                for variant in oneOf.cases {
                    w.line("case .\(variant.name)(let value):")
                    if let injected = variant.injectedDiscriminator, let discriminator = oneOf.discriminator {
                        w.line("    try value.encode(to: encoder)")
                        w.line("    var container = encoder.container(keyedBy: OpenAPICodingKey.self)")
                        w.line("    try container.encode(\(SwiftLiteral.string(injected)), forKey: OpenAPICodingKey(\(SwiftLiteral.string(discriminator))))")
                    } else if let conversion = dates.conversion(variant.type) {
                        if injects { w.line("    var container = encoder.singleValueContainer()") }
                        w.line("    try container.encode(\(conversion.encoded("value")))")
                    } else {
                        plain.forEach { w.line($0) }
                    }
                }
                if oneOf.discriminator != nil {
                    w.line("case .undocumented(let value):")
                    plain.forEach { w.line($0) }
                }
            }
        }
    }
}
