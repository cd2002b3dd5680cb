/// Writes `Emit/Runtime/EmbeddedRuntime.swift`: the runtime files as a Swift value the generator compiles in.
///
/// Each file's body becomes a multi-line raw string literal with enough `#` that no text in the body can end
/// it or start an escape, so the literal's value is the body byte for byte.
enum EmbeddedRuntimeRenderer {
    /// The text of `EmbeddedRuntime.swift` for `runtime`, read from the folder `folder` (shown in the header).
    static func render(_ runtime: Runtime, folder: String) -> String {
        var writer = SwiftWriter()
        writer.line(FileHeader.marker)
        for file in runtime.files { writer.line("// Source: \(folder)/\(file.name)") }
        writer.line("// Written by 'swift run openapi-gen' from the package root; 'openapi-gen check' fails when it differs from those files.")
        writer.line("// swift-format-ignore-file")
        writer.line("// swiftlint:disable all")
        writer.line()
        writer.block("extension Runtime") { w in
            w.doc("The runtime compiled into the generator: the files of `\(folder)`, sorted by name.")
            w.line("public static let embedded = Runtime(files: [")
            w.indented { w in
                for file in runtime.files { write(file, into: &w) }
            }
            w.line("])")
        }
        return writer.finished
    }

    private static func write(_ file: RuntimeFile, into writer: inout SwiftWriter) {
        writer.line("RuntimeFile(")
        writer.indented { w in
            w.line("name: \(SwiftLiteral.string(file.name)),")
            w.line("topLevelNames: [\(file.topLevelNames.map(SwiftLiteral.string).joined(separator: ", "))],")
            list("conformances", file.conformances.map { conformance in
                let protocols = conformance.protocols.map(SwiftLiteral.string).joined(separator: ", ")
                return "RuntimeConformance(line: \(conformance.line), type: \(SwiftLiteral.string(conformance.type)), protocols: [\(protocols)]),"
            }, into: &w)
            let offsets = file.accessModifiers.map(String.init)
            list("accessModifiers", stride(from: 0, to: offsets.count, by: 16).map { offsets[$0..<min($0 + 16, offsets.count)].joined(separator: ", ") + "," }, into: &w)
            list("generatedOnly", file.generatedOnly.map { "RuntimeSpan(offset: \($0.offset), length: \($0.length))," }, into: &w)
            let hashes = String(repeating: "#", count: delimiterLength(for: file.body))
            w.line("body: \(hashes)\"\"\"")
            for line in file.body.split(separator: "\n", omittingEmptySubsequences: false) { w.line(String(line)) }
            w.line("\"\"\"\(hashes)")
        }
        writer.line("),")
    }

    /// `label: [` and `lines` one level deeper and `],`, or `label: [],` without lines.
    private static func list(_ label: String, _ lines: [String], into writer: inout SwiftWriter) {
        guard !lines.isEmpty else { return writer.line("\(label): [],") }
        writer.line("\(label): [")
        writer.indented { w in
            for line in lines { w.line(line) }
        }
        writer.line("],")
    }

    /// The fewest `#` (at least one) for which `body` contains neither the closing `"""#…` nor an escape `\#…`.
    static func delimiterLength(for body: String) -> Int {
        var count = 1
        while body.contains("\"\"\"" + String(repeating: "#", count: count)) || body.contains("\\" + String(repeating: "#", count: count)) {
            count += 1
        }
        return count
    }
}
