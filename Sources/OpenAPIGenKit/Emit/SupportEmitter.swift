/// Prints `Support.swift`: the header, the imports and the runtime (`Sources/OpenAPIGenRuntime`, embedded), with
/// the access level and namespace of `DeclarationLayout`.
///
/// Without a namespace the runtime files follow one another as they are written, one blank line apart. With a
/// namespace their declarations go inside `extension <namespace> { … }`, and their file-scope conformances
/// (`extension Swift.String: ParameterValue {}`, which Swift allows only at file scope) follow it, with the
/// runtime's own names qualified by the namespace.
///
/// With `"runtime": "import"` the file only re-exports the library `OpenAPIGenRuntime`.
enum SupportEmitter {
    /// The contents of `Support.swift` for `model`, carrying `runtime`.
    static func emit(_ model: APIModel, runtime: Runtime, layout: DeclarationLayout) -> String {
        var writer = SwiftWriter(layout: layout)
        FileHeader.write(sources: model.sourceFiles, networking: true, exportsRuntime: true, into: &writer)
        if layout.runtime == .import {
            writer.line("// The runtime is the library OpenAPIGenRuntime (\"runtime\": \"import\" in openapi-gen.json). It is re-exported,")
            writer.line("// so importing this module is enough to use its types.")
            return writer.finished
        }
        guard let namespace = layout.namespace else {
            writer.verbatim(runtime.files.map { $0.text(access: layout.access) }.joined(separator: "\n\n"))
            return writer.finished
        }
        writer.namespace { w in
            let files = runtime.files.map { declarations(of: $0, access: layout.access).joined(separator: "\n") }
            w.verbatim(files.joined(separator: "\n\n"))
        }
        writer.line()
        let names = Set(runtime.topLevelNames)
        for conformance in runtime.files.flatMap(\.conformances) {
            writer.line(conformance.declaration(namespace: namespace, qualified: names))
        }
        return writer.finished
    }

    /// The lines of `file` without its conformances, with no blank line doubled where they were, and none first or last.
    private static func declarations(of file: RuntimeFile, access: AccessLevel) -> [Substring] {
        let skipped = Set(file.conformances.map(\.line))
        var result: [Substring] = []
        for (index, line) in file.lines(access: access).enumerated() where !skipped.contains(index) {
            if line.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
