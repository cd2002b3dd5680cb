/// Prints the two files that carry the runtime (`Sources/OpenAPIGenRuntime`, embedded): `Support.swift`, what the
/// client needs to send requests, and `Values.swift`, how values and bodies are coded. Each has the header, the
/// imports and its runtime files, with the access level and namespace of `DeclarationLayout`.
///
/// The runtime is split in two so that the compiler works on it on two cores: SwiftPM's debug builds give each core
/// a contiguous run of a target's files in name order, and `Values.swift` sorts after the type files, so the two
/// halves land in different batches (IONOS DBaaS PostgreSQL: the batch holding the whole runtime took 8.7 s of a
/// 9.5 s build). `RuntimePart` says which runtime file goes where, by name.
///
/// Without a namespace the runtime files follow one another as they are written, one blank line apart. With a
/// namespace their declarations go inside `extension <namespace> { … }`, and their file-scope conformances
/// (`extension Swift.String: ParameterValue {}`, which Swift allows only at file scope) follow it, with the
/// runtime's own names qualified by the namespace.
///
/// With `"runtime": "import"` both files only say that the runtime is the library `OpenAPIGenRuntime`, which
/// `Support.swift` re-exports.
enum SupportEmitter {
    /// The contents of `Support.swift` for `model`, carrying its part of `runtime`.
    static func emit(_ model: APIModel, runtime: Runtime, layout: DeclarationLayout) -> String {
        emit(.support, of: model, runtime: runtime, layout: layout)
    }

    /// The contents of the file that carries `part` of `runtime` for `model`.
    static func emit(_ part: RuntimePart, of model: APIModel, runtime: Runtime, layout: DeclarationLayout) -> String {
        var writer = SwiftWriter(layout: layout)
        FileHeader.write(sources: model.sourceFiles, networking: true, exportsRuntime: part == .support, into: &writer)
        if layout.runtime == .import {
            switch part {
            case .support:
                writer.line("// The runtime is the library OpenAPIGenRuntime (\"runtime\": \"import\" in openapi-gen.json). It is re-exported,")
                writer.line("// so importing this module is enough to use its types.")
            case .values:
                writer.line("// The coding of values and bodies is in the library OpenAPIGenRuntime (\"runtime\": \"import\" in")
                writer.line("// openapi-gen.json), which Support.swift re-exports.")
            }
            return writer.finished
        }
        let files = runtime.files.filter { RuntimePart(file: $0.name) == part }
        guard let namespace = layout.namespace else {
            writer.verbatim(files.map { $0.text(access: layout.access) }, separator: "\n\n")
            return writer.finished
        }
        writer.namespace { w in
            for (index, file) in files.enumerated() {
                if index > 0 { w.line() }
                let (split, kept) = declarations(of: file, access: layout.access)
                w.lines(split, kept)
            }
        }
        let names = Set(runtime.topLevelNames)
        let conformances = files.flatMap(\.conformances)
        if !conformances.isEmpty { writer.line() }
        for conformance in conformances {
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
