/// Reports findings at pointers into the merged, bundled document, each named by the source file and the pointer
/// inside that file that the node came from (through `OriginMap`).
///
/// Parsing, resolving and lowering each own one (the parsers through `NodeParser`) and hand its bag to the
/// pipeline when they finish.
struct SpecReporter {
    /// Which file each node came from.
    let origins: OriginMap
    /// The findings so far.
    private(set) var diagnostics = DiagnosticBag()

    /// A reporter with no findings yet.
    init(origins: OriginMap) {
        self.origins = origins
    }

    /// Reports an error at `pointer` (a pointer into the bundled document; the diagnostic names the
    /// source file and the pointer inside it).
    mutating func error(_ message: String, at pointer: JSONPointer) {
        let origin = origins.origin(of: pointer)
        diagnostics.append(Diagnostic(.error, message, file: origin.file, pointer: origin.pointer))
    }

    /// Reports a warning at `pointer`.
    mutating func warning(_ message: String, at pointer: JSONPointer) {
        let origin = origins.origin(of: pointer)
        diagnostics.append(Diagnostic(.warning, message, file: origin.file, pointer: origin.pointer))
    }

    /// Reports a mistake with one sensible reading: a warning `problem; assumed` (an error in strict mode).
    mutating func lenient(_ kind: Leniency, _ problem: String, assumed: String, at pointer: JSONPointer) {
        let origin = origins.origin(of: pointer)
        diagnostics.append(.lenient(kind, problem, assumed: assumed, file: origin.file, pointer: origin.pointer))
    }
}
