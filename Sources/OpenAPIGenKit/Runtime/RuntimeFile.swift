/// One file of the runtime (`Sources/OpenAPIGenRuntime/<name>`) as the generator embeds it in every
/// `Support.swift`: its text after the imports, the names it declares at file scope, where its access modifiers
/// are, and its file-scope conformances.
///
/// The runtime is written with `public` where a declaration is part of the client's API. Those modifiers become
/// the API's access level (`public`, `package` or `internal`); their positions were found by parsing the file
/// when it was embedded (`RuntimeSourceParser`), so nothing is searched for in the text at generation time.
public struct RuntimeFile: Hashable, Sendable {
    /// The file name, such as `Dates.swift`.
    public var name: String
    /// The names the file declares at file scope (types, protocols, functions, constants), in source order.
    public var topLevelNames: [String]
    /// The file-scope `extension <type>: <protocols> {}` lines. Swift allows them only at file scope, so with a
    /// namespace they stay outside it.
    public var conformances: [RuntimeConformance]
    /// The UTF-8 offsets in `body` of every `public` access modifier, ascending.
    public var accessModifiers: [Int]
    /// The spans of `body` that mark what only generated code uses (`@_spi(Generated) public `): they make it
    /// visible to a client that imports the runtime library, and are removed when the runtime is embedded.
    public var generatedOnly: [RuntimeSpan]
    /// The text after the imports and the blank line that follows them, without the final newline.
    public var body: String

    /// Creates a file.
    public init(
        name: String, topLevelNames: [String], conformances: [RuntimeConformance] = [], accessModifiers: [Int] = [],
        generatedOnly: [RuntimeSpan] = [], body: String
    ) {
        self.name = name
        self.topLevelNames = topLevelNames
        self.conformances = conformances
        self.accessModifiers = accessModifiers
        self.generatedOnly = generatedOnly
        self.body = body
    }

    /// `body` as embedded: the generated-only markers removed and every access modifier replaced by `access`.
    /// The edits do not overlap (the parser leaves the `public` inside a marker out), so one forward pass copies
    /// the text between them.
    func text(access: AccessLevel) -> String {
        let publicLength = AccessLevel.public.rawValue.utf8.count
        let replacement = Array(access.rawValue.utf8)
        let edits = (accessModifiers.map { (offset: $0, length: publicLength, replacement: replacement) }
            + generatedOnly.map { (offset: $0.offset, length: $0.length, replacement: [UInt8]()) }).sorted { $0.offset < $1.offset }
        let bytes = Array(body.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + edits.count * max(0, replacement.count - publicLength))
        var cursor = 0
        for edit in edits where edit.offset >= cursor {
            result += bytes[cursor..<edit.offset]
            result += edit.replacement
            cursor = edit.offset + edit.length
        }
        result += bytes[cursor...]
        return String(decoding: result, as: UTF8.self)
    }
}

/// A range of UTF-8 bytes in a runtime file's body.
public struct RuntimeSpan: Hashable, Sendable {
    /// The first byte.
    public var offset: Int
    /// The number of bytes.
    public var length: Int

    /// Creates a span.
    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }
}

/// A file-scope `extension <type>: <protocols> {}` of the runtime, at line `line` (0-based) of its file's body.
public struct RuntimeConformance: Hashable, Sendable {
    /// The 0-based line in the file's body.
    public var line: Int
    /// The extended type, such as `Swift.String` or `OpenAPIDate`.
    public var type: String
    /// The protocols, such as `ParameterValue`.
    public var protocols: [String]

    /// Creates a conformance.
    public init(line: Int, type: String, protocols: [String]) {
        self.line = line
        self.type = type
        self.protocols = protocols
    }

    /// The declaration, with every name in `qualified` written as `<namespace>.<name>`.
    func declaration(namespace: String?, qualified: Set<String>) -> String {
        func name(_ text: String) -> String {
            guard let namespace, qualified.contains(text) else { return text }
            return namespace + "." + text
        }
        return "extension \(name(type)): \(protocols.map(name).joined(separator: ", ")) {}"
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

    /// Every name the runtime declares at file scope, sorted.
    public var topLevelNames: [String] {
        files.flatMap(\.topLevelNames).sorted()
    }
}
