#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints the type files (`Types.swift` … `Types7.swift`, see `TypeFiles`): one declaration per `TypeDecl`,
/// nested types inside their parents.
enum ModelEmitter {
    /// Which types go in which file, and which values hold date-times: what every type file needs, worked out
    /// once so that the files can then be printed in any order, or at the same time. With a namespace,
    /// `Types.swift` declares it.
    struct TypeFilePlan: Sendable {
        /// The model's source files, named in each file's header.
        let sourceFiles: [String]
        /// The API's title, for the namespace's doc comment.
        let title: String
        /// The top-level types of each file, in the order of `TypeFiles.names`.
        let parts: [[TypeDecl]]
        /// Which values hold date-times.
        let dates: DateTimeCoding

        init(_ model: APIModel) {
            sourceFiles = model.sourceFiles
            title = model.title
            parts = TypeFiles.split(model.types)
            dates = DateTimeCoding(model.types)
        }

        /// The contents of type file `index`.
        func emit(_ index: Int, layout: DeclarationLayout) -> String {
            var writer = SwiftWriter(layout: layout)
            FileHeader.write(sources: sourceFiles, networking: false, into: &writer)
            if index == 0 { writer.namespaceDeclaration(title: title) }
            let types = parts[index]
            guard !types.isEmpty else {
                writer.line("// No type of this API falls in this file: types are spread over \(TypeFiles.names.first ?? "") … \(TypeFiles.names.last ?? "") by a hash of their names.")
                return writer.finished
            }
            writer.namespace { w in
                for (position, decl) in types.enumerated() {
                    if position > 0 { w.line() }
                    ModelEmitter.emit(decl, dates: dates, into: &w)
                }
            }
            return writer.finished
        }
    }

    /// Prints one declaration; `dates` says which values hold date-times.
    static func emit(_ decl: TypeDecl, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        switch decl.kind {
        case .structure(let properties):
            StructEmitter.emit(decl, properties, dates: dates, into: &writer)
        case .enumeration(let enumDecl):
            EnumEmitter.emit(decl, enumDecl, into: &writer)
        case .oneOf(let oneOf):
            OneOfEmitter.emit(decl, oneOf, dates: dates, into: &writer)
        case .anyOf(let anyOf):
            AnyOfEmitter.emit(decl, anyOf, dates: dates, into: &writer)
        case .alias(let target):
            writer.doc(decl.doc)
            if decl.deprecated { writer.line("@available(*, deprecated)") }
            writer.declarationLine("typealias \(decl.name) = \(target.swift)")
        }
    }

    /// Prints the nested types of `decl`, each after an empty line.
    static func emitNested(_ decl: TypeDecl, dates: DateTimeCoding, into writer: inout SwiftWriter) {
        for nested in decl.nested {
            writer.line()
            emit(nested, dates: dates, into: &writer)
        }
    }

    /// The first line of a doc text, for parameter lists.
    static func firstLine(_ text: String?) -> String {
        guard let text else { return "" }
        return PlainText.firstLine(text)
    }
}
