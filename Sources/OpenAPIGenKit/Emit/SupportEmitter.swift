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
            writer.verbatim(runtime.files.map { $0.text(access: layout.access) }, separator: "\n\n")
            return writer.finished
        }
        writer.namespace { w in
            for (index, file) in runtime.files.enumerated() {
                if index > 0 { w.line() }
                let (split, kept) = declarations(of: file, access: layout.access)
                w.lines(split, kept)
            }
        }
        writer.line()
        let names = Set(runtime.topLevelNames)
        for conformance in runtime.files.flatMap(\.conformances) {
            writer.line(conformance.declaration(namespace: namespace, qualified: names))
        }
        return writer.finished
    }

    /// The lines of `file` without its conformances, with no blank line doubled where they were, and none first or
    /// last: the file split into lines, and the indices of the lines kept.
    private static func declarations(of file: RuntimeFile, access: AccessLevel) -> (ByteLines, [Int]) {
        let split = ByteLines(file.text(access: access))
        let skipped = Set(file.conformances.map(\.line))
        var kept: [Int] = []
        for index in split.lines.indices where !skipped.contains(index) {
            if split.lines[index].isEmpty, kept.last.map({ split.lines[$0].isEmpty }) ?? true { continue }
            kept.append(index)
        }
        while let last = kept.last, split.lines[last].isEmpty { kept.removeLast() }
        return (split, kept)
    }
}
