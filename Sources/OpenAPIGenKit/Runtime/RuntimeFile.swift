/// One file of the runtime (`Sources/OpenAPIGenRuntime/<name>`) as the generator embeds it in every
/// `Support.swift`: its text after the imports, and the names it declares at file scope.
public struct RuntimeFile: Hashable, Sendable {
    /// The file name, such as `Dates.swift`.
    public var name: String
    /// The names the file declares at file scope (types, protocols, functions, constants), in source order.
    public var topLevelNames: [String]
    /// The text after the imports and the blank line that follows them, without the final newline.
    public var body: String

    /// Creates a file.
    public init(name: String, topLevelNames: [String], body: String) {
        self.name = name
        self.topLevelNames = topLevelNames
        self.body = body
    }
}

/// The runtime: the files of `Sources/OpenAPIGenRuntime`, sorted by name.
///
/// `Runtime.embedded` is the copy compiled into the generator (`Emit/Runtime/EmbeddedRuntime.swift`, written by
/// `swift run openapi-gen` from the package root); `RuntimeFolder` reads the files themselves.
public struct Runtime: Hashable, Sendable {
    /// The files, sorted by name.
    public var files: [RuntimeFile]

    /// A runtime made of `files`, sorted by name.
    public init(files: [RuntimeFile]) {
        self.files = files.sorted { $0.name < $1.name }
    }

    /// The text that follows the header and imports in `Support.swift`: the files' bodies, one blank line apart.
    var supportBody: String {
        files.map(\.body).joined(separator: "\n\n")
    }

    /// Every name the runtime declares at file scope, sorted.
    public var topLevelNames: [String] {
        files.flatMap(\.topLevelNames).sorted()
    }
}
