/// Prints an `anyOf` as a struct with one optional property per variant.
///
/// `init(from:)` tries every variant on the same value and keeps each that decodes; when none does, the thrown
/// `DecodingError` lists each variant's error. `encode(to:)` writes every non-nil object variant into one JSON
/// object (their keys merge); when no object variant is set, it writes the first non-nil other variant. Variants
/// holding date-times are coded through `OpenAPIDateTime` (`DateTimeConversion`), whatever the coder's date strategy.
enum AnyOfEmitter {
    /// Prints `decl`, whose kind is `.anyOf(anyOf)`; `dates` says which variants hold date-times.
    static func emit(_ decl: TypeDecl, _ anyOf: AnyOfDecl, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        let properties = anyOf.members.map(\.property)
        writer.doc(decl.doc)
        writer.declaration("struct \(decl.name): Swift.Codable, Swift.Hashable, Swift.Sendable") { w in
            PropertyEmitter.declare(properties, into: &w)
            w.line()
            PropertyEmitter.emitInit(decl.name, properties, into: &w)
            w.line()
            emitDecoder(decl.name, anyOf.members, dates: dates, into: &w)
            w.line()
            emitEncoder(anyOf.members, dates: dates, into: &w)
            ModelEmitter.emitNested(decl, dates: dates, into: &w)
        }
    }

    private static func emitDecoder(_ typeName: String, _ members: [AnyOfMember], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc("Decodes every variant that matches the value; at least one must.")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("let container = try decoder.singleValueContainer()")
            w.line("var attempts: [(variant: Swift.String, error: any Swift.Error)] = []")
            for member in members {
                let property = member.property
                let type = property.type.unwrapped
                let decoded = dates.conversion(type).map { "try container.decode(\($0.codingType).self)\($0.decodeSuffix)" }
                    ?? "try container.decode(\(type.swift).self)"
                w.doCatch({ w in
                    w.line("self.\(property.storedName) = \(property.isBoxed ? "OpenAPIBox(\(decoded))" : decoded)")
                }, catch: { w in
                    w.line("attempts.append((\(SwiftLiteral.string(member.label)), error))")
                })
            }
            let anySet = members.map { "self.\($0.property.storedName) != nil" }.joined(separator: " || ")
            w.block("guard \(anySet) else") { w in
                w.line("throw OpenAPICoding.noVariantDecoded(\(SwiftLiteral.string(typeName)), attempts: attempts, codingPath: decoder.codingPath)")
            }
        }
    }

    private static func emitEncoder(_ members: [AnyOfMember], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc("Encodes every object variant that is set into one object, or else the first other variant that is set.")
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            let objects = members.filter(\.isObject)
            let others = members.filter { !$0.isObject }
            for member in objects {
                w.block("if let value = self.\(member.property.swiftName)") { w in
                    w.line("try \(encoded(member, dates)).encode(to: encoder)")
                }
            }
            guard !others.isEmpty else { return }
            if !objects.isEmpty {
                let anyObject = objects.map { "self.\($0.property.swiftName) != nil" }.joined(separator: " || ")
                w.line("if \(anyObject) { return }")
            }
            w.line("var container = encoder.singleValueContainer()")
            for (index, member) in others.enumerated() {
                w.line((index == 0 ? "if" : "} else if") + " let value = self.\(member.property.swiftName) {")
                w.line("    try container.encode(\(encoded(member, dates)))")
            }
            w.line("}")
        }
    }

    /// `value`, the member's unwrapped value, converted to `OpenAPIDateTime`s when it holds date-times.
    private static func encoded(_ member: AnyOfMember, _ dates: DateTimeCoding) -> String {
        dates.conversion(member.property.type.unwrapped)?.encoded("value") ?? "value"
    }
}
