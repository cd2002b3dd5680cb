import Foundation

/// Prints `Types.swift`: one declaration per `TypeDecl`, nested types inside their parents.
enum ModelEmitter {
    /// The contents of `Types.swift` for `model`.
    static func emit(_ model: APIModel) -> String {
        var writer = SwiftWriter()
        FileHeader.write(sources: model.sourceFiles, networking: false, into: &writer)
        for (index, decl) in model.types.enumerated() {
            if index > 0 { writer.line() }
            emit(decl, into: &writer)
        }
        return writer.finished
    }

    /// Prints one declaration.
    static func emit(_ decl: TypeDecl, into writer: inout SwiftWriter) {
        switch decl.kind {
        case .structure(let properties):
            emitStruct(decl, properties, into: &writer)
        case .enumeration(let enumDecl):
            EnumEmitter.emit(decl, enumDecl, into: &writer)
        case .alias(let target):
            writer.doc(decl.doc)
            writer.line("public typealias \(decl.name) = \(target.swift)")
        }
    }

    private static func emitStruct(_ decl: TypeDecl, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.doc(decl.doc)
        writer.block("public struct \(decl.name): Swift.Codable, Swift.Hashable, Swift.Sendable") { w in
            for property in properties {
                w.doc(property.doc)
                w.line("public var \(SwiftName.escaped(property.swiftName)): \(property.type.swift)")
            }
            if !properties.isEmpty { w.line() }
            emitInit(decl.name, properties, into: &w)
            if properties.contains(where: { $0.jsonKey != $0.swiftName }) {
                w.line()
                w.doc("The JSON keys of the properties.")
                w.block("public enum CodingKeys: Swift.String, Swift.CodingKey") { w in
                    for property in properties {
                        let name = SwiftName.escaped(property.swiftName)
                        w.line(property.jsonKey == property.swiftName ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(property.jsonKey))")
                    }
                }
            }
            if properties.contains(where: { $0.isRequired && $0.type.isOptional }) {
                w.line()
                emitEncode(properties, into: &w)
            }
            for nested in decl.nested {
                w.line()
                emit(nested, into: &w)
            }
        }
    }

    private static func emitInit(_ name: String, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.doc("Creates a `\(name)`.")
        let documented = properties.filter { $0.doc != nil }
        if !documented.isEmpty {
            writer.line("///")
            writer.line("/// - Parameters:")
            for property in documented {
                writer.line("///   - \(property.swiftName): \(firstLine(property.doc))")
            }
        }
        let arguments = properties.map { property in
            "\(SwiftName.escaped(property.swiftName)): \(property.type.swift)" + (property.type.isOptional ? " = nil" : "")
        }
        writer.block("public init(\(arguments.joined(separator: ", ")))") { w in
            for property in properties {
                w.line("self.\(property.swiftName) = \(SwiftName.escaped(property.swiftName))")
            }
        }
    }

    /// Required but nullable keys are written as `null` when nil, not left out.
    private static func emitEncode(_ properties: [Property], into writer: inout SwiftWriter) {
        writer.block("public func encode(to encoder: any Swift.Encoder) throws") { w in
            w.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in properties {
                let method = property.type.isOptional && !property.isRequired ? "encodeIfPresent" : "encode"
                w.line("try container.\(method)(self.\(property.swiftName), forKey: .\(property.swiftName))")
            }
        }
    }

    /// The first line of a doc text, for parameter lists.
    static func firstLine(_ text: String?) -> String {
        let line = text?.split(separator: "\n").first.map(String.init) ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }
}
