/// Prints a struct for an object schema: properties, the public init, and coding code where synthesis is not
/// enough (`StructCodingEmitter`), then the nested types.
enum StructEmitter {
    /// Prints `decl`, whose kind is `.structure(properties)`.
    static func emit(_ decl: TypeDecl, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.doc(decl.doc)
        writer.declaration("struct \(decl.name): Swift.Codable, Swift.Hashable, Swift.Sendable") { w in
            PropertyEmitter.declare(properties, into: &w)
            if !properties.isEmpty { w.line() }
            PropertyEmitter.emitInit(decl.name, properties, into: &w)
            if decl.isTuple {
                TupleCodingEmitter.emit(properties, into: &w)
            } else {
                StructCodingEmitter.emit(properties, declaresCodingKeys: decl.declaresCodingKeys, into: &w)
            }
            ModelEmitter.emitNested(decl, into: &w)
        }
    }
}
