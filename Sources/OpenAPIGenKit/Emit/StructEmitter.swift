/// Prints a struct for an object schema: properties, the public init, and coding code where synthesis is not
/// enough (`StructCodingEmitter`), then the nested types.
enum StructEmitter {
    /// Prints `decl`, whose kind is `.structure(properties)`; `dates` says which values hold date-times.
    static func emit(_ decl: TypeDecl, _ properties: [Property], dates: DateTimeCoding, into writer: inout SwiftWriter) {
        writer.doc(decl.doc)
        writer.declaration("struct \(decl.name): Swift.Codable, Swift.Hashable, Swift.Sendable") { w in
            PropertyEmitter.declare(properties, into: &w)
            if !properties.isEmpty { w.line() }
            PropertyEmitter.emitInit(decl.name, properties, into: &w)
            if decl.isTuple {
                TupleCodingEmitter.emit(properties, dates: dates, into: &w)
            } else {
                StructCodingEmitter.emit(properties, declaresCodingKeys: decl.declaresCodingKeys, dates: dates, into: &w)
            }
            ModelEmitter.emitNested(decl, dates: dates, into: &w)
        }
    }
}
