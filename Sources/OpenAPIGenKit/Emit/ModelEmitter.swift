import Foundation

/// Prints `Types.swift`: one declaration per `TypeDecl`, nested types inside their parents.
enum ModelEmitter {
    /// The contents of `Types.swift` for `model`, laid out as `layout` says. With a namespace, this file declares it.
    static func emit(_ model: APIModel, layout: DeclarationLayout) -> String {
        var writer = SwiftWriter(layout: layout)
        FileHeader.write(sources: model.sourceFiles, networking: false, into: &writer)
        writer.namespaceDeclaration(title: model.title)
        writer.namespace { w in
            for (index, decl) in model.types.enumerated() {
                if index > 0 { w.line() }
                emit(decl, into: &w)
            }
        }
        return writer.finished
    }

    /// Prints one declaration.
    static func emit(_ decl: TypeDecl, into writer: inout SwiftWriter) {
        switch decl.kind {
        case .structure(let properties):
            StructEmitter.emit(decl, properties, into: &writer)
        case .enumeration(let enumDecl):
            EnumEmitter.emit(decl, enumDecl, into: &writer)
        case .oneOf(let oneOf):
            OneOfEmitter.emit(decl, oneOf, into: &writer)
        case .anyOf(let anyOf):
            AnyOfEmitter.emit(decl, anyOf, into: &writer)
        case .alias(let target):
            writer.doc(decl.doc)
            if decl.deprecated { writer.line("@available(*, deprecated)") }
            writer.declarationLine("typealias \(decl.name) = \(target.swift)")
        }
    }

    /// Prints the nested types of `decl`, each after an empty line.
    static func emitNested(_ decl: TypeDecl, into writer: inout SwiftWriter) {
        for nested in decl.nested {
            writer.line()
            emit(nested, into: &writer)
        }
    }

    /// The first line of a doc text, for parameter lists.
    static func firstLine(_ text: String?) -> String {
        guard let text else { return "" }
        return PlainText.firstLine(text)
    }
}
